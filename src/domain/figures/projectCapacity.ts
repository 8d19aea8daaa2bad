// A project's capacity as its speech states it: shared by the list, the map and the compare view so
// all three read the same figure.
import type { Figure, ProjectFeature } from '../../data/atlasSchema';

/**
 * The figure with metric 'capacity', or null when no speech states one. When a capacity is stated
 * for two moments (phase before/after), the later one is what the project has now.
 */
export function projectCapacity(feature: ProjectFeature): Figure | null {
  return feature.properties.figures.find((figure) => figure.metric === 'capacity' && figure.phase !== 'before') ?? null;
}
