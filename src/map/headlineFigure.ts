// Which of a project's figures the map shows: capacity sizes the marker and heads the tooltip.
import type { Figure, ProjectFeature } from '../data/atlasSchema';

/** The capacity in MW as the speech states it; when a speech gives a before and after, the after. */
export function capacityFigure(project: ProjectFeature): Figure | null {
  return project.properties.figures.find((figure) => figure.metric === 'capacity' && figure.unit === 'MW' && figure.phase !== 'before') ?? null;
}

/** Capacity when stated, else the first figure the speeches give, else null ("no figure stated"). */
export function headlineFigure(project: ProjectFeature): Figure | null {
  return capacityFigure(project) ?? project.properties.figures[0] ?? null;
}
