// A visitor's own file shown beside the forum's projects: its placed features, and every row or
// feature that could not be placed, with the reason (never dropped silently).
import type { Geometry } from 'geojson';
import { layerDrawing, type LayerDrawing } from './layerDrawing';

export interface ReferenceProperties {
  /** Row number in the file (the header is row 1) or feature number (from 1). */
  row: number;
  name: string;
  /** Capacity in MW, converted from kW or GW; null when the file states none. */
  capacityMw: number | null;
  category: string | null;
  /** ISO 3166-1 alpha-2 code from a country column, if the file has one. */
  country: string | null;
  /** The other mapped fields, shown in the tooltip as text. */
  fields: readonly (readonly [string, string])[];
}

export interface ReferenceFeature {
  type: 'Feature';
  geometry: Geometry;
  properties: ReferenceProperties;
}

export type PlacementReason =
  | 'noLatitude'
  | 'noLongitude'
  | 'latitudeNotNumber'
  | 'longitudeNotNumber'
  | 'latitudeOutOfRange'
  | 'longitudeOutOfRange'
  | 'capacityNotNumber'
  | 'noGeometry'
  | 'invalidGeometry'
  | 'raggedRow'
  | 'unbalancedQuotes';

/** Why one row (or GeoJSON feature) is not on the map. */
export interface PlacementProblem {
  /** "row" in a table, "feature" in GeoJSON. */
  unit: 'row' | 'feature';
  number: number;
  reason: PlacementReason;
  /** The offending value or detail, shown as text. */
  detail?: string;
}

export interface ReferenceLayer {
  fileName: string;
  features: ReferenceFeature[];
  problems: PlacementProblem[];
  drawing: LayerDrawing;
}

/** A layer of the features placed and the problems met, with what deck.gl draws. */
export function placedLayer(fileName: string, features: ReferenceFeature[], problems: PlacementProblem[]): ReferenceLayer {
  return { fileName, features, problems, drawing: layerDrawing(features) };
}

/** The largest capacity in MW the layer maps, or 0. */
export function largestLayerCapacity(layer: ReferenceLayer): number {
  return layer.features.reduce((max, feature) => Math.max(max, feature.properties.capacityMw ?? 0), 0);
}
