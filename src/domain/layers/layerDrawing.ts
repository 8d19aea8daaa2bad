// A layer's features as the flat arrays deck.gl draws from: built where the file is read (a worker
// for a large file) and handed to the page as transferable buffers, so 100,000 points cost the page
// no object per point.
import type { Position } from 'geojson';
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
  return {
    points: { length: owners.length, positions: Float64Array.from(positions), capacities: Float32Array.from(capacities), features: Uint32Array.from(owners) },
    paths,
  };
}

/** The buffers a worker hands over rather than copies. */
export function drawingBuffers({ points }: LayerDrawing): ArrayBuffer[] {
  return [points.positions.buffer, points.capacities.buffer, points.features.buffer] as ArrayBuffer[];
}
