// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterProjects } from '../../src/domain/filters/filterProjects';
import { projectCapacity } from '../../src/domain/figures/projectCapacity';
import { sortProjects, type ProjectSort, type SortDirection } from '../../src/domain/list/sortProjects';
import { LANGUAGES } from '../../src/vocabulary';
import { builtAtlasData } from '../fixtures/builtAtlas';
import { sortedByComparison } from '../fixtures/projectByProject';
import { filtersArbitrary, projectsArbitrary } from '../fixtures/randomProjects';

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

const sortArbitrary: fc.Arbitrary<ProjectSort> = fc.record({ key: fc.constantFrom('name', 'capacity'), direction: fc.constantFrom('ascending', 'descending') });

describe('sortProjects on random projects (tied names and capacities, capacities in other units or none)', () => {
  it('orders the filtered projects as sorting them directly would', () => {
    fc.assert(
      fc.property(projectsArbitrary, filtersArbitrary, fc.array(fc.tuple(sortArbitrary, fc.constantFrom(...LANGUAGES)), { minLength: 1, maxLength: 6 }), (features, filters, sorts) => {
        const shown = filterProjects(features, filters);
        // Several sorts on one dataset: later ones read orders the earlier ones kept.
        for (const [sort, language] of sorts) {
          expect(ids(sortProjects(shown, sort, language, features))).toEqual(ids(sortedByComparison(shown, sort, language)));
          expect(ids(sortProjects(features, sort, language))).toEqual(ids(sortedByComparison(features, sort, language)));
        }
      }),
    );
  });

  it('refuses projects that are not taken from the dataset in its order', () => {
    const [first, second] = features;
    expect(() => sortProjects([second!, first!], { key: 'name', direction: 'ascending' }, 'en', features)).toThrow(/taken from the dataset/);
  });
});
