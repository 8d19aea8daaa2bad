// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { facetOptionValues, labelledOptions } from '../../src/domain/filters/facetOptions';
import { countryName } from '../../src/i18n/countryNames';
import { EMPTY_FILTERS } from '../../src/vocabulary';
import { builtAtlasData } from '../fixtures/builtAtlas';

const { atlas } = builtAtlasData();
const features = atlas.projects.features;

describe('facetOptionValues', () => {
  it('offers exactly the values some project has', () => {
    const values = facetOptionValues(features, EMPTY_FILTERS);
    expect(new Set(values.countries)).toEqual(new Set(features.flatMap((feature) => feature.properties.countries)));
    expect(new Set(values.sectors)).toEqual(new Set(features.map((feature) => feature.properties.sector)));
    const builders = features.flatMap((feature) => (feature.properties.builder === null ? [] : [feature.properties.builder.organization]));
    expect(new Set(values.builders)).toEqual(new Set(builders));
    expect(values.builders).toHaveLength(new Set(builders).size);
  });

  it('keeps a chosen value no project has, so it can be unticked', () => {
    // The projects of one sector lack some countries, sectors and builders that the whole dataset has.
    const firstSector = features[0]!.properties.sector;
    const subset = features.filter((feature) => feature.properties.sector === firstSector);
    const present = facetOptionValues(subset, EMPTY_FILTERS);
    const everywhere = facetOptionValues(features, EMPTY_FILTERS);
    const filters = {
      countries: everywhere.countries.filter((code) => !present.countries.includes(code)),
      sectors: everywhere.sectors.filter((sector) => !present.sectors.includes(sector)),
      builders: everywhere.builders.filter((id) => !present.builders.includes(id)),
    };
    const values = facetOptionValues(subset, filters);
    for (const facet of ['countries', 'sectors', 'builders'] as const) {
      expect(filters[facet].length, facet).toBeGreaterThan(0);
      expect(values[facet]).toEqual(expect.arrayContaining([...present[facet], ...filters[facet]]));
      expect(values[facet]).toHaveLength(present[facet].length + filters[facet].length);
    }
  });
});

describe('labelledOptions', () => {
  it('labels and orders the options alphabetically in the language', () => {
    const codes = facetOptionValues(features, EMPTY_FILTERS).countries;
    for (const language of ['en', 'ru', 'zh'] as const) {
      const options = labelledOptions(codes, (code) => countryName(code, language), language);
      const labels = codes.map((code) => countryName(code, language)).sort((a, b) => a.localeCompare(b, language));
      expect(options.map((option) => option.label)).toEqual(labels);
      expect(options.every((option) => option.label === countryName(option.value, language))).toBe(true);
    }
  });
});
