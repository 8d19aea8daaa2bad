import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { layerTotalsByCountry } from '../../src/domain/layers/layerTotalsByCountry';
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
