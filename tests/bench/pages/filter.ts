// Filter update latency, three ways, on N synthetic points over the atlas's region: deck.gl's
// category filter (the app's way: a uniform changes), a deck.gl layer rebuilt from a new array
// filtered on the CPU, and MapLibre's own GeoJSON source with a filter expression (setFilter).
// Each update is timed from the change until its frame is handed to WebGL (deck.gl's afterRender,
// MapLibre's idle), and until the GPU has drawn it.
import type { Layer } from '@deck.gl/core';
import { DataFilterExtension, type DataFilterExtensionProps } from '@deck.gl/extensions';
import { ScatterplotLayer } from '@deck.gl/layers';
import { MapboxOverlay } from '@deck.gl/mapbox';
import maplibregl, { type FilterSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';

export type Strategy = 'gpu' | 'rebuild' | 'maplibre';
/** Per facet (country, sector, builder), the allowed category indices; null: no choice. */
export type FilterState = [number[] | null, number[] | null, number[] | null];

interface BenchPoint {
  position: [number, number];
  categories: [number, number, number];
}

const FACET_SIZES = [6, 6, 7] as const;
const NO_FILTER: FilterState = [null, null, null];
const COLORS: [number, number, number][] = [
  [213, 94, 0],
  [0, 114, 178],
  [230, 159, 0],
  [86, 180, 233],
  [0, 158, 115],
  [204, 121, 167],
];
const REGION = { west: 46, east: 96, south: 35, north: 56 };

function points(count: number): BenchPoint[] {
  let state = 42;
  const random = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
  return Array.from({ length: count }, () => ({
    position: [REGION.west + random() * (REGION.east - REGION.west), REGION.south + random() * (REGION.north - REGION.south)],
    categories: [Math.floor(random() * FACET_SIZES[0]), Math.floor(random() * FACET_SIZES[1]), Math.floor(random() * FACET_SIZES[2])],
  }));
}

const passes = (point: BenchPoint, filter: FilterState) => filter.every((allowed, facet) => allowed === null || allowed.includes(point.categories[facet] ?? -1));
const allowedOrAll = (filter: FilterState) => filter.map((allowed, facet) => allowed ?? Array.from({ length: FACET_SIZES[facet] ?? 0 }, (_, index) => index));

const CATEGORY_FILTER = new DataFilterExtension({ categorySize: 3, filterSize: 0 });

function scatter(data: BenchPoint[], filter: FilterState | null): Layer {
  const common = {
    id: 'points',
    data,
    radiusUnits: 'pixels' as const,
    getRadius: 3,
    getPosition: (point: BenchPoint) => point.position,
    getFillColor: (point: BenchPoint) => COLORS[point.categories[1]] ?? [0, 0, 0],
  };
  if (filter === null) return new ScatterplotLayer<BenchPoint>(common);
  return new ScatterplotLayer<BenchPoint, DataFilterExtensionProps<BenchPoint>>({
    ...common,
    extensions: [CATEGORY_FILTER],
    getFilterCategory: (point: BenchPoint) => point.categories,
    filterCategories: allowedOrAll(filter),
  });
}

function mapLibreFilter(filter: FilterState): FilterSpecification {
  const clauses = filter.flatMap((allowed, facet) => (allowed === null ? [] : [['in', ['get', `f${facet}`], ['literal', allowed]]]));
  return ['all', ...clauses] as unknown as FilterSpecification;
}

function newMap(): Promise<maplibregl.Map> {
  const map = new maplibregl.Map({
    container: 'map',
    style: { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#d3e1ea' } }] },
    bounds: [
      [REGION.west, REGION.south],
      [REGION.east, REGION.north],
    ],
    fadeDuration: 0,
  });
  return new Promise((resolve) => map.once('idle', () => resolve(map)));
}

const nextIdle = (map: maplibregl.Map) => new Promise<void>((resolve) => map.once('idle', () => resolve()));

/** One timing: until the frame was handed to WebGL, and until the GPU had drawn it. */
export interface UpdateTiming {
  submittedMs: number;
  drawnMs: number;
}

/**
 * Blocks until the GPU has finished every command so far: WebGL runs asynchronously, and a frame
 * handed over is not yet drawn (here the "GPU" is SwiftShader, on the same two cores).
 */
function finishDrawing(map: maplibregl.Map) {
  const gl = map.getCanvas().getContext('webgl2');
  gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
}

export async function runFilterBench(count: number, strategy: Strategy, changes: FilterState[]) {
  const data = points(count);
  const visible = changes.map((filter) => data.filter((point) => passes(point, filter)).length);
  const map = await newMap();
  const updates: UpdateTiming[] = [];
  /** From the data to its first frame drawn in full (shaders compiled, tiles made), then once more unchanged. */
  let setupMs: number;

  if (strategy === 'maplibre') {
    const geojson = {
      type: 'FeatureCollection' as const,
      features: data.map((point) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: point.position },
        properties: { f0: point.categories[0], f1: point.categories[1], f2: point.categories[2] },
      })),
    };
    // MapLibre filters in its worker, while tiling; idle is its first frame with every tile redone.
    const change = async (apply: () => void): Promise<UpdateTiming> => {
      const idle = nextIdle(map);
      const start = performance.now();
      apply();
      await idle;
      const submittedMs = performance.now() - start;
      finishDrawing(map);
      return { submittedMs, drawnMs: performance.now() - start };
    };
    const started = performance.now();
    await change(() => {
      map.addSource('points', { type: 'geojson', data: geojson });
      map.addLayer({ id: 'points', type: 'circle', source: 'points', paint: { 'circle-radius': 3, 'circle-color': '#d55e00' } });
    });
    await change(() => map.setFilter('points', mapLibreFilter(NO_FILTER)));
    setupMs = performance.now() - started;
    for (const filter of changes) updates.push(await change(() => map.setFilter('points', mapLibreFilter(filter))));
  } else {
    let afterRender: (() => void) | null = null;
    const drawn = () => new Promise<void>((resolve) => (afterRender = resolve));
    const overlay = new MapboxOverlay({ interleaved: true, layers: [], onAfterRender: () => afterRender?.() });
    // Both promises are made before the change: MapLibre fires idle in the same task as the frame.
    const change = async (layer: () => Layer): Promise<UpdateTiming> => {
      const frame = drawn();
      const idle = nextIdle(map);
      const start = performance.now();
      overlay.setProps({ layers: [layer()] });
      await frame;
      const submittedMs = performance.now() - start;
      finishDrawing(map);
      const drawnMs = performance.now() - start;
      await idle;
      return { submittedMs, drawnMs };
    };
    const layerFor = (filter: FilterState) => (strategy === 'gpu' ? scatter(data, filter) : scatter(data.filter((point) => passes(point, filter)), null));
    const started = performance.now();
    map.addControl(overlay);
    await change(() => layerFor(NO_FILTER));
    // deck.gl compiles shaders in parallel and draws a layer once they are ready: a second frame waits for them.
    await change(() => layerFor(NO_FILTER));
    setupMs = performance.now() - started;
    for (const filter of changes) {
      updates.push(await change(() => layerFor(filter)));
    }
  }
  map.remove();
  return { setupMs, updates, visible };
}

declare global {
  interface Window {
    runFilterBench: typeof runFilterBench;
  }
}
window.runFilterBench = runFilterBench;
