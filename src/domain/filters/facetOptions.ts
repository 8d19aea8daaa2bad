// The options a filter panel offers, and their order on screen.
import { COUNTRY_CODES, SECTORS, type ProjectFeature } from '../../data/atlasSchema';
import { facetIndex, type FacetIndex } from './facetIndex';
import { facetCounts } from './filterProjects';
import { EMPTY_FILTERS, type Filters, type Language } from '../../vocabulary';

/**
 * Per facet, the values some project has, plus any value the visitor chose that none has (a choice
 * from an old link), so every choice stays visible and can be unticked.
 */
export function facetOptionValues(features: readonly ProjectFeature[], filters: Filters, index: FacetIndex = facetIndex(features)): Filters {
  const present = facetCounts(features, EMPTY_FILTERS, index);
  return {
    countries: COUNTRY_CODES.filter((code) => present.countries.has(code) || filters.countries.includes(code)),
    sectors: SECTORS.filter((sector) => present.sectors.has(sector) || filters.sectors.includes(sector)),
    builders: [...new Set([...present.builders.keys(), ...filters.builders])],
  };
}

export interface FacetOption<V extends string> {
  value: V;
  label: string;
}

/** Options labelled in the visitor's language, in that language's alphabetical order. */
export function labelledOptions<V extends string>(values: readonly V[], label: (value: V) => string, language: Language): FacetOption<V>[] {
  const collator = new Intl.Collator(language);
  return values.map((value) => ({ value, label: label(value) })).sort((a, b) => collator.compare(a.label, b.label));
}
