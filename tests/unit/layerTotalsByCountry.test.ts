import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { capacityBesideLayer, layerTotalsByCountry } from '../../src/domain/layers/layerTotalsByCountry';
import { parseTable, tableToLayer } from '../../src/domain/layers/tableLayer';

const square = (west: number, south: number, east: number, north: number): Feature<Polygon> => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Polygon', coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]] },
});

describe('layerTotalsByCountry', () => {
  it('counts and sums MW by the country a point lies in, or by its country column', () => {
    const table = parseTable('name,lat,lon,mw,country\nA,41,65,100,\nB,41.5,66,,\nC,0,0,50,\nD,10,10,30,kg\n');
    const layer = tableToLayer(table, { name: 'name', latitude: 'lat', longitude: 'lon', capacity: 'mw', category: null }, 'p.csv');
    const shapes = new Map([['UZ', square(60, 38, 70, 45)]]);
    expect(layerTotalsByCountry(layer, shapes)).toEqual([
      { country: 'UZ', count: 2, megawatts: 100, withCapacity: 1 },
      { country: 'KG', count: 1, megawatts: 30, withCapacity: 1 },
      { country: null, count: 1, megawatts: 50, withCapacity: 1 },
    ]);
  });
});

describe('layerTotalsByCountry with shapes whose boxes overlap', () => {
  it('gives a point in one country’s box but another country’s shape to the country it lies in', () => {
    // An L-shaped country whose box covers its neighbour's square in the corner.
    const lShape: Feature<Polygon> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: [[[60, 38], [70, 38], [70, 40], [62, 40], [62, 45], [60, 45], [60, 38]]] },
    };
    const table = parseTable('name,lat,lon\nIn the corner,43,66\nIn the L,39,66\nNowhere,50,80\n');
    const layer = tableToLayer(table, { name: 'name', latitude: 'lat', longitude: 'lon', capacity: null, category: null }, 'p.csv');
    const shapes = new Map([
      ['UZ', lShape],
      ['KG', square(63, 41, 69, 44)],
    ]);
    expect(layerTotalsByCountry(layer, shapes)).toEqual([
      { country: 'KG', count: 1, megawatts: 0, withCapacity: 0 },
      { country: 'UZ', count: 1, megawatts: 0, withCapacity: 0 },
      { country: null, count: 1, megawatts: 0, withCapacity: 0 },
    ]);
  });
});

describe('capacityBesideLayer', () => {
  it('sets the layer’s MW beside the speeches’ per country, the speeches’ largest first, a country only one names included', () => {
    const speeches = new Map([
      ['KZ', 560],
      ['UZ', 1500],
    ]);
    const layer = [
      { country: 'UZ', count: 2, megawatts: 3000, withCapacity: 2 },
      { country: 'TJ', count: 1, megawatts: 3000, withCapacity: 1 },
      { country: 'KG', count: 4, megawatts: 0, withCapacity: 0 },
      { country: null, count: 1, megawatts: 50, withCapacity: 1 },
    ];
    expect(capacityBesideLayer(speeches, layer)).toEqual([
      { country: 'UZ', speechesMw: 1500, layerMw: 3000 },
      { country: 'KZ', speechesMw: 560, layerMw: null },
      { country: 'TJ', speechesMw: null, layerMw: 3000 },
    ]);
  });
});
