// @vitest-environment node
// Filters and facet counts, on the built dataset and on a synthetic one with every facet populated.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProjectFeature } from '../../src/data/atlasSchema';
import { FACETS, facetValues, type Facet } from '../../src/domain/filters/facetIndex';
import { facetCounts, filterProjects, type FacetCounts } from '../../src/domain/filters/filterProjects';
import { EMPTY_FILTERS, type Filters } from '../../src/vocabulary';
import { synthesizeAtlas } from '../../data/scripts/syntheticAtlas';
import { countryShapesByAlpha2 } from '../../data/scripts/worldCountries';
import { builtAtlasData } from '../fixtures/builtAtlas';
import { countsProjectByProject, filterProjectByProject } from '../fixtures/projectByProject';
import { filtersArbitrary, projectsArbitrary } from '../fixtures/randomProjects';

const datasets: [string, readonly ProjectFeature[]][] = [
  ['the built dataset', builtAtlasData().atlas.projects.features],
  ['a synthetic dataset', synthesizeAtlas({ count: 2_000, seed: 5, countryShapes: countryShapesByAlpha2() }).projects.features],
];

/** A facet's counts by their definition: the projects that pass every other facet, by value. */
function countsByDefinition(features: readonly ProjectFeature[], filters: Filters, facet: Facet): Map<string, number> {
  const counts = new Map<string, number>();
  for (const feature of filterProjects(features, { ...filters, [facet]: [] })) {
    for (const value of facetValues[facet](feature)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

function choices(features: readonly ProjectFeature[]): Filters[] {
  const all = (facet: Facet) => [...new Set(features.flatMap((feature) => facetValues[facet](feature)))];
  const [countries, sectors, builders] = [all('countries'), all('sectors'), all('builders')];
  return [
    EMPTY_FILTERS,
    { ...EMPTY_FILTERS, countries: countries.slice(0, 1) },
    { ...EMPTY_FILTERS, sectors: sectors.slice(1, 3) },
    { ...EMPTY_FILTERS, countries: countries.slice(1, 3), builders: builders.slice(0, 1) },
    { countries: countries.slice(0, 2), sectors: sectors.slice(0, 2), builders: builders.slice(1, 3) },
    { ...EMPTY_FILTERS, builders: ['no-such-builder'] },
  ] as Filters[];
}

describe.each(datasets)('on %s', (_, features) => {
  it('counts, per facet, the projects that pass the other facets', () => {
    for (const filters of choices(features)) {
      const counts = facetCounts(features, filters);
      for (const facet of FACETS) expect(counts[facet], `${facet} with ${JSON.stringify(filters)}`).toEqual(countsByDefinition(features, filters, facet));
    }
  });

  it('keeps a project when each facet with a choice has one of its values', () => {
    for (const filters of choices(features)) expect(filterProjects(features, filters)).toEqual(filterProjectByProject(features, filters));
  });
});

const entries = (counts: FacetCounts) => FACETS.map((facet) => [...counts[facet]]);

describe('on random projects (several countries, no builder, choices no project has)', () => {
  it('keeps exactly the projects that pass every facet, in their order', () => {
    fc.assert(
      fc.property(projectsArbitrary, filtersArbitrary, (features, filters) => {
        expect(filterProjects(features, filters)).toEqual(filterProjectByProject(features, filters));
      }),
    );
  });

  it('counts what a pass over the projects counts, values in the same order', () => {
    fc.assert(
      fc.property(projectsArbitrary, fc.array(filtersArbitrary, { minLength: 1, maxLength: 4 }), (features, choices) => {
        // Several choices on one list: the index built for the first serves the others.
        for (const filters of choices) expect(entries(facetCounts(features, filters))).toEqual(entries(countsProjectByProject(features, filters)));
      }),
    );
  });
});
