// Where the project markers are, for the basemap: names are placed around them, not under them.
import type { ProjectFeature } from '../data/atlasSchema';
import { projectCapacity } from '../domain/figures/projectCapacity';
import type { ProjectSpot } from './basemapStyle';
import { markerRadius, type CapacityScale } from './markerScale';

/**
 * Names make way for project markers only in a dataset this small: MapLibre would have to place
 * every marker of a larger one, and there the projects are mostly counted in cells anyway.
 */
export const MAX_PROJECT_SPOTS = 2_000;

/** Every point project's marker, whether or not a filter hides it (names do not jump as filters change). */
export function projectSpots(projects: readonly ProjectFeature[], scale: CapacityScale): ProjectSpot[] {
  const spots: ProjectSpot[] = [];
  for (const project of projects) {
    const { geometry } = project;
    if (geometry?.type !== 'Point') continue;
    // A loop that stops early: a dataset of a million projects is not walked to the end.
    if (spots.length === MAX_PROJECT_SPOTS) return [];
    spots.push({ position: [geometry.coordinates[0], geometry.coordinates[1]], radius: markerRadius(projectCapacity(project)?.value ?? null, scale) });
  }
  return spots;
}
