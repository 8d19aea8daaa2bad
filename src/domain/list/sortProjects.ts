// Orders of the project list. Pure, so the list component only renders what this returns.
//
// Sorting a million names in the visitor's collation takes about a second, too long for every filter
// change: a dataset's order is computed once per sort and language (kept in its AtlasIndex as
// `datasetOrders`), and the projects the filters leave are read off it in one pass.
import type { ProjectFeature } from '../../data/atlasSchema';
import { projectCapacity } from '../figures/projectCapacity';
import type { Language } from '../../vocabulary';

export type ProjectSortKey = 'name' | 'capacity';
export type SortDirection = 'ascending' | 'descending';
export interface ProjectSort {
  key: ProjectSortKey;
  direction: SortDirection;
}

/**
 * `shown` sorted. Names compare in the visitor's language and collation (pinyin for zh). Capacities
 * compare by value (every capacity in the dataset is in MW); projects without a stated capacity
 * come last in both directions, by name, and equal capacities fall back to name order too. Equal
 * names keep their order in `shown`.
 *
 * `shown` must be taken from `dataset` in the dataset's order, as filterProjects returns it; the
 * dataset's order is kept in `orders` for the next call.
 */
export function sortProjects(
  shown: readonly ProjectFeature[],
  sort: ProjectSort,
  language: Language,
  dataset: readonly ProjectFeature[] = shown,
  orders: DatasetOrders = datasetOrders(),
): ProjectFeature[] {
  const order = datasetOrder(dataset, orders, sort, language);
  const isShown = shownFlags(dataset, shown);
  if (shown.length === dataset.length) return order.features.slice();
  // Reads the order front to back, so the only random reads are in the small flags array.
  const sorted = new Array<ProjectFeature>(shown.length);
  let next = 0;
  order.positions.forEach((position, rank) => {
    if (isShown[position] === 1) sorted[next++] = order.features[rank]!;
  });
  return sorted;
}

/** 1 at each position of `dataset` that `shown` has: one walk, since `shown` keeps the dataset's order. */
function shownFlags(dataset: readonly ProjectFeature[], shown: readonly ProjectFeature[]): Uint8Array {
  const flags = new Uint8Array(dataset.length);
  let next = 0;
  for (let position = 0; position < dataset.length && next < shown.length; position += 1) {
    if (dataset[position] !== shown[next]) continue;
    flags[position] = 1;
    next += 1;
  }
  if (next < shown.length) throw new Error('sortProjects: the shown projects must be taken from the dataset, in its order');
  return flags;
}

interface DatasetOrder {
  /** Positions in the dataset, in order. */
  positions: Uint32Array;
  /** The projects at those positions. */
  features: ProjectFeature[];
}

/** A dataset's orders by sort and language, each computed when first asked for. */
export type DatasetOrders = Map<string, DatasetOrder>;

/** None computed yet: a dataset's AtlasIndex keeps what `data.index.get(datasetOrders)` gives. */
export function datasetOrders(): DatasetOrders {
  return new Map();
}

function datasetOrder(dataset: readonly ProjectFeature[], orders: DatasetOrders, sort: ProjectSort, language: Language): DatasetOrder {
  const key = `${sort.key} ${sort.direction} ${language}`;
  let order = orders.get(key);
  if (order === undefined) {
    const positions = computeOrder(dataset, orders, sort, language);
    orders.set(key, (order = { positions, features: Array.from(positions, (position) => dataset[position]!) }));
  }
  return order;
}

/** Every order is the name order regrouped (stably) by name or capacity, so only names are compared. */
function computeOrder(dataset: readonly ProjectFeature[], orders: DatasetOrders, { key, direction }: ProjectSort, language: Language): Uint32Array {
  if (key === 'name' && direction === 'ascending') return nameOrder(dataset, language);
  const byName = datasetOrder(dataset, orders, { key: 'name', direction: 'ascending' }, language);
  if (key === 'name') return stableBucketSort(byName.positions, descendingNameBuckets(byName, language));
  return stableBucketSort(byName.positions, capacityBuckets(dataset, direction));
}

/** Names A–Z in the collation; equal names in dataset order, as a stable sort leaves them. */
function nameOrder(dataset: readonly ProjectFeature[], language: Language): Uint32Array {
  const collator = new Intl.Collator(language);
  const names = dataset.map((feature) => feature.properties.name[language]);
  return Uint32Array.from(names.map((_, position) => position).sort((a, b) => collator.compare(names[a]!, names[b]!)));
}

interface Buckets {
  /** Per dataset position, its bucket: lower buckets come first. */
  of: Uint32Array;
  count: number;
}

/** Runs of equal names (equal in the collation) from last to first, so Z–A keeps equal names in order. */
function descendingNameBuckets(byName: DatasetOrder, language: Language): Buckets {
  const collator = new Intl.Collator(language);
  const name = (rank: number) => byName.features[rank]!.properties.name[language];
  const run = new Uint32Array(byName.positions.length);
  let runs = 0;
  byName.positions.forEach((position, rank) => {
    if (rank === 0 || collator.compare(name(rank - 1), name(rank)) !== 0) runs += 1;
    run[position] = runs - 1;
  });
  return { of: run.map((index) => runs - 1 - index), count: runs };
}

/** One bucket per stated capacity, in the direction asked, then one for the projects stating none. */
function capacityBuckets(dataset: readonly ProjectFeature[], direction: SortDirection): Buckets {
  const capacities = Float64Array.from(dataset, (feature) => projectCapacity(feature)?.value ?? Number.NaN);
  const distinct = [...new Set(capacities.filter((capacity) => !Number.isNaN(capacity)))].sort((a, b) => (direction === 'ascending' ? a - b : b - a));
  const bucketOf = new Map(distinct.map((capacity, bucket) => [capacity, bucket]));
  const unstated = distinct.length;
  return { of: Uint32Array.from(capacities, (capacity) => bucketOf.get(capacity) ?? unstated), count: distinct.length + 1 };
}

/** `order` grouped by bucket, lowest first, keeping its order within a bucket (a counting sort). */
function stableBucketSort(order: Uint32Array, buckets: Buckets): Uint32Array {
  const next = new Uint32Array(buckets.count + 1);
  for (const position of order) next[buckets.of[position]! + 1]! += 1;
  for (let bucket = 1; bucket <= buckets.count; bucket += 1) next[bucket]! += next[bucket - 1]!;
  const sorted = new Uint32Array(order.length);
  for (const position of order) sorted[next[buckets.of[position]!]!++] = position;
  return sorted;
}
