// Large datasets are drawn in tiles: the projects are ordered tile by tile, each tile's slice of
// the layer data is built once, and only the tiles near the view become layers. A layer costs its
// every instance each frame (on software WebGL, tens of microseconds each, in view or not), so a
// close view of a million projects draws the few thousand around it instead of all of them.
import { intersects, union, viewBoxes, widened, type Bounds } from './geoBounds';

/** At most this many shapes (points, or routes) are drawn as one layer; more are tiled. */
export const TILED_ABOVE = 10_000;
/** Tiles are sized so that an average one holds about this many shapes: a close view draws a few tiles, the thousands around it. */
const SHAPES_PER_TILE = 1_000;
/** Tiles near the view are drawn too, a quarter of the view's size on each side, so a short pan finds them drawn. */
const VIEW_MARGIN = 0.25;

export interface ShapeTile {
  /** Start and end (exclusive) of its shapes in the tiled order. */
  start: number;
  end: number;
  /** What its shapes cover, for deciding whether it is near the view. */
  bounds: Bounds;
  /** Names its layers: '' for a dataset drawn as one tile. */
  key: string;
}

export interface TiledShapes {
  /** The positions given, ordered tile by tile, in `order` within a tile. */
  positions: number[];
  tiles: ShapeTile[];
}

/** Side of a square tile in degrees: a power of two, so that an average tile holds about SHAPES_PER_TILE shapes. */
export function tileDegrees(extent: Bounds, count: number): number {
  const area = Math.max((extent.east - extent.west) * (extent.north - extent.south), 1);
  return 2 ** Math.round(Math.log2(Math.sqrt((area * SHAPES_PER_TILE) / count)));
}

/**
 * Orders shapes tile by tile (by the tile their anchor falls in) and `order` within a tile. Up to
 * TILED_ABOVE shapes make one tile, in `order`. Positions index the dataset, and what is kept per
 * position is in typed arrays: a million shapes are sorted here.
 */
export function tileShapes(
  positions: readonly number[],
  { extentOf, anchorOf, order }: { extentOf: (position: number) => Bounds; anchorOf: (position: number) => readonly [number, number]; order: (a: number, b: number) => number },
): TiledShapes {
  if (positions.length <= TILED_ABOVE) {
    const ordered = [...positions].sort(order);
    const bounds = ordered.map(extentOf).reduce(union, { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity });
    return { positions: ordered, tiles: ordered.length === 0 ? [] : [{ start: 0, end: ordered.length, bounds, key: '' }] };
  }
  const size = positions.reduce((max, position) => Math.max(max, position + 1), 0);
  const extents = new Float64Array(size * 4);
  let all: Bounds = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  for (const position of positions) {
    const extent = extentOf(position);
    extents.set([extent.west, extent.south, extent.east, extent.north], position * 4);
    all = union(all, extent);
  }
  const side = tileDegrees(all, positions.length);
  // Tiles numbered row by row over the whole globe, so the numbers sort as the tiles do.
  const columns = Math.ceil(360 / side) + 1;
  const tileOf = new Float64Array(size);
  for (const position of positions) {
    const [longitude, latitude] = anchorOf(position);
    tileOf[position] = Math.floor((latitude + 90) / side) * columns + Math.floor((longitude + 180) / side);
  }
  const ordered = [...positions].sort((a, b) => tileOf[a]! - tileOf[b]! || order(a, b));
  const tiles: ShapeTile[] = [];
  ordered.forEach((position, index) => {
    const key = String(tileOf[position]);
    const [west = 0, south = 0, east = 0, north = 0] = extents.subarray(position * 4, position * 4 + 4);
    const last = tiles.at(-1);
    if (last?.key === key) {
      last.end = index + 1;
      last.bounds = union(last.bounds, { west, south, east, north });
    } else tiles.push({ start: index, end: index + 1, bounds: { west, south, east, north }, key });
  });
  return { positions: ordered, tiles };
}

/** The tiles near the view; all of them when the view is not known yet. */
export function tilesNearView(tiles: readonly ShapeTile[], view: Bounds | null): readonly ShapeTile[] {
  if (view === null) return tiles;
  const near = viewBoxes(widened(view, VIEW_MARGIN));
  return tiles.filter(({ bounds }) => near.some((box) => intersects(bounds, box)));
}
