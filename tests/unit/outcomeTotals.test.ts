// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Figure, Metric, ProjectFeature } from '../../src/data/atlasSchema';
import { currentFigure } from '../../src/domain/figures/currentFigure';
import { outcomeTotals } from '../../src/domain/stats/outcomeTotals';
import { builtAtlasData } from '../fixtures/builtAtlas';
import { figureLike, withProjectFigures } from '../fixtures/atlasVariants';

const data = builtAtlasData();
const features = data.atlas.projects.features;
const organizationFigureIds = new Set(data.atlas.organizations.flatMap((organization) => organization.figures.map((figure) => figure.id)));

/** The figures of a metric the shown projects state, worked out independently: group figures once, own figures of members not covered. */
function expectedFigures(shown: readonly ProjectFeature[], metric: Metric): Figure[] {
  const shownIds = new Set(shown.map((feature) => feature.id));
  const groupsWithFigure = data.atlas.groups.filter((group) => group.members.some((id) => shownIds.has(id)) && currentFigure(group.figures, metric) !== null);
  const covered = new Set(groupsWithFigure.flatMap((group) => group.members));
  return [
    ...shown.flatMap((feature) => (covered.has(feature.id) ? [] : (currentFigure(feature.properties.figures, metric) ?? []))),
    ...groupsWithFigure.map((group) => currentFigure(group.figures, metric)!),
  ];
}

describe('outcomeTotals', () => {
  const rows = outcomeTotals(data, features);

  it('has a row for every metric other than capacity that a project or group states, and none for organisation figures', () => {
    const stated = new Set([...features.flatMap((f) => f.properties.figures), ...data.atlas.groups.flatMap((g) => g.figures)].map((figure) => figure.metric));
    stated.delete('capacity');
    expect(new Set(rows.map((row) => row.metric))).toEqual(stated);
    for (const row of rows) expect(row.contributions.some(({ figure }) => organizationFigureIds.has(figure.id))).toBe(false);
  });

  it('adds the stated figures of each metric, group figures once', () => {
    for (const row of rows) {
      const figures = expectedFigures(features, row.metric);
      expect(row.contributions.map(({ figure }) => figure)).toEqual(figures);
      if (row.total !== null) expect(row.total.value, row.metric).toBe(figures.reduce((sum, figure) => sum + figure.value, 0));
      expect(row.unit).toBe(figures[0]!.unit);
    }
  });

  it('marks a total approximate when a figure in it is qualified', () => {
    for (const row of rows) {
      if (row.total === null) continue;
      expect(row.total.qualifier !== null).toBe(row.contributions.some(({ figure }) => figure.qualifier !== null));
    }
    expect(rows.some((row) => row.total?.qualifier !== null)).toBe(true);
  });

  it('lists the shown projects that state no figure of the metric rather than counting them as zero', () => {
    for (const row of rows) {
      const counted = new Set(row.contributions.flatMap(({ subject }) => (subject.kind === 'project' ? [subject.project.id] : subject.group.members)));
      expect(row.unstated.map((project) => project.id)).toEqual(features.filter((feature) => !counted.has(feature.id)).map((feature) => feature.id));
    }
  });

  it('follows the filter: a group figure counts when one of its members is shown', () => {
    for (const group of data.atlas.groups) {
      const oneMember = [data.projectsById.get(group.members[0]!)!];
      const metrics = outcomeTotals(data, oneMember).flatMap((row) => row.contributions.map(({ figure }) => figure.id));
      for (const figure of group.figures) expect(metrics).toContain(figure.id);
    }
    expect(outcomeTotals(data, [])).toEqual([]);
  });

  it('lists several figures of a metric that does not add up instead of summing them', () => {
    const provinces = features.flatMap((feature) => feature.properties.figures).find((figure) => figure.metric === 'provinces_served')!;
    const other = features.find((feature) => currentFigure(feature.properties.figures, 'provinces_served') === null)!;
    const variant = withProjectFigures(data, other.id, (figures) => [...figures, figureLike(provinces, { id: 'more-provinces', value: 3 })]);
    const row = outcomeTotals(variant, variant.atlas.projects.features).find((candidate) => candidate.metric === 'provinces_served')!;
    expect(row.total).toBeNull();
    expect(row.contributions).toHaveLength(2);
  });
});
