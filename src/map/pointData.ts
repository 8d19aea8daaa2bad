// What a project marker looks like (fill, outline, dash) and the points layer's data: every point's
// position, size and colours in typed arrays, built once per list of points and capacity scale.
import type { Color } from '@deck.gl/core';
import type { MappedProject } from '../data/atlasSchema';
import { projectCapacity } from '../domain/figures/projectCapacity';
import { markerRadius, type CapacityScale } from './markerScale';
import { INK, SECTOR_COLORS, withAlpha, type RGB } from './palette';
import { tileSlice, type PointProject } from './projectShapes';
import type { ShapeTile } from './shapeTiles';
import type { AtlasIndex } from '../vocabulary';

/** A dash array of zeros draws a solid line. */
export const SOLID: readonly [number, number] = [0, 0];
/** Dash and gap of an approximate location's outline, in outline widths. */
export const POINT_DASH: readonly [number, number] = [1.5, 1];
/** Dash and gap of an approximate route, in half route widths. */
export const ROUTE_DASH: readonly [number, number] = [3, 2];
export const ROUTE_WIDTH_PX = 4;

export interface MarkerStyle {
  fill: Color;
  outline: Color;
  outlineWidth: number;
  dash: readonly [number, number];
}

/**
 * Two independent signals: a stated capacity fills the marker (none: hollow, white inside), and an
 * approximate location (city, region or country instead of the site) pales the fill and dashes
 * the outline, like the dashed approximate routes.
 */
export function markerStyle(color: RGB, capacityStated: boolean, approximate: boolean): MarkerStyle {
  const dash = approximate ? POINT_DASH : SOLID;
  if (!capacityStated) return { fill: [255, 255, 255, 235], outline: withAlpha(color, 255), outlineWidth: 3, dash };
  if (approximate) return { fill: withAlpha(color, 110), outline: withAlpha(color, 255), outlineWidth: 2, dash };
  return { fill: withAlpha(color, 240), outline: withAlpha(INK, 220), outlineWidth: 1.5, dash };
}
/** A location taken from a city, region or country rather than the site itself. */
export function isApproximate(project: MappedProject): boolean {
  return project.properties.location.precision !== 'site';
}

/**
 * The points layer's data: each attribute in one typed array, which deck.gl uploads as it is. A
 * million projects cost one loop here instead of an accessor call per project and attribute
 * (measured: 3.2 s of the page's main thread for 200,000 projects that way). `projects` is
 * index-aligned, for picking and for the category filter.
 */
export interface PointLayerData {
  length: number;
  projects: readonly PointProject[];
  attributes: {
    getPosition: { value: Float64Array; size: 2 };
    getRadius: { value: Float32Array; size: 1 };
    getFillColor: { value: Uint8Array; size: 4; normalized: true };
    getLineColor: { value: Uint8Array; size: 4; normalized: true };
    getLineWidth: { value: Float32Array; size: 1 };
    getDashArray: { value: Float32Array; size: 2 };
  };
}

type PointStyleAttributes = Omit<PointLayerData['attributes'], 'getRadius'>;

/** A dataset's points layer data by tile, for the capacity scale it was built with; kept in its AtlasIndex. */
const pointDataByTile = () => new Map<string, { scale: CapacityScale; data: PointLayerData }>();
/** What does not depend on the capacity scale, by tile; kept in the AtlasIndex. */
const pointStyleByTile = () => new Map<string, PointStyleAttributes>();

/**
 * A tile's points layer data, built once per tile and capacity scale (the dataset's, or a reference
 * layer's if larger). A new scale makes new radii only: the other attributes are the same objects,
 * and `sameProjects` tells deck.gl the data is unchanged, so it uploads the radii alone and does not
 * recount the points on the GPU (a pixel read that waits for everything drawn before).
 */
export function tilePointData(dataset: AtlasIndex, tile: ShapeTile, scale: CapacityScale): PointLayerData {
  const kept = dataset.get(pointDataByTile);
  const cached = kept.get(tile.key);
  if (cached?.scale === scale) return cached.data;
  const points = tileSlice(dataset, 'points', tile);
  const styles = dataset.get(pointStyleByTile);
  let style = styles.get(tile.key);
  if (style === undefined) styles.set(tile.key, (style = pointStyleAttributes(points)));
  const data: PointLayerData = { length: points.length, projects: points, attributes: { ...style, getRadius: { value: pointRadii(points, scale), size: 1 } } };
  kept.set(tile.key, { scale, data });
  return data;
}

/** deck.gl's dataComparator for the points layer: the same points are the same data, whatever their radii. */
export const sameProjects = <T>(next: T, previous?: T): boolean => previous !== undefined && projectsIn(next) === projectsIn(previous);
const projectsIn = (data: unknown) => (typeof data === 'object' && data !== null && 'projects' in data ? data.projects : data);

function pointRadii(points: readonly PointProject[], scale: CapacityScale): Float32Array {
  const radii = new Float32Array(points.length);
  // Capacities repeat (50 MW, 100 MW…): each radius is computed once.
  const radiusByCapacity = new Map<number | null, number>();
  points.forEach((point, index) => {
    const megawatts = projectCapacity(point)?.value ?? null;
    let radius = radiusByCapacity.get(megawatts);
    if (radius === undefined) radiusByCapacity.set(megawatts, (radius = markerRadius(megawatts, scale)));
    radii[index] = radius;
  });
  return radii;
}

function pointStyleAttributes(points: readonly PointProject[]): PointStyleAttributes {
  const count = points.length;
  const positions = new Float64Array(count * 2);
  const fills = new Uint8Array(count * 4);
  const outlines = new Uint8Array(count * 4);
  const outlineWidths = new Float32Array(count);
  const dashes = new Float32Array(count * 2);
  points.forEach((point, index) => {
    const stated = (projectCapacity(point)?.value ?? null) !== null;
    const style = markerStyle(SECTOR_COLORS[point.properties.sector], stated, isApproximate(point));
    positions.set(point.geometry.coordinates, index * 2);
    fills.set(style.fill, index * 4);
    outlines.set(style.outline, index * 4);
    outlineWidths[index] = style.outlineWidth;
    dashes.set(style.dash, index * 2);
  });
  return {
    getPosition: { value: positions, size: 2 },
    getFillColor: { value: fills, size: 4, normalized: true },
    getLineColor: { value: outlines, size: 4, normalized: true },
    getLineWidth: { value: outlineWidths, size: 1 },
    getDashArray: { value: dashes, size: 2 },
  };
}
