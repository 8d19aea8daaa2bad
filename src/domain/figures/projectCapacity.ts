// A project's capacity as its speech states it: shared by the list, the map and the compare view so
// all three read the same figure.
import type { Figure, ProjectFeature } from '../../data/atlasSchema';
import { currentFigure } from './currentFigure';

export function projectCapacity(feature: ProjectFeature): Figure | null {
  return currentFigure(feature.properties.figures, 'capacity');
}
