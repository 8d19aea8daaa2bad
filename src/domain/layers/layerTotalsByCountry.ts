// A reference layer's totals by country, for the statistics view beside the speeches' figures: the
// country from the file's own column, else the basemap shape the point lies in.
import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { ReferenceLayer } from './referenceLayer';

export interface LayerCountryTotal {
  /** ISO 3166-1 alpha-2, or null for features in no known country (or not points). */
  country: string | null;
  count: number;
  /** Sum of the stated capacities in MW, and how many features stated one. */
  megawatts: number;
  withCapacity: number;
}

/** Country shapes by alpha-2 code. */
export type CountryShapeIndex = ReadonlyMap<string, Feature<Polygon | MultiPolygon>>;

export function layerTotalsByCountry(layer: ReferenceLayer, shapes: CountryShapeIndex): LayerCountryTotal[] {
  const totals = new Map<string | null, LayerCountryTotal>();
  // booleanPointInPolygon first tests a shape's own bbox: with it, four comparisons rule out most
  // countries, where each polygon test walks every vertex (seconds at 100,000 points).
  const boxed = [...shapes].map(([code, shape]) => [code, shape.bbox === undefined ? { ...shape, bbox: bbox(shape) } : shape] as const);
  for (const feature of layer.features) {
    const { geometry, properties } = feature;
    let country = properties.country;
    if (country === null && geometry.type === 'Point') {
      const position = geometry.coordinates;
      for (const [code, shape] of boxed) {
        if (booleanPointInPolygon(position, shape)) {
          country = code;
          break;
        }
      }
    }
    const total = totals.get(country) ?? { country, count: 0, megawatts: 0, withCapacity: 0 };
    total.count += 1;
    if (properties.capacityMw !== null) {
      total.megawatts += properties.capacityMw;
      total.withCapacity += 1;
    }
    totals.set(country, total);
  }
  // Largest first; the features in no country last.
  return [...totals.values()].sort((a, b) => (a.country === null ? 1 : b.country === null ? -1 : b.count - a.count || b.megawatts - a.megawatts));
}

/** One country's capacity as the speeches state it and as the layer's file maps it, in MW; null where one says nothing. */
export interface CapacityBesideLayer {
  country: string;
  speechesMw: number | null;
  layerMw: number | null;
}

/** The countries either names, the speeches' largest first, then the layer's: for a side-by-side chart. */
export function capacityBesideLayer(speechesMw: ReadonlyMap<string, number>, layerTotals: readonly LayerCountryTotal[]): CapacityBesideLayer[] {
  const rows = new Map<string, CapacityBesideLayer>();
  for (const [country, megawatts] of [...speechesMw].sort((a, b) => b[1] - a[1])) rows.set(country, { country, speechesMw: megawatts, layerMw: null });
  for (const total of layerTotals) {
    if (total.country === null || total.withCapacity === 0) continue;
    const row = rows.get(total.country) ?? { country: total.country, speechesMw: null, layerMw: null };
    rows.set(total.country, { ...row, layerMw: total.megawatts });
  }
  return [...rows.values()];
}
