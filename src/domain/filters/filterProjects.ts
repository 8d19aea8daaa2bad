// Filters and their counts. A project passes when, for every facet with a choice, it matches one
// of the chosen values; each facet's counts apply the other facets only, so a visitor sees what
// choosing an option would give.
import type { ProjectFeature } from '../../data/atlasSchema';
import type { Filters } from '../../state/viewState';

export type Facet = keyof Filters;

/** The values a project has in each facet: a pipeline crosses several countries, a project may name no builder. */
export const facetValues: Record<Facet, (feature: ProjectFeature) => readonly string[]> = {
  countries: (feature) => feature.properties.countries,
  sectors: (feature) => [feature.properties.sector],
  builders: (feature) => (feature.properties.builder === null ? [] : [feature.properties.builder.organization]),
};

export const FACETS = Object.keys(facetValues) as Facet[];

/** The chosen values as sets (null: no choice in that facet), so a test costs the same however many are chosen. */
type ChosenSets = Record<Facet, ReadonlySet<string> | null>;

function chosenSets(filters: Filters): ChosenSets {
  const sets = (facet: Facet) => (filters[facet].length === 0 ? null : new Set<string>(filters[facet]));
  return { countries: sets('countries'), sectors: sets('sectors'), builders: sets('builders') };
}

function matchesChosen(feature: ProjectFeature, chosen: ReadonlySet<string> | null, facet: Facet): boolean {
  return chosen === null || facetValues[facet](feature).some((value) => chosen.has(value));
}

export function filterProjects(features: readonly ProjectFeature[], filters: Filters): ProjectFeature[] {
  const chosen = chosenSets(filters);
  return features.filter((feature) => FACETS.every((facet) => matchesChosen(feature, chosen[facet], facet)));
}

export type FacetCounts = { [K in Facet]: Map<string, number> };

/**
 * One pass over the projects: a project counts for a facet's values when it passes every other
 * facet, which is known once its three matches are known.
 */
export function facetCounts(features: readonly ProjectFeature[], filters: Filters): FacetCounts {
  const counts: FacetCounts = { countries: new Map(), sectors: new Map(), builders: new Map() };
  const chosen = chosenSets(filters);
  const count = (facet: Facet, feature: ProjectFeature) => {
    for (const value of facetValues[facet](feature)) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
  };
  for (const feature of features) {
    let failures = 0;
    let failed: Facet | null = null;
    for (const facet of FACETS) {
      if (matchesChosen(feature, chosen[facet], facet)) continue;
      failures += 1;
      failed = facet;
    }
    // Failing two facets, a project counts nowhere; failing one, it counts only in that one.
    if (failed !== null && failures === 1) count(failed, feature);
    else if (failures === 0) for (const facet of FACETS) count(facet, feature);
  }
  return counts;
}

export function hasActiveFilters(filters: Filters): boolean {
  return FACETS.some((facet) => filters[facet].length > 0);
}

