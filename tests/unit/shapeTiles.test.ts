// @vitest-environment node
// Tiles of a large dataset: every shape in one tile, in the given order within it, and the tiles
// near a view found by what their shapes cover.
import { describe, expect, it } from 'vitest';
import { geometryExtent, shapeAnchor } from '../../src/map/geoBounds';
import { TILED_ABOVE, tileDegrees, tileShapes, tilesNearView } from '../../src/map/shapeTiles';

/** Shapes on a grid over 60–80°E, 35–50°N, one per position, with a made-up size to order by. */
const count = TILED_ABOVE * 2;
const longitudeOf = (position: number) => 60 + ((position * 7.31) % 20);
const latitudeOf = (position: number) => 35 + ((position * 3.17) % 15);
const sizeOf = (position: number) => (position * 13) % 101;
const options = {
  extentOf: (position: number) => ({ west: longitudeOf(position), south: latitudeOf(position), east: longitudeOf(position) + 0.5, north: latitudeOf(position) }),
  anchorOf: (position: number) => [longitudeOf(position), latitudeOf(position)] as const,
  order: (a: number, b: number) => sizeOf(b) - sizeOf(a),
};
const positions = Array.from({ length: count }, (_, position) => position);

describe('tileShapes', () => {
  it('keeps a dataset up to TILED_ABOVE shapes as one tile, in the given order', () => {
    const { positions: ordered, tiles } = tileShapes(positions.slice(0, TILED_ABOVE), options);
    expect(tiles).toEqual([{ start: 0, end: TILED_ABOVE, key: '', bounds: { west: 60, south: 35, east: expect.closeTo(80.5, 1), north: expect.closeTo(50, 1) } }]);
    expect(ordered.map(sizeOf)).toEqual(ordered.map(sizeOf).sort((a, b) => b - a));
  });

  it('puts every shape of a larger one in exactly one tile, which covers it, in the given order within a tile', () => {
    const { positions: ordered, tiles } = tileShapes(positions, options);
    expect(new Set(ordered).size).toBe(count);
    expect(tiles.length).toBeGreaterThan(1);
    expect(tiles[0]!.start).toBe(0);
    expect(tiles.at(-1)!.end).toBe(count);
    tiles.forEach((tile, index) => {
      if (index > 0) expect(tile.start).toBe(tiles[index - 1]!.end);
      const members = ordered.slice(tile.start, tile.end);
      expect(members.map(sizeOf)).toEqual(members.map(sizeOf).sort((a, b) => b - a));
      for (const position of members) {
        const extent = options.extentOf(position);
        expect(extent.west).toBeGreaterThanOrEqual(tile.bounds.west);
        expect(extent.east).toBeLessThanOrEqual(tile.bounds.east);
        expect(extent.south).toBeGreaterThanOrEqual(tile.bounds.south);
        expect(extent.north).toBeLessThanOrEqual(tile.bounds.north);
      }
    });
    expect(new Set(tiles.map((tile) => tile.key)).size).toBe(tiles.length);
  });

  it('sizes tiles by a power of two so an average one holds about a thousand shapes', () => {
    const region = { west: 46, south: 35, east: 96, north: 56 };
    expect(tileDegrees(region, 1_000_000)).toBe(1);
    expect(tileDegrees(region, 20_000)).toBe(8);
  });
});

describe('tilesNearView', () => {
  const { tiles } = tileShapes(positions, options);

  it('finds the tiles that reach into the view or a quarter of its size around it, and all without a view', () => {
    expect(tilesNearView(tiles, null)).toBe(tiles);
    const view = { west: 70, south: 40, east: 72, north: 42 };
    const near = tilesNearView(tiles, view);
    expect(near.length).toBeGreaterThan(0);
    expect(near.length).toBeLessThan(tiles.length);
    for (const tile of tiles) {
      const reaches = tile.bounds.east >= 69.5 && tile.bounds.west <= 72.5 && tile.bounds.north >= 39.5 && tile.bounds.south <= 42.5;
      expect(near.includes(tile)).toBe(reaches);
    }
  });
});

describe('shapes', () => {
  it('anchors a point where it is and a route at its middle vertex; a route covers all its vertices', () => {
    expect(shapeAnchor({ type: 'Point', coordinates: [70, 42] })).toEqual([70, 42]);
    const route = { type: 'LineString' as const, coordinates: [[60, 40], [65, 45], [70, 38]] as [number, number][] };
    expect(shapeAnchor(route)).toEqual([65, 45]);
    expect(geometryExtent(route)).toEqual({ west: 60, south: 38, east: 70, north: 45 });
  });
});
