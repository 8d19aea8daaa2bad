// Side-by-side figures of the projects a visitor picked: one chart per unit, so megawatts are never
// set against households. A figure stated for several projects together is one bar for the group,
// shown once even when several of its members are picked.
import { METRICS, UNITS, type Figure, type Metric, type ProjectFeature, type Unit } from '../../data/atlasSchema';
import { subjectProjects, type FigureSubject } from '../stats/figureContributions';
import type { AtlasData } from '../../vocabulary';

export interface CompareBar {
  subject: FigureSubject;
  figure: Figure;
}

export interface CompareChart {
  unit: Unit;
  /** The metrics the bars measure, in the schema's order (usually one per unit). */
  metrics: Metric[];
  bars: CompareBar[];
  /** Picked projects with no figure in this unit, alone or in a group: unknown, not zero. */
  unstated: ProjectFeature[];
}

/** The picked projects the dataset knows, in the order picked. */
export function pickedProjects(data: AtlasData, ids: readonly string[]): ProjectFeature[] {
  return ids.flatMap((id) => data.projectsById.get(id) ?? []);
}

/** Every figure of the picked projects (both moments of a before/after figure), group figures once. */
export function compareBars(data: AtlasData, picked: readonly ProjectFeature[]): CompareBar[] {
  const bars: CompareBar[] = [];
  const seenGroups = new Set<string>();
  for (const project of picked) {
    for (const figure of project.properties.figures) bars.push({ subject: { kind: 'project', project }, figure });
    for (const groupId of project.properties.groups) {
      const group = data.groupsById.get(groupId);
      if (group === undefined || seenGroups.has(groupId)) continue;
      seenGroups.add(groupId);
      const members = group.members.flatMap((id) => data.projectsById.get(id) ?? []);
      for (const figure of group.figures) bars.push({ subject: { kind: 'group', group, members }, figure });
    }
  }
  return bars;
}

export function compareCharts(data: AtlasData, picked: readonly ProjectFeature[]): CompareChart[] {
  const bars = compareBars(data, picked);
  return UNITS.flatMap((unit) => {
    const ofUnit = bars.filter(({ figure }) => figure.unit === unit);
    if (ofUnit.length === 0) return [];
    const covered = new Set(ofUnit.flatMap(({ subject }) => subjectProjects(subject).map((project) => project.id)));
    const metrics = new Set(ofUnit.map(({ figure }) => figure.metric));
    return [
      {
        unit,
        metrics: METRICS.filter((metric) => metrics.has(metric)),
        bars: ofUnit,
        unstated: picked.filter((project) => !covered.has(project.id)),
      },
    ];
  });
}
