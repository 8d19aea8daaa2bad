// Country shapes from Natural Earth (world-atlas), keyed by ISO alpha-2: used to check
// placements and to ship the offline basemap.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

const require = createRequire(import.meta.url);
export const COUNTRIES_TOPOLOGY_PATH = require.resolve('world-atlas/countries-50m.json');

export function readCountriesTopology(): Topology<{ countries: GeometryCollection }> {
  return JSON.parse(readFileSync(COUNTRIES_TOPOLOGY_PATH, 'utf8')) as Topology<{ countries: GeometryCollection }>;
}

export function countryShapesByAlpha2(): Map<string, Feature<Polygon | MultiPolygon>> {
  const topology = readCountriesTopology();
  const collection = feature(topology, topology.objects.countries);
  const shapes = new Map<string, Feature<Polygon | MultiPolygon>>();
  for (const shape of collection.features) {
    const alpha2 = shape.id === undefined ? undefined : countries.numericToAlpha2(String(shape.id));
    if (alpha2 !== undefined && (shape.geometry.type === 'Polygon' || shape.geometry.type === 'MultiPolygon')) {
      shapes.set(alpha2, shape as Feature<Polygon | MultiPolygon>);
    }
  }
  return shapes;
}
