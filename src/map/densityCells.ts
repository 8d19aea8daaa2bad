// When the view holds more projects than markers can keep apart, the map counts them in cells of a
// screen-sized grid instead: one circle per cell, sized by how many shown projects it holds, with
// its count by sector for the tooltip. Counting is a pass over typed arrays (each project's grid
// cell is found once per zoom level), and the few hundred cells in view draw in a blink even on
// software WebGL, where a million markers take tens of seconds a frame.
import { SECTORS, type ProjectFeature, type Sector } from '../data/atlasSchema';
import { facetIndex, passingCombinations } from '../domain/filters/facetIndex';
import { shapeAnchor, viewBoxes, widened, type Bounds } from './geoBounds';
import type { AtlasIndex, Filters } from '../vocabulary';

/** More shown projects in view than this, and the map shows cells: markers would hide one another. */
export const MAX_MARKERS_IN_VIEW = 2_000;
/**
 * More markers than this near the view, shown or filtered out, and the map shows cells too: the
 * GPU filter still processes every marker of a layer, and software WebGL takes seconds for this many.
 */
export const MAX_MARKERS_DRAWN = 50_000;
/** A cell's side on screen, at the zoom level it is counted for. */
export const CELL_PX = 64;
/** MapLibre's world is 512 pixels wide at zoom 0 and doubles with each zoom level. */
const WORLD_PX = 512;
/** Cells are counted for the view and half its size around it, so a pan finds them there. */
const CELL_MARGIN = 0.5;

export interface DensityCell {
  /** The mean position of the projects counted, so a cell sits where its projects are. */
  position: [number, number];
  count: number;
  /** Its projects by sector, the commonest first (SECTORS order on a tie); sectors it lacks left out. */
  sectors: { sector: Sector; count: number }[];
}

/** Web Mercator, as MapLibre draws: x and y from 0 to 1 across the world, y growing southwards. */
const mercatorX = (longitude: number) => (longitude + 180) / 360;
const mercatorY = (latitude: number) => (1 - Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360)) / Math.PI) / 2;
const longitudeOf = (x: number) => x * 360 - 180;
const latitudeOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(Math.PI * (1 - 2 * y))) - 90;
/** Web Mercator ends short of the poles. */
const clampLatitude = (latitude: number) => Math.max(-85.05, Math.min(85.05, latitude));

/** Where each project is counted, by its position in the dataset, in Mercator x and y. */
interface ProjectAnchors {
  x: Float64Array;
  y: Float64Array;
  sector: Uint8Array;
  /** Per zoom level, each project's cell and how many cells there are. */
  cellsByLevel: Map<number, { cellOf: Uint32Array; cellCount: number }>;
}

/** Built once per dataset, kept in its AtlasIndex. */
function projectAnchors(features: readonly ProjectFeature[]): ProjectAnchors {
  const x = new Float64Array(features.length);
  const y = new Float64Array(features.length);
  const sector = new Uint8Array(features.length);
  features.forEach(({ geometry, properties }, position) => {
    // A project without a place is anchored nowhere (NaN), so no view or cell holds it.
    const [longitude, latitude] = geometry === null ? [NaN, NaN] : shapeAnchor(geometry);
    x[position] = mercatorX(longitude);
    y[position] = mercatorY(latitude);
    sector[position] = SECTORS.indexOf(properties.sector);
  });
  return { x, y, sector, cellsByLevel: new Map() };
}

/** Cells are counted per whole zoom level, so they change only when the zoom crosses one. */
export function cellLevel(zoom: number): number {
  return Math.max(0, Math.floor(zoom));
}

function cellsAtLevel(anchors: ProjectAnchors, level: number) {
  const cached = anchors.cellsByLevel.get(level);
  if (cached) return cached;
  const cellsAcross = (WORLD_PX * 2 ** level) / CELL_PX;
  const columns = Math.ceil(cellsAcross);
  const cellOf = new Uint32Array(anchors.x.length);
  const cellByKey = new Map<number, number>();
  for (let position = 0; position < cellOf.length; position += 1) {
    const key = Math.floor(anchors.y[position]! * cellsAcross) * columns + Math.floor(anchors.x[position]! * cellsAcross);
    let cell = cellByKey.get(key);
    if (cell === undefined) cellByKey.set(key, (cell = cellByKey.size));
    cellOf[position] = cell;
  }
  const cells = { cellOf, cellCount: cellByKey.size };
  anchors.cellsByLevel.set(level, cells);
  return cells;
}

/** The projects that pass the filters and are anchored in `area` (anywhere, without one), by their position in the dataset. */
function shownPositions(dataset: AtlasIndex, filters: Filters, area: Bounds | null): (visit: (position: number) => void) => void {
  const { x, y } = dataset.get(projectAnchors);
  const index = dataset.get(facetIndex);
  const { passes } = passingCombinations(index, filters);
  const boxes = (area === null ? [] : viewBoxes(area)).map(({ west, south, east, north }) => ({
    left: mercatorX(west),
    right: mercatorX(east),
    top: mercatorY(clampLatitude(north)),
    bottom: mercatorY(clampLatitude(south)),
  }));
  const inArea = (position: number) =>
    (area === null && !Number.isNaN(x[position]!)) || boxes.some(({ left, right, top, bottom }) => x[position]! >= left && x[position]! <= right && y[position]! >= top && y[position]! <= bottom);
  return (visit) => {
    for (let position = 0; position < x.length; position += 1) if (passes[index.combinationOf[position]!] === 1 && inArea(position)) visit(position);
  };
}

/** How many projects passing the filters are anchored inside the view. */
export function shownInView(dataset: AtlasIndex, filters: Filters, view: Bounds): number {
  let count = 0;
  shownPositions(dataset, filters, view)(() => (count += 1));
  return count;
}

/** The projects passing the filters, counted in the cells of a zoom level: those in `area`, or all. */
export function densityCells(dataset: AtlasIndex, filters: Filters, level: number, area: Bounds | null = null): DensityCell[] {
  const anchors = dataset.get(projectAnchors);
  const { cellOf, cellCount } = cellsAtLevel(anchors, level);
  const counts = new Uint32Array(cellCount);
  const sumX = new Float64Array(cellCount);
  const sumY = new Float64Array(cellCount);
  const bySector = new Uint32Array(cellCount * SECTORS.length);
  shownPositions(dataset, filters, area)((position) => {
    const cell = cellOf[position]!;
    counts[cell]! += 1;
    sumX[cell]! += anchors.x[position]!;
    sumY[cell]! += anchors.y[position]!;
    bySector[cell * SECTORS.length + anchors.sector[position]!]! += 1;
  });
  const cells: DensityCell[] = [];
  counts.forEach((count, cell) => {
    if (count === 0) return;
    const sectors = SECTORS.map((sector, index) => ({ sector, count: bySector[cell * SECTORS.length + index]! }))
      .filter((entry) => entry.count > 0)
      .sort((a, b) => b.count - a.count);
    cells.push({ position: [longitudeOf(sumX[cell]! / count), latitudeOf(sumY[cell]! / count)], count, sectors });
  });
  return cells;
}

/**
 * Cells for the view and around it when it holds too many shown projects for markers, or its
 * tiles too many markers to draw (`markersNearView`); otherwise null (markers).
 */
export function densityView(
  dataset: AtlasIndex,
  filters: Filters,
  view: { bounds: Bounds; zoom: number },
  markersNearView: number,
): DensityCell[] | null {
  const crowded = markersNearView > MAX_MARKERS_DRAWN || (dataset.projects.length > MAX_MARKERS_IN_VIEW && shownInView(dataset, filters, view.bounds) > MAX_MARKERS_IN_VIEW);
  return crowded ? densityCells(dataset, filters, cellLevel(view.zoom), widened(view.bounds, CELL_MARGIN)) : null;
}
