// A layer's features as the flat arrays deck.gl draws from, and its points placed in Web Mercator
// and a k-d tree for counting them in cells: built where the file is read (a worker for a large
// file) and handed to the page as transferable buffers, so 100,000 points cost the page no object
// per point and no index to build.
import { lngLatToWorld } from '@math.gl/web-mercator';
import type { Position } from 'geojson';
import KDBush from 'kdbush';
import type { ReferenceFeature } from './referenceLayer';

export interface LayerDrawing {
  points: {
    length: number;
    /** Longitude, latitude pairs. */
    positions: Float64Array;
    /** Capacity in MW, NaN where the feature states none. */
    capacities: Float32Array;
    /** The index in the layer's features of the feature each point draws. */
    features: Uint32Array;
  };
  /** Lines and area outlines, each with the index of its feature. */
  paths: { feature: number; path: Position[] }[];
  /**
   * Each point in Web Mercator world units (MapLibre's at zoom 0, 512 wide), and a k-d tree of them
   * (kdbush's buffer, `KDBush.from`), whose ids are the points' indices.
   */
  places: { x: Float64Array; y: Float64Array; tree: ArrayBuffer };
}

function pointPlaces(positions: Float64Array): LayerDrawing['places'] {
  const count = positions.length / 2;
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const tree = new KDBush(count, 64, Float64Array);
  for (let index = 0; index < count; index += 1) {
    const [worldX, worldY] = lngLatToWorld([positions[2 * index]!, positions[2 * index + 1]!]);
    x[index] = worldX;
    y[index] = worldY;
    tree.add(worldX, worldY);
  }
  return { x, y, tree: tree.finish().data as ArrayBuffer };
}

export function layerDrawing(features: readonly ReferenceFeature[]): LayerDrawing {
  const positions: number[] = [];
  const capacities: number[] = [];
  const owners: number[] = [];
  const paths: LayerDrawing['paths'] = [];
  features.forEach(({ geometry, properties }, feature) => {
    const addPoint = ([longitude = 0, latitude = 0]: Position) => {
      positions.push(longitude, latitude);
      capacities.push(properties.capacityMw ?? Number.NaN);
      owners.push(feature);
    };
    const addPaths = (lines: Position[][]) => lines.forEach((path) => paths.push({ feature, path }));
    if (geometry.type === 'Point') addPoint(geometry.coordinates);
    else if (geometry.type === 'MultiPoint') geometry.coordinates.forEach(addPoint);
    else if (geometry.type === 'LineString') addPaths([geometry.coordinates]);
    else if (geometry.type === 'MultiLineString' || geometry.type === 'Polygon') addPaths(geometry.coordinates);
    else if (geometry.type === 'MultiPolygon') geometry.coordinates.forEach(addPaths);
  });
  const pointPositions = Float64Array.from(positions);
  return {
    points: { length: owners.length, positions: pointPositions, capacities: Float32Array.from(capacities), features: Uint32Array.from(owners) },
    paths,
    places: pointPlaces(pointPositions),
  };
}

/** The buffers a worker hands over rather than copies. */
export function drawingBuffers({ points, places }: LayerDrawing): ArrayBuffer[] {
  return [points.positions.buffer, points.capacities.buffer, points.features.buffer, places.x.buffer, places.y.buffer, places.tree] as ArrayBuffer[];
}
