// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compareCharts, pickedProjects } from '../../src/domain/compare/compareCharts';
import { subjectId } from '../../src/domain/stats/figureContributions';
import { builtAtlasData } from '../fixtures/builtAtlas';

const data = builtAtlasData();
const features = data.atlas.projects.features;
const group = data.atlas.groups[0]!;
const barsOf = (ids: string[]) => compareCharts(data, pickedProjects(data, ids)).flatMap((chart) => chart.bars);

describe('pickedProjects', () => {
  it('keeps the order picked and drops ids the dataset does not know', () => {
    const [a, b] = [features[2]!, features[0]!];
    expect(pickedProjects(data, [a.id, 'no-such-project', b.id])).toEqual([a, b]);
  });
});

describe('compareCharts', () => {
  it('makes one chart per unit and never mixes units in one', () => {
    const charts = compareCharts(data, features);
    expect(new Set(charts.map((chart) => chart.unit)).size).toBe(charts.length);
    for (const chart of charts) {
      expect(chart.bars.every(({ figure }) => figure.unit === chart.unit)).toBe(true);
      expect(chart.metrics).toEqual([...new Set(chart.bars.map(({ figure }) => figure.metric))]);
    }
  });

  it('shows every figure of each picked project, both moments of a before/after pair', () => {
    const picked = features.filter((feature) => feature.properties.figures.length > 0).slice(0, 4);
    const figureIds = barsOf(picked.map((feature) => feature.id)).map(({ figure }) => figure.id);
    for (const feature of picked) for (const figure of feature.properties.figures) expect(figureIds).toContain(figure.id);
    const paired = features.find((feature) => feature.properties.figures.some((figure) => figure.phase === 'before'))!;
    expect(barsOf([paired.id]).map(({ figure }) => figure.phase)).toEqual(expect.arrayContaining(['before', 'after']));
  });

  it('shows a group figure once, for the group, even when several members are picked', () => {
    const bars = barsOf(group.members);
    const groupBars = bars.filter(({ subject }) => subjectId(subject) === group.id);
    expect(groupBars.map(({ figure }) => figure.id)).toEqual(group.figures.map((figure) => figure.id));
    const [bar] = groupBars;
    expect(bar!.subject.kind === 'group' && bar!.subject.members.map((member) => member.id)).toEqual(group.members);
    expect(barsOf([group.members[1]!]).filter(({ subject }) => subjectId(subject) === group.id)).toHaveLength(group.figures.length);
  });

  it('lists the picked projects with no figure in a chart’s unit instead of a zero bar', () => {
    const withFigure = features.find((feature) => feature.properties.figures.length > 0 && feature.properties.groups.length === 0)!;
    const without = features.find((feature) => feature.properties.figures.length === 0 && feature.properties.groups.length === 0)!;
    const charts = compareCharts(data, [withFigure, without]);
    for (const chart of charts) {
      expect(chart.unstated).toContain(without);
      expect(chart.bars.every(({ subject }) => subjectId(subject) !== without.id)).toBe(true);
    }
  });

  it('has nothing to compare when nothing is picked', () => {
    expect(compareCharts(data, [])).toEqual([]);
  });
});
