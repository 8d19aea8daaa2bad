import type { ProjectFeature } from '../data/atlasSchema';
import { filterProjects } from '../domain/filters/filterProjects';
import { useViewStore } from './viewStore';
import type { AtlasData, Filters } from '../vocabulary';

/** Per project list, the last filters applied and what passed them. */
const latest = new WeakMap<readonly ProjectFeature[], { filters: Filters; visible: ProjectFeature[] }>();

/**
 * The projects that pass the visitor's filters; map, list, counts and statistics all read this.
 * Filtered once per change for all of them (not once per component), and the same array for each,
 * so what they derive from it is memoised on one identity.
 */
export function useVisibleProjects(data: AtlasData): ProjectFeature[] {
  const filters = useViewStore((state) => state.filters);
  const features = data.atlas.projects.features;
  const cached = latest.get(features);
  if (cached?.filters === filters) return cached.visible;
  const visible = filterProjects(features, filters);
  latest.set(features, { filters, visible });
  return visible;
}
