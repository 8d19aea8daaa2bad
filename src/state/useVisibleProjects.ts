import type { ProjectFeature } from '../data/atlasSchema';
import { facetIndex } from '../domain/filters/facetIndex';
import { filterProjects } from '../domain/filters/filterProjects';
import type { AtlasData, Filters } from '../vocabulary';
import { useViewStore } from './viewStore';

/** A dataset's last filters applied and what passed them, kept in its AtlasIndex. */
const lastVisible = (): { filters: Filters | null; visible: ProjectFeature[] } => ({ filters: null, visible: [] });

/**
 * The projects that pass the visitor's filters; map, list, counts and statistics all read this.
 * Filtered once per change for all of them (not once per component), and the same array for each,
 * so what they derive from it is memoised on one identity.
 */
export function useVisibleProjects(data: AtlasData): ProjectFeature[] {
  const filters = useViewStore((state) => state.filters);
  const last = data.index.get(lastVisible);
  if (last.filters !== filters) {
    last.visible = filterProjects(data.atlas.projects.features, filters, data.index.get(facetIndex));
    last.filters = filters;
  }
  return last.visible;
}
