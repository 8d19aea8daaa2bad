// Which of a project's figures heads the map's tooltip.
import type { Figure, ProjectFeature } from '../data/atlasSchema';
import { projectCapacity } from '../domain/figures/projectCapacity';

/** Capacity when stated, else the first figure the speeches give, else null ("no figure stated"). */
export function headlineFigure(project: ProjectFeature): Figure | null {
  return projectCapacity(project) ?? project.properties.figures[0] ?? null;
}
