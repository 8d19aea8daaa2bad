// A figure by its stable id (project, metric, phase), wherever the atlas states it: a project's,
// a group's or an organisation's figure.
import type { Atlas, Figure, LocalizedName } from '../../data/atlasSchema';

export interface FoundFigure {
  figure: Figure;
  /** Whose figure it is, as named in each language. */
  owner: LocalizedName;
  /** The project to select with it; null for a group's or an organisation's figure. */
  project: string | null;
}

export function findFigure(atlas: Atlas, id: string): FoundFigure | null {
  for (const project of atlas.projects.features) {
    const figure = project.properties.figures.find((candidate) => candidate.id === id);
    if (figure !== undefined) return { figure, owner: project.properties.name, project: project.id };
  }
  for (const owner of [...atlas.groups, ...atlas.organizations]) {
    const figure = owner.figures.find((candidate) => candidate.id === id);
    if (figure !== undefined) return { figure, owner: owner.name, project: null };
  }
  return null;
}
