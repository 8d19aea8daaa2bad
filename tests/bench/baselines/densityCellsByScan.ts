// BENCH BASELINE ONLY, not used by the app: src/map/densityCells.ts as it was before its view
// queries used a k-d tree (kdbush) and its projection @math.gl/web-mercator. Every query scans all
// projects, with hand-written Web Mercator maths. domainBench.ts times it next to the current module
// in the same run; nothing else imports it.
import { SECTORS, type ProjectFeature } from '../../../src/data/atlasSchema';
import { facetIndex, passingCombinations } from '../../../src/domain/filters/facetIndex';
import type { AtlasIndex, Filters } from '../../../src/vocabulary';
import { shapeAnchor, viewBoxes, type Bounds } from '../../../src/map/geoBounds';
import type { DensityCell } from '../../../src/map/densityCells';

/** A cell's side on screen, at the zoom level it is counted for. */
const CELL_PX = 64;
/** MapLibre's world is 512 pixels wide at zoom 0 and doubles with each zoom level. */
const WORLD_PX = 512;

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
  const anchors = { x, y, sector, cellsByLevel: new Map() };
  return anchors;
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
export function shownInViewByScan(dataset: AtlasIndex, filters: Filters, view: Bounds): number {
  let count = 0;
  shownPositions(dataset, filters, view)(() => (count += 1));
  return count;
}

/** The projects passing the filters, counted in the cells of a zoom level: those in `area`, or all. */
export function densityCellsByScan(dataset: AtlasIndex, filters: Filters, level: number, area: Bounds | null = null): DensityCell[] {
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
