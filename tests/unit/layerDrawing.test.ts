import { describe, expect, it } from 'vitest';
import { layerDrawing } from '../../src/domain/layers/layerDrawing';
import type { ReferenceFeature } from '../../src/domain/layers/referenceLayer';
import type { Geometry } from 'geojson';

const feature = (geometry: Geometry, capacityMw: number | null): ReferenceFeature => ({
  type: 'Feature',
  geometry,
  properties: { row: 2, name: 'x', capacityMw, category: null, country: null, fields: [] },
});

describe('layerDrawing', () => {
  it('lays points out as flat arrays that point back to their features, and lines and outlines as paths', () => {
    const drawing = layerDrawing([
      feature({ type: 'Point', coordinates: [69.25, 41.5] }, 500),
      feature({ type: 'LineString', coordinates: [[60, 40], [61, 41]] }, null),
      feature({ type: 'MultiPoint', coordinates: [[70, 42], [71, 43]] }, null),
      feature({ type: 'Polygon', coordinates: [[[1, 1], [2, 1], [2, 2], [1, 1]]] }, 10),
    ]);
    expect(drawing.points.length).toBe(3);
    expect([...drawing.points.positions]).toEqual([69.25, 41.5, 70, 42, 71, 43]);
    expect([...drawing.points.capacities]).toEqual([500, Number.NaN, Number.NaN]);
    expect([...drawing.points.features]).toEqual([0, 2, 2]);
    expect(drawing.paths).toEqual([
      { feature: 1, path: [[60, 40], [61, 41]] },
      { feature: 3, path: [[1, 1], [2, 1], [2, 2], [1, 1]] },
    ]);
  });
});
