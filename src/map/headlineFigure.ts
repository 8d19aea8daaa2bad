// Which of a project's figures heads the map's tooltip.
import type { Figure, ProjectFeature } from '../data/atlasSchema';
import { currentFigure } from '../domain/figures/currentFigure';
import { projectCapacity } from '../domain/figures/projectCapacity';

/**
 * The capacity in MW when stated, else the first metric the speeches state as it stands now (the
 * rule statistics and comparison read by: "after", not "before"), else null ("no figure stated").
 */
export function headlineFigure(project: ProjectFeature): Figure | null {
  const { figures } = project.properties;
  return projectCapacity(project) ?? figures.map(({ metric }) => currentFigure(figures, metric)).find((figure) => figure !== null) ?? null;
}
