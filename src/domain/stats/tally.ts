// Statistics gathered one item at a time. With a million shown projects, what costs is reaching each
// project in memory, far more than what is done with it: so the statistics view gathers all its
// statistics side by side in one pass over the projects (filterStatistics), and each function that
// gives one statistic alone runs its tally by itself (`tallied`).

export interface Tally<Item, Result> {
  /** index: the item's place among those fed, counting from 0. */
  add(item: Item, index: number): void;
  result(): Result;
}

/** Feeds the items, in order, to the tally and returns what it gathered. */
export function tallied<Item, Result>(items: readonly Item[], tally: Tally<Item, Result>): Result {
  items.forEach((item, index) => tally.add(item, index));
  return tally.result();
}

/** Appends the item to the list under the key, starting that list if it is the first. */
export function appendTo<Key, Item>(lists: Map<Key, Item[]>, key: Key, item: Item): void {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [item]);
  else list.push(item);
}
