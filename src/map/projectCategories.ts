// The visitor's filters as deck.gl category filters, so a filter change updates a uniform on the
// GPU instead of rebuilding and re-uploading the layers' data.
//
// Each project gets one category per facet: the set of values it has there ("KZ|TM|UZ" for a
// pipeline, "" for a project naming no builder). A category passes when no value is chosen in its
// facet or one of its values is chosen: exactly filterProjects' rule, decided per category rather
// than per project.
import { FACETS, facetIndex, passingCategoryFlags, type Facet, type FacetCategory } from '../domain/filters/facetIndex';
import type { AtlasIndex, Filters } from '../vocabulary';

/**
 * deck.gl's category filter keeps a 128-bit mask: with three facets, 32 categories each. A facet
 * with more (a dataset with many builders) falls back to two categories, chosen or not, which are
 * recomputed on the CPU when that facet's choice changes.
 */
export const MAX_CATEGORIES_PER_FACET = 32;

const IN = 'in';
const OUT = 'out';

/** Per facet, every category with the values it stands for. */
export type ProjectCategories = Record<Facet, readonly FacetCategory[]>;

/** The categories of a dataset's projects: the filters' index has them, computed once per dataset. */
export function projectCategories(dataset: AtlasIndex): ProjectCategories {
  return dataset.get(facetIndex).categories;
}

/** Too many categories for the GPU mask: filter as chosen / not chosen. */
const overflows = (categories: readonly FacetCategory[]) => categories.length > MAX_CATEGORIES_PER_FACET;

const isChosen = (values: readonly string[], chosen: readonly string[]) => chosen.length === 0 || values.some((value) => chosen.includes(value));

/**
 * deck.gl's getFilterCategory, by a project's position in the dataset: one category per facet, in
 * FACETS order (country, sector, builder). Decided once per combination of categories, so no
 * project's values are read again.
 */
export function categoriesAtPosition(dataset: AtlasIndex, filters: Filters): (position: number) => string[] {
  const index = dataset.get(facetIndex);
  const passing = passingCategoryFlags(index, filters);
  const byCombination = Array.from(index.combinationSizes, (_, combination) =>
    FACETS.map((facet) => {
      const category = index.combinationCategories[facet][combination] ?? 0;
      if (!overflows(index.categories[facet])) return index.categories[facet][category]?.key ?? '';
      return passing[facet][category] === 1 ? IN : OUT;
    }),
  );
  return (position) => byCombination[index.combinationOf[position] ?? 0] ?? [];
}

/** A dataset's last answer, kept in its AtlasIndex: the same filters give the same array. */
const lastPassing = (): { filters: Filters | null; passing: string[][] } => ({ filters: null, passing: [] });

/**
 * deck.gl's filterCategories: per facet, the categories that pass the visitor's filters. The same
 * array while the filters stay, because a new one makes deck.gl recount the markers with a pixel
 * read that waits for the GPU to finish drawing (seconds under a 100,000-point reference layer in
 * software rendering).
 */
export function passingCategories(dataset: AtlasIndex, filters: Filters): string[][] {
  const last = dataset.get(lastPassing);
  if (last.filters === filters) return last.passing;
  const categories = projectCategories(dataset);
  last.passing = FACETS.map((facet) => {
    if (overflows(categories[facet])) return [IN];
    return categories[facet].filter(({ values }) => isChosen(values, filters[facet])).map(({ key }) => key);
  });
  last.filters = filters;
  return last.passing;
}

/**
 * What must change for getFilterCategory to be recomputed: nothing, unless a facet overflowed, in
 * which case its choice.
 */
export function categoryUpdateTrigger(categories: ProjectCategories, filters: Filters): string[][] {
  return FACETS.filter((facet) => overflows(categories[facet])).map((facet) => filters[facet]);
}
