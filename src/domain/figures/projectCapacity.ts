// A project's capacity as its speech states it: shared by the list, the map and the compare view so
// all three read the same figure.
import type { Figure, ProjectFeature } from '../../data/atlasSchema';
import { currentFigure } from './currentFigure';

/** The capacity in MW (marker sizes and capacity sorting compare MW only), or null when none is stated. */
export function projectCapacity(feature: ProjectFeature): Figure | null {
  const capacity = currentFigure(feature.properties.figures, 'capacity');
  return capacity?.unit === 'MW' ? capacity : null;
}
