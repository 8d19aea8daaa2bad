import { useMemo } from 'react';
import type { AtlasData } from '../data/loadAtlas';
import { filterProjects } from '../domain/filters/filterProjects';
import { useViewStore } from './viewStore';

/** The projects that pass the visitor's filters; map, list and counts all read this. */
export function useVisibleProjects(data: AtlasData) {
  const filters = useViewStore((state) => state.filters);
  return useMemo(() => filterProjects(data.atlas.projects.features, filters), [data, filters]);
}
