// @vitest-environment node
// The geography file at the boundary: what the build wrote reads back; anything else fails with a
// message naming the object, the feature and the field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGeography } from '../../src/map/geographySchema';

const file = () => JSON.parse(readFileSync(join(import.meta.dirname, '../../public/basemap/geography.json'), 'utf8')) as {
  shapes: { objects: { labels: { geometries: { properties: Record<string, unknown> }[] } } };
};

describe('parseGeography', () => {
  it('reads the built file: places, rivers, river names and lakes, named in zh, en and ru', () => {
    const geography = parseGeography(file());
    const almaty = geography.labels.features.find((label) => label.properties.en === 'Almaty');
    expect(almaty?.properties).toMatchObject({ zh: '阿拉木图', ru: 'Алматы', kind: 'city', project: true });
    expect(geography.riverNames.features.map((river) => river.properties.en)).toContain('Syr Darya');
    expect(geography.rivers.features.length).toBeGreaterThan(20);
    expect(geography.lakes.features.length).toBeGreaterThan(10);
  });

  it('names the feature and field of a bad record', () => {
    const broken = file();
    const first = broken.shapes.objects.labels.geometries[0];
    if (first === undefined) throw new Error('no labels');
    delete first.properties.ru;
    expect(() => parseGeography(broken)).toThrow(/^basemap\/geography\.json: labels\[0\]: ru /);
  });

  it('says so when the file is not the basemap’s geography at all', () => {
    expect(() => parseGeography({ type: 'FeatureCollection', features: [] })).toThrow(/^basemap\/geography\.json is not the basemap’s geography: shapes /);
  });
});
