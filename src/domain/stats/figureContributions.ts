// Which stated figures a total may add up. Every figure is counted once: a figure stated for several
// projects together (a group) once for the group, never split among its members nor repeated for each.
import type { Figure, Metric, ProjectFeature, ProjectGroup } from '../../data/atlasSchema';
import { currentFigure, isCurrent } from '../figures/currentFigure';
import { appendTo, tallied, type Tally } from './tally';
import type { AtlasData } from '../../vocabulary';

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

/** A group with at least one member among the shown projects. */
export interface ShownGroup {
  group: ProjectGroup;
  members: ProjectFeature[];
}

/**
 * Per project id a group names: the groups that name it. Each shown project is looked up here, among
 * the groups' members, which are few, rather than each member among the shown projects, which may be
 * a million.
 */
function groupsByMember(groups: readonly ProjectGroup[]): Map<string, ProjectGroup[]> {
  const groupsOfMember = new Map<string, ProjectGroup[]>();
  for (const group of groups) for (const id of group.members) appendTo(groupsOfMember, id, group);
  return groupsOfMember;
}

/** The given groups with their members, in the dataset's order. */
function withMembers(data: AtlasData, groups: ReadonlySet<ProjectGroup>): ShownGroup[] {
  return data.atlas.groups
    .filter((group) => groups.has(group))
    .map((group) => ({ group, members: group.members.flatMap((id) => data.projectsById.get(id) ?? []) }));
}

/** The groups with at least one member among the shown projects; the others have nothing shown to speak for. */
export function groupsOfShown(data: AtlasData, shown: readonly ProjectFeature[]): ShownGroup[] {
  const groupsOfMember = groupsByMember(data.atlas.groups);
  const withShownMember = new Set<ProjectGroup>();
  if (groupsOfMember.size > 0) {
    for (const project of shown) for (const group of groupsOfMember.get(project.id) ?? []) withShownMember.add(group);
  }
  return withMembers(data, withShownMember);
}

/** One metric's figures found so far, and the shown projects they account for (by index, ascending). */
interface MetricTally {
  projectContributions: FigureContribution[];
  accounted: number[];
}

/** Records that the shown project at that index is accounted for: false when it already was. */
function account(tally: MetricTally, index: number): boolean {
  if (tally.accounted.at(-1) === index) return false;
  tally.accounted.push(index);
  return true;
}

/** The shown projects but those at the given indices (ascending). */
function allBut(shown: readonly ProjectFeature[], indices: readonly number[]): ProjectFeature[] {
  // Sized up front and filled: a million pushes cost several times more.
  const rest = new Array<ProjectFeature>(shown.length - indices.length);
  let from = 0;
  let to = 0;
  for (const skipped of [...indices, shown.length]) {
    while (from < skipped) rest[to++] = shown[from++] as ProjectFeature;
    from = skipped + 1;
  }
  return rest;
}

/**
 * The figures of each metric stated for the shown projects. A group figure counts when one of its
 * members is shown; a member's own figure of the same metric is then left out, since the group's figure
 * covers it.
 */
export function contributionsByMetric<Chosen extends Metric>(
  data: AtlasData,
  shown: readonly ProjectFeature[],
  metrics: readonly Chosen[],
): Record<Chosen, MetricContributions> {
  return tallied(shown, contributionTally(data, shown, metrics));
}

/**
 * contributionsByMetric one shown project at a time, for all the metrics at once; only the project's
 * own figures are looked at. It must be fed every one of `shown`, in order.
 */
export function contributionTally<Chosen extends Metric>(
  data: AtlasData,
  shown: readonly ProjectFeature[],
  metrics: readonly Chosen[],
): Tally<ProjectFeature, Record<Chosen, MetricContributions>> {
  const groupsOfMember = groupsByMember(data.atlas.groups);
  const tallies = new Map<Metric, MetricTally>(metrics.map((metric) => [metric, { projectContributions: [], accounted: [] }]));
  const tallyOf = (figure: Figure) => (isCurrent(figure) ? tallies.get(figure.metric) : undefined);
  const shownGroups = new Set<ProjectGroup>();
  return {
    add(project, index) {
      const memberOf = groupsOfMember.size === 0 ? undefined : groupsOfMember.get(project.id);
      if (memberOf !== undefined) {
        for (const group of memberOf) {
          shownGroups.add(group);
          for (const figure of group.figures) {
            const tally = tallyOf(figure);
            if (tally !== undefined) account(tally, index);
          }
        }
      }
      for (const figure of project.properties.figures) {
        const tally = tallyOf(figure);
        // The first current figure of a metric counts, unless a group of the project has accounted for it.
        if (tally !== undefined && account(tally, index)) tally.projectContributions.push({ subject: { kind: 'project', project }, figure });
      }
    },
    result() {
      const groups = withMembers(data, shownGroups);
      const byMetric = metrics.map((metric): [Chosen, MetricContributions] => {
        const { projectContributions = [], accounted = [] } = tallies.get(metric) ?? {};
        const groupContributions = groups.flatMap(({ group, members }): FigureContribution[] => {
          const figure = currentFigure(group.figures, metric);
          return figure === null ? [] : [{ subject: { kind: 'group', group, members }, figure }];
        });
        return [metric, { metric, contributions: projectContributions.concat(groupContributions), unstated: allBut(shown, accounted) }];
      });
      // Every chosen metric has its entry.
      return Object.fromEntries(byMetric) as Record<Chosen, MetricContributions>;
    },
  };
}

/** The figures of one metric stated for the shown projects: see contributionsByMetric. */
export function metricContributions(data: AtlasData, shown: readonly ProjectFeature[], metric: Metric): MetricContributions {
  return contributionsByMetric(data, shown, [metric])[metric];
}

/** The projects a subject stands for. */
export function subjectProjects(subject: FigureSubject): ProjectFeature[] {
  return subject.kind === 'project' ? [subject.project] : subject.members;
}

export function subjectId(subject: FigureSubject): string {
  return subject.kind === 'project' ? subject.project.id : subject.group.id;
}
