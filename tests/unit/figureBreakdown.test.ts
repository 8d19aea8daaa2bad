// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ProjectFeature } from '../../src/data/atlasSchema';
import { currentFigure } from '../../src/domain/figures/currentFigure';
import { CROSS_BORDER, SEVERAL_SECTORS, breakdownByCountry, breakdownBySector } from '../../src/domain/stats/figureBreakdown';
import { metricContributions } from '../../src/domain/stats/figureContributions';
import { builtAtlasData } from '../fixtures/builtAtlas';
import { figureLike, withGroup, withProjectFigures } from '../fixtures/atlasVariants';

const data = builtAtlasData();
const features = data.atlas.projects.features;
const capacityOf = (feature: ProjectFeature) => currentFigure(feature.properties.figures, 'capacity');
const withCapacity = features.filter((feature) => capacityOf(feature) !== null);
const sumCapacity = (list: readonly ProjectFeature[]) => list.reduce((sum, feature) => sum + (capacityOf(feature)?.value ?? 0), 0);
const capacityContributions = (variant = data) => metricContributions(variant, variant.atlas.projects.features, 'capacity').contributions;

describe('capacity by country', () => {
  const [chart, ...otherUnits] = breakdownByCountry(capacityContributions());

  it('is one chart of one unit', () => {
    expect(otherUnits).toEqual([]);
    expect(chart!.unit).toBe(capacityOf(withCapacity[0]!)!.unit);
  });

  it('adds, per country, the capacities of the projects that lie only there', () => {
    for (const { key, total } of chart!.rows) {
      const inCountry = withCapacity.filter((feature) => feature.properties.countries.length === 1 && feature.properties.countries[0] === key);
      expect(total.value, key).toBe(sumCapacity(inCountry));
    }
    const rowsTotal = chart!.rows.reduce((sum, { total }) => sum + total.value, 0);
    expect(rowsTotal).toBe(sumCapacity(withCapacity));
  });

  it('has no row for a country where no shown project states a capacity (not a zero)', () => {
    const countriesWithCapacity = new Set<string>(withCapacity.flatMap((feature) => feature.properties.countries));
    expect(chart!.rows.map(({ key }) => key).every((key) => countriesWithCapacity.has(key) || key === CROSS_BORDER)).toBe(true);
    expect(chart!.rows.every(({ total }) => total.value > 0)).toBe(true);
  });

  it('sorts the largest first', () => {
    const values = chart!.rows.map(({ total }) => total.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('puts a capacity stated for a project in several countries in a cross-border row, counted once', () => {
    const crossing = features.find((feature) => feature.properties.countries.length > 1)!;
    const stated = capacityOf(withCapacity[0]!)!;
    const variant = withProjectFigures(data, crossing.id, (figures) => [...figures, figureLike(stated, { id: 'crossing-capacity', value: 7 })]);
    const [variantChart] = breakdownByCountry(capacityContributions(variant));
    const crossBorder = variantChart!.rows.at(-1)!;
    expect(crossBorder.key).toBe(CROSS_BORDER);
    expect(crossBorder.total.value).toBe(7);
    for (const { key, total } of variantChart!.rows.slice(0, -1)) expect(total.value, key).toBe(chart!.rows.find((row) => row.key === key)!.total.value);
  });
});

describe('capacity by sector', () => {
  it('adds, per sector, the capacities of its projects', () => {
    const [chart] = breakdownBySector(capacityContributions());
    for (const { key, total } of chart!.rows) expect(total.value, key).toBe(sumCapacity(withCapacity.filter((feature) => feature.properties.sector === key)));
  });

  it('gives a group figure across sectors a row of its own instead of splitting it', () => {
    const [first, second] = [withCapacity[0]!, features.find((feature) => feature.properties.sector !== withCapacity[0]!.properties.sector)!];
    const variant = withGroup(data, {
      id: 'mixed-group',
      name: { zh: '混合', en: 'Mixed', ru: 'Смешанная' },
      members: [first.id, second.id],
      openEnded: false,
      figures: [figureLike(capacityOf(first)!, { id: 'mixed-group.capacity', value: 11 })],
    });
    const [chart] = breakdownBySector(capacityContributions(variant));
    const several = chart!.rows.find(({ key }) => key === SEVERAL_SECTORS);
    expect(several?.total.value).toBe(11);
    expect(several?.total.contributions).toHaveLength(1);
    // The group's capacity covers its members' own.
    expect(chart!.rows.flatMap(({ total }) => total.contributions).map(({ figure }) => figure.id)).not.toContain(capacityOf(first)!.id);
  });
});
