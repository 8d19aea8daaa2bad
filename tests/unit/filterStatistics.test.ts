// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { filterStatistics } from '../../src/domain/stats/filterStatistics';
import { builtAtlasData } from '../fixtures/builtAtlas';

const data = builtAtlasData();
const features = data.atlas.projects.features;

describe('filterStatistics', () => {
  const statistics = filterStatistics(data, features);

  it('lists the projects for which no figure is stated, alone or in a group', () => {
    const expected = features.filter((feature) => feature.properties.figures.length === 0 && !data.atlas.groups.some((group) => group.members.includes(feature.id)));
    expect(expected.length).toBeGreaterThan(0);
    expect(statistics.withoutFigures).toEqual(expected);
  });

  it('keeps every shown project either in a capacity total or among those stating none', () => {
    const counted = statistics.capacity.byCountry.flatMap(({ rows }) => rows.flatMap(({ total }) => total.contributions));
    expect(counted.length + statistics.capacity.unstated.length).toBe(features.length);
  });

  it('has nothing to add up when nothing is shown', () => {
    const empty = filterStatistics(data, []);
    expect(empty.capacity.byCountry).toEqual([]);
    expect(empty.countsByCountry).toEqual([]);
    expect(empty.outcomes).toEqual([]);
    expect(empty.organizations).toEqual([]);
  });
});
