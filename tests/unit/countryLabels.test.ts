// @vitest-environment node
// Which country names the map draws, where, and in which language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import countries from 'i18n-iso-countries';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../../src/data/atlasSchema';
import { countryShapes } from '../../src/map/basemapStyle';
import { LABEL_REGION, countryLabelFeatures, selectCountryLabels } from '../../src/map/countryLabels';
import { countryLabelsSchema } from '../../src/map/geographySchema';
import { LANGUAGES } from '../../src/vocabulary';

const basemapDir = join(import.meta.dirname, '../../public/basemap');
const labels = countryLabelsSchema.parse(JSON.parse(readFileSync(join(basemapDir, 'country-labels.json'), 'utf8')));
const topology = JSON.parse(readFileSync(join(basemapDir, 'countries-50m.json'), 'utf8')) as Topology<{
  countries: GeometryCollection<{ name: string }>;
}>;
const selected = selectCountryLabels(labels);
const shapes = countryShapes(topology).countries.features;

function shapeOf(code: string): Feature<Polygon | MultiPolygon> {
  const numeric = countries.alpha2ToNumeric(code);
  const shape = shapes.find((feature) => String(feature.id) === numeric);
  if (shape === undefined || (shape.geometry.type !== 'Polygon' && shape.geometry.type !== 'MultiPolygon')) throw new Error(`no shape for ${code}`);
  return { ...shape, geometry: shape.geometry };
}

describe('selectCountryLabels', () => {
  it('names every country the dataset has projects in, marked as focus', () => {
    for (const code of COUNTRY_CODES) expect(selected.find((label) => label.code === code)?.focus).toBe(true);
  });

  it('names only neighbours in the region as well, not the world', () => {
    const { west, south, east, north } = LABEL_REGION;
    for (const { position: [longitude, latitude] } of selected) {
      expect(longitude).toBeGreaterThanOrEqual(west);
      expect(longitude).toBeLessThanOrEqual(east);
      expect(latitude).toBeGreaterThanOrEqual(south);
      expect(latitude).toBeLessThanOrEqual(north);
    }
    expect(selected.filter((label) => !label.focus).length).toBeGreaterThan(0);
    expect(selected.length).toBeLessThan(labels.length / 10);
  });

  it('puts every name inside its own country', () => {
    for (const label of selected) expect(booleanPointInPolygon(label.position, shapeOf(label.code)), label.code).toBe(true);
  });
});

describe('countryLabelFeatures', () => {
  it('carries each name in every interface language, and whether the dataset has projects there', () => {
    const features = countryLabelFeatures(selected);
    const kazakhstan = features.find((feature) => feature.properties.en === 'Kazakhstan');
    expect(kazakhstan?.properties).toEqual({ zh: '哈萨克斯坦', en: 'Kazakhstan', ru: 'Казахстан', kind: 'country' });
    expect(features.find((feature) => feature.properties.en === 'Afghanistan')?.properties.kind).toBe('neighbour');
    for (const { properties } of features) for (const language of LANGUAGES) expect(properties[language]).not.toBe('');
  });
});
