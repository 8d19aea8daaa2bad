import { describe, expect, it } from 'vitest';
import { decodeLayerText } from '../../src/domain/layers/decodeLayerText';
import { detectColumns } from '../../src/domain/layers/detectColumns';
import { readLayerBytes } from '../../src/domain/layers/readLayerFile';
import { capacityInMegawatts, parseTable, tableToLayer } from '../../src/domain/layers/tableLayer';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeLayerText', () => {
  it('accepts UTF-8 with a BOM and drops the BOM', () => {
    expect(decodeLayerText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('名称,lat')]))).toEqual({ ok: true, text: '名称,lat' });
  });
  it('names UTF-16 and Windows-1251 instead of decoding them', () => {
    expect(decodeLayerText(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toEqual({ ok: false, encoding: 'UTF-16LE' });
    // "Алматы" in Windows-1251.
    expect(decodeLayerText(new Uint8Array([0xc0, 0xeb, 0xec, 0xe0, 0xf2, 0xfb]))).toEqual({ ok: false, encoding: 'not UTF-8 (perhaps Windows-1251)' });
  });
});

describe('detectColumns', () => {
  it('finds coordinates, name and capacity by header in three languages', () => {
    expect(detectColumns(['名称', '纬度', '经度', '装机容量'], [])).toEqual({
      mapping: { name: '名称', latitude: '纬度', longitude: '经度', capacity: '装机容量', category: null },
      sure: true,
    });
    expect(detectColumns(['Название', 'Широта', 'Долгота', 'Мощность, МВт'], []).mapping).toMatchObject({
      latitude: 'Широта',
      longitude: 'Долгота',
      capacity: 'Мощность, МВт',
      name: 'Название',
    });
  });
  it('guesses unusual headers by their values, and is unsure', () => {
    const rows = [{ site: 'Zarafshan', north: '42.1', east: '64.5', power: '500' }];
    expect(detectColumns(['site', 'north', 'east', 'power'], rows)).toEqual({
      mapping: { name: 'site', latitude: 'north', longitude: 'east', capacity: null, category: null },
      sure: false,
    });
  });
});

describe('tableToLayer', () => {
  it('places good rows and names each bad one with its row number', () => {
    const table = parseTable('name,lat,lon,capacity_kw\nA,41.3,69.2,500000\nB,41.3,,10\nC,95,69,10\nD,41,69,lots\nE,41,69\n');
    const layer = tableToLayer(table, { name: 'name', latitude: 'lat', longitude: 'lon', capacity: 'capacity_kw', category: null }, 'plants.csv');
    expect(layer.features.map((feature) => [feature.properties.name, feature.properties.capacityMw])).toEqual([['A', 500]]);
    expect(layer.problems).toEqual([
      { unit: 'row', number: 3, reason: 'noLongitude' },
      { unit: 'row', number: 4, reason: 'latitudeOutOfRange', detail: '95' },
      { unit: 'row', number: 5, reason: 'capacityNotNumber', detail: 'lots' },
      { unit: 'row', number: 6, reason: 'raggedRow', detail: '3/4' },
    ]);
  });
  it('converts capacities stated with a unit', () => {
    expect(capacityInMegawatts('1.2 GW', 'MW')).toBe(1200);
    expect(capacityInMegawatts('1,500', 'MW')).toBe(1500);
    expect(capacityInMegawatts('800 kW', 'MW')).toBe(0.8);
    expect(capacityInMegawatts('', 'MW')).toBeNull();
  });
});

describe('readLayerBytes', () => {
  it('reads a FeatureCollection and lists a feature without geometry by number and name', () => {
    const collection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [69.2, 41.3] }, properties: { name: { zh: '甲', en: 'Alpha' } } },
        { type: 'Feature', geometry: null, properties: { name: 'Beta' } },
      ],
    };
    const read = readLayerBytes(bytes(JSON.stringify(collection)), 'export.geojson');
    expect(read.kind).toBe('layer');
    if (read.kind !== 'layer') return;
    expect(read.layer.features.map((feature) => feature.properties.name)).toEqual(['Alpha']);
    expect(read.layer.problems).toEqual([{ unit: 'feature', number: 2, reason: 'noGeometry', detail: 'Beta' }]);
  });
  it('says a FeatureCollection without features has none', () => {
    expect(readLayerBytes(bytes('{"type":"FeatureCollection","features":[]}'), 'x.geojson')).toEqual({
      kind: 'failed',
      reason: 'geojson',
      detail: 'features: the FeatureCollection has no features',
    });
  });
});
