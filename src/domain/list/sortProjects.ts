// Orders of the project list. Pure, so the list component only renders what this returns.
import type { ProjectFeature } from '../../data/atlasSchema';
import type { Language } from '../../state/viewState';
import { projectCapacity } from '../figures/projectCapacity';

export type ProjectSortKey = 'name' | 'capacity';
export type SortDirection = 'ascending' | 'descending';
export interface ProjectSort {
  key: ProjectSortKey;
  direction: SortDirection;
}

/**
 * A sorted copy. Names compare in the visitor's language and collation (pinyin for zh). Capacities
 * compare by value (every capacity in the dataset is in MW); projects without a stated capacity
 * come last in both directions, by name, and equal capacities fall back to name order too.
 */
export function sortProjects(features: readonly ProjectFeature[], sort: ProjectSort, language: Language): ProjectFeature[] {
  const collator = new Intl.Collator(language);
  const byName = (a: ProjectFeature, b: ProjectFeature) => collator.compare(a.properties.name[language], b.properties.name[language]);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  if (sort.key === 'name') return [...features].sort((a, b) => sign * byName(a, b));
  return [...features].sort((a, b) => {
    const capacityA = projectCapacity(a)?.value ?? null;
    const capacityB = projectCapacity(b)?.value ?? null;
    if (capacityA === null && capacityB === null) return byName(a, b);
    if (capacityA === null) return 1;
    if (capacityB === null) return -1;
    return sign * (capacityA - capacityB) || byName(a, b);
  });
}
