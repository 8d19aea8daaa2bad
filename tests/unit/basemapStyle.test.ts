// @vitest-environment node
// The offline basemap: shapes and names from the app's own files, no request anywhere else.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { SymbolLayerSpecification } from 'maplibre-gl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COUNTRY_CODES } from '../../src/data/atlasSchema';
import { basemapImage, basemapStyle, countryShapes, fetchBasemap, LABEL_LAYER_IDS, PLACE_DOT_IMAGES, withClearance, type Basemap } from '../../src/map/basemapStyle';
import { countryLabelsSchema } from '../../src/map/geographySchema';
import { parseGeography } from '../../src/map/geographySchema';

const basemapDir = join(import.meta.dirname, '../../public/basemap');
const files: Record<string, string> = Object.fromEntries(
  ['countries-50m.json', 'country-labels.json', 'geography.json'].map((file) => [file, readFileSync(join(basemapDir, file), 'utf8')]),
);
const topology = JSON.parse(files['countries-50m.json'] ?? '') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const basemap: Basemap = {
  shapes: countryShapes(topology),
  labels: countryLabelsSchema.parse(JSON.parse(files['country-labels.json'] ?? '')),
  geography: parseGeography(JSON.parse(files['geography.json'] ?? '')),
};

afterEach(() => vi.unstubAllGlobals());

describe('basemapStyle', () => {
  const style = basemapStyle(basemap, 'en');

  it('needs nothing from the network: no glyphs, no sprite, no URL anywhere', () => {
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
    expect(JSON.stringify(style)).not.toMatch(/https?:|mapbox:|\{z\}/);
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      expect(typeof (source as { data: unknown }).data).toBe('object');
    }
  });

  it('draws land, rivers, lakes and borders under the names', () => {
    const ids = style.layers.map((layer) => layer.id);
    expect(ids.slice(0, 7)).toEqual(['background', 'land', 'focus-land', 'minor-rivers', 'major-rivers', 'lakes', 'country-borders']);
    const names = style.layers.filter((layer) => layer.type === 'symbol').map((layer) => layer.id);
    expect(names).toEqual([...LABEL_LAYER_IDS, 'project-spots']);
  });

  it('takes every paint value as a constant, so MapLibre compiles one shader per layer type', () => {
    for (const layer of style.layers) {
      for (const [property, value] of Object.entries(layer.paint ?? {})) {
        // A zoom curve is fine; a value read from the features is not.
        expect(JSON.stringify(value), `${layer.id} ${property}`).not.toMatch(/"get"|"has"|"properties"/);
      }
    }
  });

  it('writes the names in the interface language', () => {
    for (const language of ['zh', 'en', 'ru'] as const) {
      const layers = basemapStyle(basemap, language).layers.filter((layer): layer is SymbolLayerSpecification => LABEL_LAYER_IDS.some((id) => id === layer.id));
      for (const layer of layers) expect(layer.layout?.['text-field'], layer.id).toEqual(['get', language]);
    }
  });

  it('sets river names beside their lines, a little above, one per stretch zoomed out and repeated along zoomed in', () => {
    const rivers = style.layers.filter((layer): layer is SymbolLayerSpecification => layer.id === 'river-labels' || layer.id === 'river-labels-along');
    expect(rivers.map((layer) => [layer.id, layer.layout?.['symbol-placement'], layer.minzoom, layer.maxzoom])).toEqual([
      ['river-labels', 'line-center', undefined, 6],
      ['river-labels-along', 'line', 6, undefined],
    ]);
    for (const layer of rivers) {
      // Drawn on the line, a short name on a steep stretch (the Ili) reads as hatch marks.
      expect(layer.layout?.['text-offset'], layer.id).toEqual([0, -0.9]);
      expect(layer.layout?.['text-max-angle'], layer.id).toBe(40);
    }
  });

  it('marks exactly the countries the dataset has projects in', () => {
    const focus = basemap.shapes.countries.features
      .filter((feature) => feature.properties?.focus === true)
      .map((feature) => countries.numericToAlpha2(String(feature.id)));
    expect(focus.sort()).toEqual([...COUNTRY_CODES].sort());
  });

  it('is a plain background when the basemap is missing', () => {
    expect(basemapStyle(null, 'en').layers.map((layer) => layer.id)).toEqual(['background']);
  });

  it('holds only the countries, their borders and their names until the projects are drawn', () => {
    const first = basemapStyle(basemap, 'en', [], { geography: false });
    const source = first.sources.basemap;
    if (source?.type !== 'geojson' || typeof source.data !== 'object' || source.data.type !== 'FeatureCollection') throw new Error('no basemap source');
    const parts = new Set(source.data.features.map((feature) => feature.properties?.part));
    expect([...parts].sort()).toEqual(['border', 'country', 'label']);
    const names = source.data.features.filter((feature) => feature.properties?.part === 'label').map((feature) => feature.properties?.en);
    expect(names).toContain('Kazakhstan');
    expect(names).not.toContain('Almaty');
    // The same layers: the geography joins as new source data, not as a new style.
    expect(first.layers.map((layer) => layer.id)).toEqual(style.layers.map((layer) => layer.id));
  });

  it('puts the project markers in the way of the names', () => {
    const withSpots = basemapStyle(basemap, 'en', [{ position: [69.28, 41.31], radius: 9 }]);
    const source = withSpots.sources.basemap;
    if (source?.type !== 'geojson' || typeof source.data !== 'object' || source.data.type !== 'FeatureCollection') throw new Error('no basemap source');
    expect(source.data.features.filter((feature) => feature.properties?.part === 'spot').map((feature) => feature.properties)).toEqual([{ part: 'spot', radius: 9 }]);
  });
});

describe('withClearance', () => {
  const tashkent = { type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [69.293, 41.314] }, properties: { en: 'Tashkent' } };
  const bukhara = { type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [64.43, 39.78] }, properties: { en: 'Bukhara' } };

  it('gives a name the radius of the largest marker on its place, and 0 elsewhere', () => {
    const spots = [
      { position: [69.28, 41.311] as [number, number], radius: 9 },
      { position: [69.3, 41.3] as [number, number], radius: 6 },
      { position: [64.2, 40.0] as [number, number], radius: 12 },
    ];
    expect(withClearance([tashkent, bukhara], spots).map((label) => label.properties)).toEqual([
      { en: 'Tashkent', clearance: 9 },
      { en: 'Bukhara', clearance: 0 },
    ]);
  });
});

describe('basemapImage', () => {
  it('draws the place dots at twice the pixel density, opaque in the middle and clear at the corners', () => {
    const dot = basemapImage(PLACE_DOT_IMAGES.capital);
    if (dot === null) throw new Error('no capital dot');
    expect(dot.pixelRatio).toBe(2);
    const alphaAt = (x: number, y: number) => dot.data[(y * dot.width + x) * 4 + 3];
    expect(alphaAt(Math.floor(dot.width / 2), Math.floor(dot.height / 2))).toBe(255);
    expect(alphaAt(0, 0)).toBe(0);
    expect(basemapImage('no-such-image')).toBeNull();
  });
});

describe('fetchBasemap', () => {
  it('asks only for the files served under the app base', async () => {
    const requested: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      requested.push(url);
      const file = files[url.replace('./basemap/', '')];
      return file === undefined ? new Response('', { status: 404 }) : new Response(file);
    });
    const loaded = await fetchBasemap('./');
    expect(requested.sort()).toEqual(['./basemap/countries-50m.json', './basemap/country-labels.json', './basemap/geography.json']);
    expect(loaded.labels.length).toBe((JSON.parse(files['country-labels.json'] ?? '[]') as unknown[]).length);
    expect(loaded.geography.labels.features.length).toBeGreaterThan(100);
  });

  it('fails loudly on a file that is not a countries topology', async () => {
    vi.stubGlobal('fetch', async () => new Response('{"type":"FeatureCollection","features":[]}'));
    await expect(fetchBasemap('./')).rejects.toThrow(/topology/);
  });

  it('fails naming the file when the geography is missing', async () => {
    vi.stubGlobal('fetch', async (url: string) => (url.endsWith('geography.json') ? new Response('', { status: 404 }) : new Response(files[url.replace('./basemap/', '')])));
    await expect(fetchBasemap('./')).rejects.toThrow('./basemap/geography.json answered HTTP 404');
  });
});
