// @vitest-environment node
// The offline basemap: country shapes from the app's own files, no request anywhere else.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COUNTRY_CODES } from '../../src/data/atlasSchema';
import { basemapStyle, countryShapes, fetchBasemap } from '../../src/map/basemapStyle';

const basemapDir = join(import.meta.dirname, '../../public/basemap');
const files: Record<string, string> = {
  'countries-50m.json': readFileSync(join(basemapDir, 'countries-50m.json'), 'utf8'),
  'country-labels.json': readFileSync(join(basemapDir, 'country-labels.json'), 'utf8'),
};
const topology = JSON.parse(files['countries-50m.json'] ?? '') as Topology<{ countries: GeometryCollection<{ name: string }> }>;

afterEach(() => vi.unstubAllGlobals());

describe('basemapStyle', () => {
  const shapes = countryShapes(topology);
  const style = basemapStyle(shapes);

  it('needs nothing from the network: no glyphs, no sprite, no URL anywhere', () => {
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
    expect(JSON.stringify(style)).not.toMatch(/https?:|mapbox:|\{z\}/);
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      expect(typeof (source as { data: unknown }).data).toBe('object');
    }
  });

  it('draws a background, the country fills and their borders', () => {
    expect(style.layers.map((layer) => layer.type)).toEqual(['background', 'fill', 'line']);
    expect(shapes.countries.features.length).toBe(topology.objects.countries.geometries.length);
    expect(shapes.borders.coordinates.length).toBeGreaterThan(0);
  });

  it('marks exactly the countries the dataset has projects in', () => {
    const focus = shapes.countries.features
      .filter((feature) => feature.properties?.focus === true)
      .map((feature) => countries.numericToAlpha2(String(feature.id)));
    expect(focus.sort()).toEqual([...COUNTRY_CODES].sort());
  });

  it('is a plain background when the shapes are missing', () => {
    expect(basemapStyle(null).layers.map((layer) => layer.id)).toEqual(['background']);
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
    const basemap = await fetchBasemap('./');
    expect(requested.sort()).toEqual(['./basemap/countries-50m.json', './basemap/country-labels.json']);
    expect(basemap.labels.length).toBe((JSON.parse(files['country-labels.json'] ?? '[]') as unknown[]).length);
    expect(basemap.shapes.countries.features.length).toBeGreaterThan(0);
  });

  it('fails loudly on a file that is not a countries topology', async () => {
    vi.stubGlobal('fetch', async () => new Response('{"type":"FeatureCollection","features":[]}'));
    await expect(fetchBasemap('./')).rejects.toThrow(/topology/);
  });
});
