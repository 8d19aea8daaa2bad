// Filters and their counts. A project passes when, for every facet with a choice, it matches one
// of the chosen values; each facet's counts apply the other facets only, so a visitor sees what
// choosing an option would give. Both are decided per combination of categories (facetIndex.ts),
// so a filter change costs one pass over small integers however many projects there are.
import type { ProjectFeature } from '../../data/atlasSchema';
import { FACETS, facetIndex, passingCategoryFlags, passingCombinations, type Facet, type FacetIndex } from './facetIndex';
import type { Filters } from '../../vocabulary';

/** `index`: the projects' facet index, if kept (a dataset's AtlasIndex has it). */
export function filterProjects(features: readonly ProjectFeature[], filters: Filters, index: FacetIndex = facetIndex(features)): ProjectFeature[] {
  const { passes, passingCount: visibleCount } = passingCombinations(index, filters);
  if (visibleCount === features.length) return features.slice();
  const { combinationOf } = index;
  const visible = new Array<ProjectFeature>(visibleCount);
  let next = 0;
  for (let position = 0; position < features.length; position += 1) if (passes[combinationOf[position]!] === 1) visible[next++] = features[position]!;
  return visible;
}

export type FacetCounts = { [K in Facet]: Map<string, number> };

/**
 * A project counts for a facet's values when it passes every other facet: failing two facets, it
 * counts nowhere; failing one, only in that one. Decided and summed per combination.
 */
export function facetCounts(features: readonly ProjectFeature[], filters: Filters, index: FacetIndex = facetIndex(features)): FacetCounts {
  const passing = passingCategoryFlags(index, filters);
  const categoryCounts = Object.fromEntries(FACETS.map((facet) => [facet, new Float64Array(index.categories[facet].length)])) as Record<Facet, Float64Array>;
  // Per facet, the categories in the order they are first counted.
  const countedOrder: Record<Facet, number[]> = { countries: [], sectors: [], builders: [] };
  const count = (facet: Facet, combination: number) => {
    const category = index.combinationCategories[facet][combination]!;
    if (categoryCounts[facet][category] === 0) countedOrder[facet].push(category);
    categoryCounts[facet][category]! += index.combinationSizes[combination]!;
  };
  for (let combination = 0; combination < index.combinationSizes.length; combination += 1) {
    const failed = FACETS.filter((facet) => passing[facet][index.combinationCategories[facet][combination]!] === 0);
    if (failed.length === 0) for (const facet of FACETS) count(facet, combination);
    else if (failed.length === 1) count(failed[0]!, combination);
  }
  // Combinations are numbered in the order their first project comes, so each value enters its map
  // when its first counted project would in a pass over the projects: the same maps, in the same order.
  const counts: FacetCounts = { countries: new Map(), sectors: new Map(), builders: new Map() };
  for (const facet of FACETS) {
    for (const category of countedOrder[facet]) {
      const projects = categoryCounts[facet][category]!;
      for (const value of index.categories[facet][category]!.values) counts[facet].set(value, (counts[facet].get(value) ?? 0) + projects);
    }
  }
  return counts;
}

export function hasActiveFilters(filters: Filters): boolean {
  return FACETS.some((facet) => filters[facet].length > 0);
}
