// The facets a visitor filters by, and a dataset's projects indexed by them once, so that a filter
// change over a million projects is a loop over small integers instead of string sets.
//
// Per facet, a project has a category: the list of values it has there ("KZ|TM|UZ" for a pipeline,
// "" for a project naming no builder). Projects with the same category in every facet share a
// combination; a dataset has far fewer combinations than projects, so a filter is decided once per
// combination and counts are summed per combination.
import type { ProjectFeature } from '../../data/atlasSchema';
import type { Filters } from '../../vocabulary';

export type Facet = keyof Filters;

/** The values a project has in each facet: a pipeline crosses several countries, a project may name no builder. */
export const facetValues: Record<Facet, (feature: ProjectFeature) => readonly string[]> = {
  countries: (feature) => feature.properties.countries,
  sectors: (feature) => [feature.properties.sector],
  builders: (feature) => (feature.properties.builder === null ? [] : [feature.properties.builder.organization]),
};

export const FACETS = Object.keys(facetValues) as Facet[];

const keyOf = (values: readonly string[]) => values.join('|');
export const categoryKey = (feature: ProjectFeature, facet: Facet) => keyOf(facetValues[facet](feature));

export interface FacetCategory {
  key: string;
  values: readonly string[];
}

export interface FacetIndex {
  /** Per facet, its categories in the order their first project comes. */
  categories: Record<Facet, readonly FacetCategory[]>;
  /** Per combination, its category in each facet. */
  combinationCategories: Record<Facet, Uint32Array>;
  /** Per combination, how many projects have it. */
  combinationSizes: Uint32Array;
  /** Per project, its combination. Combinations are numbered in the order their first project comes. */
  combinationOf: Uint32Array;
}

/**
 * The index of a project list. A dataset's is built once and kept in its AtlasIndex
 * (`data.index.get(facetIndex)`); a list is never changed once loaded.
 */
export function facetIndex(features: readonly ProjectFeature[]): FacetIndex {
  const { codes, categories } = categorize(features);
  // The combination of the facets seen so far, renumbered after each facet so that
  // `combination × categories + category` stays an exact integer key.
  const combinationOf = new Uint32Array(features.length);
  let combinationCount = 0;
  for (const facet of FACETS) {
    const categoryCount = categories[facet].length;
    const renumbered = new Map<number, number>();
    for (let position = 0; position < features.length; position += 1) {
      const key = combinationOf[position]! * categoryCount + codes[facet][position]!;
      let combination = renumbered.get(key);
      if (combination === undefined) renumbered.set(key, (combination = renumbered.size));
      combinationOf[position] = combination;
    }
    combinationCount = renumbered.size;
  }
  const combinationSizes = new Uint32Array(combinationCount);
  const combinationCategories = Object.fromEntries(FACETS.map((facet) => [facet, new Uint32Array(combinationCount)])) as Record<Facet, Uint32Array>;
  for (let position = 0; position < features.length; position += 1) {
    const combination = combinationOf[position]!;
    combinationSizes[combination]! += 1;
    if (combinationSizes[combination] === 1) for (const facet of FACETS) combinationCategories[facet][combination] = codes[facet][position]!;
  }
  return { categories, combinationCategories, combinationSizes, combinationOf };
}

/** Per facet, each project's category and the categories. One pass, since reading the projects is the slow part. */
function categorize(features: readonly ProjectFeature[]) {
  const codes = {} as Record<Facet, Uint32Array>;
  const categories = {} as Record<Facet, FacetCategory[]>;
  const codeByKey = {} as Record<Facet, Map<string, number>>;
  for (const facet of FACETS) [codes[facet], categories[facet], codeByKey[facet]] = [new Uint32Array(features.length), [], new Map()];
  features.forEach((feature, position) => {
    for (const facet of FACETS) {
      const values = facetValues[facet](feature);
      const key = keyOf(values);
      let code = codeByKey[facet].get(key);
      if (code === undefined) codeByKey[facet].set(key, (code = categories[facet].push({ key, values }) - 1));
      codes[facet][position] = code;
    }
  });
  return { codes, categories };
}

/** Per facet, whether each of its categories passes the choice there: all do when nothing is chosen. */
export function passingCategoryFlags(index: FacetIndex, filters: Filters): Record<Facet, Uint8Array> {
  const flags = {} as Record<Facet, Uint8Array>;
  for (const facet of FACETS) {
    const chosen = new Set<string>(filters[facet]);
    flags[facet] = Uint8Array.from(index.categories[facet], ({ values }) => (chosen.size === 0 || values.some((value) => chosen.has(value)) ? 1 : 0));
  }
  return flags;
}

/** Per combination, 1 when its projects pass every facet; and how many projects pass. */
export function passingCombinations(index: FacetIndex, filters: Filters): { passes: Uint8Array; passingCount: number } {
  const passing = passingCategoryFlags(index, filters);
  let passingCount = 0;
  const passes = Uint8Array.from(index.combinationSizes, (size, combination) => {
    const passed = FACETS.every((facet) => passing[facet][index.combinationCategories[facet][combination]!] === 1);
    if (passed) passingCount += size;
    return passed ? 1 : 0;
  });
  return { passes, passingCount };
}
