// The basemap, built in code so that no request leaves the app's origin: no tiles, no glyphs, no
// sprite. Country shapes are Natural Earth 1:50m (world-atlas TopoJSON), served with the app.
import countries from 'i18n-iso-countries';
import type { StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { COUNTRY_CODES } from '../data/atlasSchema';
import { countryLabelsSchema, type CountryLabel } from './countryLabels';

export const BASEMAP_COLORS = {
  sea: '#d3e1ea',
  land: '#ebe8e1',
  /** The dataset's countries are lighter, so the eye finds them first. */
  focusLand: '#faf8f3',
  border: '#9a9488',
} as const;

export interface CountryShapes {
  countries: FeatureCollection;
  /** Each land border once (shared arcs), so borders are not drawn twice. */
  borders: MultiLineString;
}

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** Converts world-atlas TopoJSON and marks the countries the dataset has projects in (`focus`). */
export function countryShapes(topology: CountriesTopology): CountryShapes {
  const focusIds = new Set(COUNTRY_CODES.map((code) => countries.alpha2ToNumeric(code)));
  const shapes = feature(topology, topology.objects.countries);
  return {
    countries: {
      type: 'FeatureCollection',
      features: shapes.features.map((shape) => ({
        ...shape,
        properties: { ...shape.properties, focus: shape.id !== undefined && focusIds.has(String(shape.id)) },
      })),
    },
    borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
  };
}

/** A style of a sea-coloured background and, when loaded, the country fills and borders. */
export function basemapStyle(shapes: CountryShapes | null): StyleSpecification {
  const background = { id: 'background', type: 'background', paint: { 'background-color': BASEMAP_COLORS.sea } } as const;
  if (shapes === null) return { version: 8, sources: {}, layers: [background] };
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: shapes.countries, attribution: 'Natural Earth' },
      borders: { type: 'geojson', data: { type: 'Feature', geometry: shapes.borders, properties: {} } },
    },
    layers: [
      background,
      {
        id: 'country-fill',
        type: 'fill',
        source: 'countries',
        paint: { 'fill-color': ['case', ['get', 'focus'], BASEMAP_COLORS.focusLand, BASEMAP_COLORS.land] },
      },
      {
        id: 'country-borders',
        type: 'line',
        source: 'borders',
        layout: { 'line-join': 'round' },
        paint: { 'line-color': BASEMAP_COLORS.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 7, 1.6] },
      },
    ],
  };
}

export interface Basemap {
  shapes: CountryShapes;
  labels: CountryLabel[];
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  return response.json();
}

function isCountriesTopology(json: unknown): json is CountriesTopology {
  if (typeof json !== 'object' || json === null || !('type' in json) || json.type !== 'Topology') return false;
  return 'objects' in json && typeof json.objects === 'object' && json.objects !== null && 'countries' in json.objects;
}

/** Loads the shapes and the label points served under `baseUrl/basemap/`; fails only as a whole. */
export async function fetchBasemap(baseUrl: string): Promise<Basemap> {
  const [topology, labels] = await Promise.all([
    fetchJson(`${baseUrl}basemap/countries-50m.json`),
    fetchJson(`${baseUrl}basemap/country-labels.json`),
  ]);
  if (!isCountriesTopology(topology)) throw new Error('basemap/countries-50m.json is not a world-atlas countries topology');
  return { shapes: countryShapes(topology), labels: countryLabelsSchema.parse(labels) };
}
