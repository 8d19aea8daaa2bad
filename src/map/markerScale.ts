// The capacity scale that sizes markers (area proportional to MW) and the legend's steps on it:
// shared by the marker layers, the legend and the reference layers, so every circle reads the same.
import { scaleSqrt, type ScalePower } from 'd3-scale';
import type { ProjectFeature } from '../data/atlasSchema';
import { projectCapacity } from '../domain/figures/projectCapacity';

/** Radius of the largest capacity in the dataset; every other radius follows from area ∝ MW. */
export const MAX_RADIUS_PX = 20;
/** Size of a marker whose project states no capacity; it is hollow, so it does not read as a quantity. */
export const NEUTRAL_RADIUS_PX = 6;
/**
 * The smallest filled marker: a stated capacity, however small, is drawn larger than the hollow
 * ring of no capacity (whose 3 px outline reaches 1.5 px past its radius), so it never reads as less.
 */
export const MIN_CAPACITY_RADIUS_PX = NEUTRAL_RADIUS_PX + 2;

export type CapacityScale = ScalePower<number, number>;

/**
 * Radius in pixels for a capacity in MW: area proportional to MW, fixed by the dataset's largest
 * capacity, or a reference layer's (`otherLargest`) if larger, so both share one scale. Its domain
 * ends at 0 when nothing states a capacity in MW: nothing is sized by it then.
 */
export function createCapacityScale(projects: readonly ProjectFeature[], otherLargest = 0): CapacityScale {
  // A loop, not Math.max(...spread): a spread of a million arguments overflows the call stack.
  const largest = projects.reduce((max, project) => Math.max(max, projectCapacity(project)?.value ?? 0), otherLargest);
  return scaleSqrt().domain([0, largest]).range([0, MAX_RADIUS_PX]);
}

/** The largest capacity in MW the scale was made for; 0 when the dataset states none. */
const largestCapacity = (scale: CapacityScale) => scale.domain()[1] ?? 0;

/** Radius in pixels for a stated capacity in MW (at least the smallest filled size), or the neutral size when none is stated. */
export function markerRadius(megawatts: number | null, scale: CapacityScale): number {
  return megawatts === null ? NEUTRAL_RADIUS_PX : Math.max(MIN_CAPACITY_RADIUS_PX, scale(megawatts));
}

/** About this many round ticks are asked of the scale; the legend draws three of them. */
const LEGEND_TICKS = 5;

/**
 * Legend steps from the scale's own round ticks (d3 `ticks`, 0 left out): the smallest, the middle one
 * and the largest, which is within a quarter of the largest capacity. None when the dataset states
 * no capacity in MW.
 */
export function legendCapacities(scale: CapacityScale): number[] {
  if (largestCapacity(scale) === 0) return [];
  const ticks = scale.ticks(LEGEND_TICKS).filter((tick) => tick > 0);
  return [...new Set([ticks[0]!, ticks[Math.floor((ticks.length - 1) / 2)]!, ticks.at(-1)!])];
}
