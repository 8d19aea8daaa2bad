// The projects as shapes to draw: points and routes split apart, ordered and cut into tiles near
// which the map draws (shapeTiles.ts), built once per dataset; and each tile's share of them.
import { isMapped, type MappedProject, type ProjectFeature, type ProjectGeometry } from '../data/atlasSchema';
import { projectCapacity } from '../domain/figures/projectCapacity';
import { geometryExtent, shapeAnchor, type Bounds } from './geoBounds';
import { tileShapes, tilesNearView, type ShapeTile } from './shapeTiles';

/** One marker: a Point project, or one point of a MultiPoint project (the same id and properties). */
export type PointProject = MappedProject & { geometry: Extract<ProjectGeometry, { type: 'Point' }> };
export type RouteProject = MappedProject & { geometry: Extract<ProjectGeometry, { type: 'LineString' }> };

export interface ProjectShapes {
  /** Tile by tile (shapeTiles.ts), largest capacity first within a tile, so smaller markers are drawn (and picked) on top of larger ones. */
  points: PointProject[];
  routes: RouteProject[];
  /** Each point's and route's project's position in the list split, for what is indexed by it (the filter categories). */
  pointPositions: Uint32Array;
  routePositions: Uint32Array;
  pointTiles: ShapeTile[];
  routeTiles: ShapeTile[];
}

const shapesCache = new WeakMap<readonly ProjectFeature[], ProjectShapes>();

/** Splits projects into points and routes, leaving out those without a place; the same list always yields the same arrays. */
export function projectShapes(features: readonly ProjectFeature[]): ProjectShapes {
  const cached = shapesCache.get(features);
  if (cached) return cached;
  const shapes = splitShapes(features);
  shapesCache.set(features, shapes);
  return shapes;
}

/** Splits projects into points and routes, ordered and tiled (not kept: see projectShapes). */
export function splitShapes(features: readonly ProjectFeature[]): ProjectShapes {
  // Markers and routes are numbered on their own, each with its project's position: a MultiPoint
  // project has one marker per point, all at its position; a project without a place has none.
  const markers: PointProject[] = [];
  const markerPositions: number[] = [];
  const lines: RouteProject[] = [];
  const linePositions: number[] = [];
  features.forEach((feature, position) => {
    if (!isMapped(feature)) return;
    const { geometry } = feature;
    // The geometry's discriminant narrows it; TypeScript cannot carry that narrowing to the containing feature.
    if (geometry.type === 'LineString') {
      lines.push(feature as RouteProject);
      linePositions.push(position);
      return;
    }
    for (const coordinates of geometry.type === 'Point' ? [geometry.coordinates] : geometry.coordinates) {
      markers.push(geometry.type === 'Point' ? (feature as PointProject) : { ...feature, geometry: { type: 'Point', coordinates } });
      markerPositions.push(position);
    }
  });
  // Each capacity read once, not twice per comparison: a million points make twenty million comparisons.
  const capacities = Float64Array.from(markers, (marker) => projectCapacity(marker)?.value ?? -1);
  const shapesOf = (shapes: readonly MappedProject[]) => ({
    extentOf: (index: number) => geometryExtent(shapes[index]!.geometry),
    anchorOf: (index: number) => shapeAnchor(shapes[index]!.geometry),
  });
  const points = tileShapes(Array.from(markers.keys()), { ...shapesOf(markers), order: (a, b) => capacities[b]! - capacities[a]! });
  const routes = tileShapes(Array.from(lines.keys()), { ...shapesOf(lines), order: (a, b) => a - b });
  return {
    points: points.positions.map((index) => markers[index]!),
    routes: routes.positions.map((index) => lines[index]!),
    pointPositions: Uint32Array.from(points.positions, (index) => markerPositions[index]!),
    routePositions: Uint32Array.from(routes.positions, (index) => linePositions[index]!),
    pointTiles: points.tiles,
    routeTiles: routes.tiles,
  };
}
const tileSliceCache = new WeakMap<readonly unknown[], Map<string, readonly unknown[]>>();

/**
 * A tile's share of the points or routes, the same array each time it is asked for: its layer data
 * (and the points' typed arrays) are built the first time the tile is near the view, and kept.
 */
export function tileSlice<T>(items: readonly T[], tile: ShapeTile): readonly T[] {
  if (tile.start === 0 && tile.end === items.length) return items;
  const tiles = tileSliceCache.get(items) ?? new Map<string, readonly unknown[]>();
  tileSliceCache.set(items, tiles);
  const slice = tiles.get(tile.key) ?? items.slice(tile.start, tile.end);
  tiles.set(tile.key, slice);
  // Stored as unknown[] beside other lists; this one was made from `items`.
  return slice as readonly T[];
}
/** How many markers (points and routes, shown or not) the tiles near the view hold: what drawing them costs. */
export function markersNearView(features: readonly ProjectFeature[], view: Bounds): number {
  const { pointTiles, routeTiles } = projectShapes(features);
  return [...tilesNearView(pointTiles, view), ...tilesNearView(routeTiles, view)].reduce((sum, tile) => sum + tile.end - tile.start, 0);
}
