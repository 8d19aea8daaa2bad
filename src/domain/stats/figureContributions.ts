// Which stated figures a total may add up. Every figure is counted once: a figure stated for several
// projects together (a group) once for the group, never split among its members nor repeated for each.
import type { Figure, Metric, ProjectFeature, ProjectGroup } from '../../data/atlasSchema';
import type { AtlasData } from '../../data/loadAtlas';
import { currentFigure } from '../figures/currentFigure';

/** What a figure is stated for: one project, or several projects together. */
export type FigureSubject =
  | { kind: 'project'; project: ProjectFeature }
  /** members: every named member, also those the filters hide (the figure covers them all). */
  | { kind: 'group'; group: ProjectGroup; members: ProjectFeature[] };

export interface FigureContribution {
  subject: FigureSubject;
  figure: Figure;
}

export interface MetricContributions {
  metric: Metric;
  contributions: FigureContribution[];
  /** Shown projects for which no figure of the metric is stated, alone or in a group: unknown, not zero. */
  unstated: ProjectFeature[];
}

/** The groups with at least one member among the shown projects; the others have nothing shown to speak for. */
export function groupsOfShown(data: AtlasData, shown: readonly ProjectFeature[]): Array<{ group: ProjectGroup; members: ProjectFeature[] }> {
  const shownIds = new Set(shown.map((project) => project.id));
  return data.atlas.groups
    .filter((group) => group.members.some((id) => shownIds.has(id)))
    .map((group) => ({ group, members: group.members.flatMap((id) => data.projectsById.get(id) ?? []) }));
}

/**
 * The figures of one metric stated for the shown projects. A group figure counts when one of its members
 * is shown; a member's own figure of the same metric is then left out, since the group's figure covers it.
 */
export function metricContributions(data: AtlasData, shown: readonly ProjectFeature[], metric: Metric): MetricContributions {
  const groupContributions: FigureContribution[] = groupsOfShown(data, shown).flatMap(({ group, members }) => {
    const figure = currentFigure(group.figures, metric);
    return figure === null ? [] : [{ subject: { kind: 'group', group, members }, figure }];
  });
  const coveredByGroup = new Set(groupContributions.flatMap(({ subject }) => (subject.kind === 'group' ? subject.group.members : [])));
  const projectContributions: FigureContribution[] = [];
  const unstated: ProjectFeature[] = [];
  for (const project of shown) {
    if (coveredByGroup.has(project.id)) continue;
    const figure = currentFigure(project.properties.figures, metric);
    if (figure === null) unstated.push(project);
    else projectContributions.push({ subject: { kind: 'project', project }, figure });
  }
  return { metric, contributions: [...projectContributions, ...groupContributions], unstated };
}

/** The projects a subject stands for. */
export function subjectProjects(subject: FigureSubject): ProjectFeature[] {
  return subject.kind === 'project' ? [subject.project] : subject.members;
}

export function subjectId(subject: FigureSubject): string {
  return subject.kind === 'project' ? subject.project.id : subject.group.id;
}
