// Boxes in longitude and latitude: what a shape covers, where it is anchored, and a view's boxes
// with the world wrapped, for deciding what is near the view.
import type { ProjectGeometry } from '../data/atlasSchema';

export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** Where a shape is counted and tiled: a point where it is, a route (or a MultiPoint) at its middle vertex. */
export function shapeAnchor(geometry: ProjectGeometry): readonly [number, number] {
  return geometry.type === 'Point' ? geometry.coordinates : geometry.coordinates[geometry.coordinates.length >> 1]!;
}

/** The box a shape covers. A loop, not Math.min(...spread), whatever the number of vertices. */
export function geometryExtent(geometry: ProjectGeometry): Bounds {
  if (geometry.type === 'Point') {
    const [longitude, latitude] = geometry.coordinates;
    return { west: longitude, south: latitude, east: longitude, north: latitude };
  }
  const extent = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  for (const [longitude, latitude] of geometry.coordinates) {
    extent.west = Math.min(extent.west, longitude);
    extent.east = Math.max(extent.east, longitude);
    extent.south = Math.min(extent.south, latitude);
    extent.north = Math.max(extent.north, latitude);
  }
  return extent;
}

/**
 * A view as boxes within -180…180°. MapLibre's bounds are not wrapped: a view panned across the
 * antimeridian, or onto a copy of the world, reaches past ±180°; the projects there are the same.
 */
export function viewBoxes({ west, south, east, north }: Bounds): Bounds[] {
  if (east - west >= 360) return [{ west: -180, south, east: 180, north }];
  const shift = Math.floor((west + 180) / 360) * 360;
  const [from, to] = [west - shift, east - shift];
  if (to <= 180) return [{ west: from, south, east: to, north }];
  return [
    { west: from, south, east: 180, north },
    { west: -180, south, east: to - 360, north },
  ];
}

/** The view grown by `margin` of its size on each side. */
export function widened(view: Bounds, margin: number): Bounds {
  const [width, height] = [(view.east - view.west) * margin, (view.north - view.south) * margin];
  return { west: view.west - width, south: view.south - height, east: view.east + width, north: view.north + height };
}

export const intersects = (a: Bounds, b: Bounds) => a.east >= b.west && a.west <= b.east && a.north >= b.south && a.south <= b.north;
