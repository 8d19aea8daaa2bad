// @vitest-environment node
// A large reference layer (the bench's 100,000-row CSV) hands deck.gl counted cells at the first view
// and only the points near the view when close, never all 100,000 points at once; a small one is
// drawn whole, as before.
import type { Layer } from '@deck.gl/core';
import { describe, expect, it } from 'vitest';
import { openLayerBytes } from '../../src/domain/layers/readLayerFile';
import type { ReferenceLayer } from '../../src/domain/layers/referenceLayer';
import { createCapacityScale } from '../../src/map/markerScale';
import { pickedReference, referenceDrawings, referenceLayers, referencePlaces, type ReferenceCell, type ShownReferenceLayer } from '../../src/map/referenceLayers';
import { syntheticPlantsCsv } from '../bench/layerAtScale';

function layerOf(csv: string): ReferenceLayer {
  const opening = openLayerBytes(new TextEncoder().encode(csv), 'plants.csv', { chosen: null, remembered: {}, ask: true });
  if (opening.kind !== 'layer') throw new Error(`not a layer: ${opening.kind}`);
  return opening.layer;
}

const plants = layerOf(syntheticPlantsCsv(100_000));
const few = layerOf('name,lat,lon,capacity_mw\nAlmaty TPP-2,43.29,76.78,510\nEkibastuz GRES-1,51.88,75.37,4000\n');
const scale = createCapacityScale([], 4000);
/** About the app's first view on a wide screen (START_BOUNDS, 52–90°E, 34–54°N). */
const FIRST_VIEW = { bounds: { west: 46, south: 33, east: 96, north: 55 }, zoom: 4.6 };
/** Zoomed in on the Fergana valley: about 1.1° by 0.7°. */
const CLOSE_VIEW = { bounds: { west: 71, south: 40.5, east: 72.1, north: 41.2 }, zoom: 9.5 };

const drawn = (shown: readonly ShownReferenceLayer[], view: typeof FIRST_VIEW) => referenceLayers(referenceDrawings(shown, view, referencePlaces), scale, 'en');
const pointsIn = (layers: readonly Layer[]) => layers.filter((layer) => layer.id.endsWith(':points')).reduce((sum, layer) => sum + (layer.props.data as { length: number }).length, 0);
const cellsIn = (layers: readonly Layer[]) => layers.filter((layer) => layer.id.endsWith(':cells')).flatMap((layer) => layer.props.data as ReferenceCell[]);

describe('a reference layer of 100,000 rows', () => {
  const shown = [{ id: 'plants', layer: plants }];

  it('is counted in cells at the first view: every row once, no point drawn', () => {
    expect(plants.features).toHaveLength(100_000);
    const layers = drawn(shown, FIRST_VIEW);
    expect(pointsIn(layers)).toBe(0);
    const cells = cellsIn(layers);
    expect(cells.length).toBeGreaterThan(10);
    expect(cells.length).toBeLessThan(1_000);
    expect(cells.reduce((sum, cell) => sum + cell.count, 0)).toBe(100_000);
    // Every row states a capacity: (row % 997) + 1 MW, so the cells' megawatts add up to the file's.
    const fileMegawatts = Array.from({ length: 100_000 }, (_, index) => (index % 997) + 1).reduce((sum, mw) => sum + mw, 0);
    expect(cells.reduce((sum, cell) => sum + cell.megawatts, 0)).toBeCloseTo(fileMegawatts, 0);
    expect(cells.every((cell) => cell.withCapacity === cell.count)).toBe(true);
  });

  it('draws only the points in and around a close view, each picking its own row', () => {
    const layers = drawn(shown, CLOSE_VIEW);
    expect(cellsIn(layers)).toEqual([]);
    const [points] = layers.filter((layer) => layer.id.endsWith(':points'));
    const data = points!.props.data as { length: number; positions: Float64Array };
    expect(data.length).toBeGreaterThan(20);
    expect(data.length).toBeLessThanOrEqual(8_000);
    // Within the view grown by half its size on each side.
    for (let index = 0; index < data.length; index += 1) {
      expect(data.positions[2 * index]).toBeGreaterThanOrEqual(70.45);
      expect(data.positions[2 * index]).toBeLessThanOrEqual(72.65);
      expect(data.positions[2 * index + 1]).toBeGreaterThanOrEqual(40.15);
      expect(data.positions[2 * index + 1]).toBeLessThanOrEqual(41.55);
    }
    const picked = pickedReference({ layer: points, index: 0 }, shown);
    expect(picked !== null && 'feature' in picked ? picked.feature.geometry : null).toEqual({ type: 'Point', coordinates: [data.positions[0], data.positions[1]] });
  });
});

describe('a reference layer of a few rows', () => {
  it('is drawn whole, as points, at any view', () => {
    const shown = [{ id: 'few', layer: few }];
    for (const view of [FIRST_VIEW, CLOSE_VIEW]) {
      const layers = drawn(shown, view);
      expect(pointsIn(layers)).toBe(2);
      expect(cellsIn(layers)).toEqual([]);
    }
  });
});
