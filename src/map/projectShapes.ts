// The projects as shapes to draw: points and routes split apart, ordered and cut into tiles near
// which the map draws (shapeTiles.ts), built once per dataset; and each tile's share of them.
import { isMapped, type MappedProject, type ProjectFeature, type ProjectGeometry } from '../data/atlasSchema';
import { projectCapacity } from '../domain/figures/projectCapacity';
import { geometryExtent, shapeAnchor, type Bounds } from './geoBounds';
import { tileShapes, tilesNearView, type ShapeTile } from './shapeTiles';
import type { AtlasIndex } from '../vocabulary';

/** One marker: a Point project, or one point of a MultiPoint project (the same id and properties). */
export type PointProject = MappedProject & { geometry: Extract<ProjectGeometry, { type: 'Point' }> };
export type RouteProject = MappedProject & { geometry: Extract<ProjectGeometry, { type: 'LineString' }> };

export interface ProjectShapes {
  /** Tile by tile (shapeTiles.ts), largest capacity first within a tile, so smaller markers are drawn (and picked) on top of larger ones. */
  points: readonly PointProject[];
  routes: readonly RouteProject[];
  /** Each point's and route's project's position in the list split, for what is indexed by it (the filter categories). */
  pointPositions: Uint32Array;
  routePositions: Uint32Array;
  pointTiles: ShapeTile[];
  routeTiles: ShapeTile[];
}

/**
 * Splits projects into points and routes, leaving out those without a place. A dataset's are built
 * once and kept in its AtlasIndex (`dataset.get(projectShapes)`), so they are always the same arrays.
 */
export function projectShapes(features: readonly ProjectFeature[]): ProjectShapes {
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
type Shape = 'points' | 'routes';

/** A dataset's tile slices by shape and tile key, kept in its AtlasIndex. */
const tileSlices = () => new Map<string, readonly MappedProject[]>();

/**
 * A tile's share of a dataset's points or routes, the same array each time it is asked for: its
 * layer data (and the points' typed arrays) are built the first time the tile is near the view, and kept.
 */
export function tileSlice<S extends Shape>(dataset: AtlasIndex, shape: S, tile: ShapeTile): ProjectShapes[S] {
  const items = dataset.get(projectShapes)[shape];
  if (tile.start === 0 && tile.end === items.length) return items;
  const slices = dataset.get(tileSlices);
  const key = `${shape} ${tile.key}`;
  const slice = slices.get(key) ?? items.slice(tile.start, tile.end);
  slices.set(key, slice);
  // Stored beside the other shape's slices; this one was cut from `items`.
  return slice as ProjectShapes[S];
}
/** How many markers (points and routes, shown or not) the tiles near the view hold: what drawing them costs. */
export function markersNearView(dataset: AtlasIndex, view: Bounds): number {
  const { pointTiles, routeTiles } = dataset.get(projectShapes);
  return [...tilesNearView(pointTiles, view), ...tilesNearView(routeTiles, view)].reduce((sum, tile) => sum + tile.end - tile.start, 0);
}
