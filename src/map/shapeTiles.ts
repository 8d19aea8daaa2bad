// Large datasets are drawn in tiles: the projects are ordered tile by tile, each tile's slice of
// the layer data is built once, and only the tiles near the view become layers. A layer costs its
// every instance each frame (on software WebGL, tens of microseconds each, in view or not), so a
// close view of a million projects draws the few thousand around it instead of all of them.
import { intersects, viewBoxes, widened, type Bounds } from './geoBounds';

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
 * TILED_ABOVE shapes make one tile, keyed ''. Positions index the dataset, and what is kept per
 * position is in typed arrays: a million shapes are sorted here.
 */
export function tileShapes(
  positions: readonly number[],
  { extentOf, anchorOf, order }: { extentOf: (position: number) => Bounds; anchorOf: (position: number) => readonly [number, number]; order: (a: number, b: number) => number },
): TiledShapes {
  const size = positions.reduce((max, position) => Math.max(max, position + 1), 0);
  const extents = new Float64Array(size * 4);
  const all = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  for (const position of positions) {
    const { west, south, east, north } = extentOf(position);
    extents[position * 4] = west;
    extents[position * 4 + 1] = south;
    extents[position * 4 + 2] = east;
    extents[position * 4 + 3] = north;
    all.west = Math.min(all.west, west);
    all.south = Math.min(all.south, south);
    all.east = Math.max(all.east, east);
    all.north = Math.max(all.north, north);
  }
  const tiled = positions.length > TILED_ABOVE;
  const side = tiled ? tileDegrees(all, positions.length) : 0;
  // Tiles numbered row by row over the whole globe, so the numbers sort as the tiles do; each
  // shape's tile is kept by the order its tile was first met, and counted.
  const columns = tiled ? Math.ceil(360 / side) + 1 : 1;
  const tileNumberOf = (longitude: number, latitude: number) => (tiled ? Math.floor((latitude + 90) / side) * columns + Math.floor((longitude + 180) / side) : 0);
  const metOrder = new Map<number, number>();
  const tileNumbers: number[] = [];
  const tileOf = new Uint32Array(size);
  const tileSizes: number[] = [];
  for (const position of positions) {
    const number = tileNumberOf(...anchorOf(position));
    let met = metOrder.get(number);
    if (met === undefined) {
      metOrder.set(number, (met = tileNumbers.length));
      tileNumbers.push(number);
      tileSizes.push(0);
    }
    tileOf[position] = met;
    tileSizes[met]! += 1;
  }
  // Sorted once in `order`, then dealt into their tiles in that order (a stable counting sort):
  // faster than a sort per tile, which typed arrays make slow.
  const tiles: ShapeTile[] = [];
  const next = new Uint32Array(tileNumbers.length);
  let start = 0;
  for (const met of tileNumbers.map((_, met) => met).sort((a, b) => tileNumbers[a]! - tileNumbers[b]!)) {
    next[met] = start;
    const end = start + tileSizes[met]!;
    tiles.push({ start, end, bounds: { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity }, key: tiled ? String(tileNumbers[met]) : '' });
    start = end;
  }
  const ordered = new Uint32Array(positions.length);
  for (const position of [...positions].sort(order)) ordered[next[tileOf[position]!]!++] = position;
  for (const tile of tiles) {
    const { bounds } = tile;
    for (let index = tile.start; index < tile.end; index += 1) {
      const at = ordered[index]! * 4;
      bounds.west = Math.min(bounds.west, extents[at]!);
      bounds.south = Math.min(bounds.south, extents[at + 1]!);
      bounds.east = Math.max(bounds.east, extents[at + 2]!);
      bounds.north = Math.max(bounds.north, extents[at + 3]!);
    }
  }
  return { positions: Array.from(ordered), tiles };
}

/** The tiles near the view; all of them when the view is not known yet. */
export function tilesNearView(tiles: readonly ShapeTile[], view: Bounds | null): readonly ShapeTile[] {
  if (view === null) return tiles;
  const near = viewBoxes(widened(view, VIEW_MARGIN));
  return tiles.filter(({ bounds }) => near.some((box) => intersects(bounds, box)));
}
