// Filters and their counts. A project passes when, for every facet with a choice, it matches one
// of the chosen values; each facet's counts apply the other facets only, so a visitor sees what
// choosing an option would give.
import type { CountryCode, ProjectFeature, Sector } from '../../data/atlasSchema';
import type { Filters } from '../../state/viewState';

type Facet = keyof Filters;

const facetValues: Record<Facet, (feature: ProjectFeature) => readonly string[]> = {
  countries: (feature) => feature.properties.countries,
  sectors: (feature) => [feature.properties.sector],
  builders: (feature) => (feature.properties.builder === null ? [] : [feature.properties.builder.organization]),
};

const FACETS = Object.keys(facetValues) as Facet[];

function matchesFacet(feature: ProjectFeature, filters: Filters, facet: Facet): boolean {
  const chosen: readonly string[] = filters[facet];
  return chosen.length === 0 || facetValues[facet](feature).some((value) => chosen.includes(value));
}

export function matchesFilters(feature: ProjectFeature, filters: Filters, except?: Facet): boolean {
  return FACETS.every((facet) => facet === except || matchesFacet(feature, filters, facet));
}

export function filterProjects(features: readonly ProjectFeature[], filters: Filters): ProjectFeature[] {
  return features.filter((feature) => matchesFilters(feature, filters));
}

export type FacetCounts = { [K in Facet]: Map<string, number> };

export function facetCounts(features: readonly ProjectFeature[], filters: Filters): FacetCounts {
  const counts: FacetCounts = { countries: new Map(), sectors: new Map(), builders: new Map() };
  for (const facet of FACETS) {
    for (const feature of features) {
      if (!matchesFilters(feature, filters, facet)) continue;
      for (const value of facetValues[facet](feature)) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
    }
  }
  return counts;
}

export function hasActiveFilters(filters: Filters): boolean {
  return FACETS.some((facet) => filters[facet].length > 0);
}

export type { CountryCode, Sector };
