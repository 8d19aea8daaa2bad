// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { projectCapacity } from '../../src/domain/figures/projectCapacity';
import { sortProjects, type SortDirection } from '../../src/domain/list/sortProjects';
import { LANGUAGES } from '../../src/state/viewState';
import { builtAtlasData } from '../fixtures/builtAtlas';

const { atlas } = builtAtlasData();
const features = atlas.projects.features;
const withCapacity = features.filter((feature) => projectCapacity(feature) !== null);
const withoutCapacity = features.filter((feature) => projectCapacity(feature) === null);
const ids = (list: readonly { id: string }[]) => list.map((feature) => feature.id);

describe('sortProjects by capacity', () => {
  it('needs projects with and without a capacity to mean anything', () => {
    expect(withCapacity.length).toBeGreaterThan(1);
    expect(withoutCapacity.length).toBeGreaterThan(0);
  });

  it.each([
    ['descending', (a: number, b: number) => b - a],
    ['ascending', (a: number, b: number) => a - b],
  ] as const)('orders the stated capacities %s and puts projects without one last', (direction: SortDirection, order) => {
    const sorted = sortProjects(features, { key: 'capacity', direction }, 'en');
    const capacities = sorted.map((feature) => projectCapacity(feature)?.value ?? null);
    const expected = withCapacity.map((feature) => projectCapacity(feature)!.value).sort(order);
    expect(capacities).toEqual([...expected, ...withoutCapacity.map(() => null)]);
    expect(new Set(ids(sorted))).toEqual(new Set(ids(features)));
  });

  it('orders the projects without a capacity, and equal capacities, by name', () => {
    const sorted = sortProjects(features, { key: 'capacity', direction: 'descending' }, 'en');
    const tail = sorted.slice(withCapacity.length).map((feature) => feature.properties.name.en);
    expect(tail).toEqual([...tail].sort((a, b) => a.localeCompare(b, 'en')));
    for (let index = 1; index < withCapacity.length; index += 1) {
      const [previous, current] = [sorted[index - 1]!, sorted[index]!];
      if (projectCapacity(previous)!.value === projectCapacity(current)!.value) {
        expect(previous.properties.name.en.localeCompare(current.properties.name.en, 'en')).toBeLessThan(0);
      }
    }
  });
});

describe('sortProjects by name', () => {
  it.each(LANGUAGES)('follows the %s collation both ways', (language) => {
    const expected = features.map((feature) => feature.properties.name[language]).sort((a, b) => a.localeCompare(b, language));
    const ascending = sortProjects(features, { key: 'name', direction: 'ascending' }, language);
    const descending = sortProjects(features, { key: 'name', direction: 'descending' }, language);
    expect(ascending.map((feature) => feature.properties.name[language])).toEqual(expected);
    expect(descending.map((feature) => feature.properties.name[language])).toEqual([...expected].reverse());
  });

  it('sorts a copy and leaves its input alone', () => {
    const before = ids(features);
    const sorted = sortProjects(features, { key: 'name', direction: 'descending' }, 'en');
    expect(sorted).not.toBe(features);
    expect(ids(features)).toEqual(before);
  });
});
