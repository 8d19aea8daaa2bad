// When the view holds more projects than markers can keep apart, the map counts them in cells of a
// screen-sized grid instead: one circle per cell, sized by how many shown projects it holds, with
// its count by sector for the tooltip. Counting is a pass over typed arrays (each project's grid
// cell is found once per zoom level, and the projects in a small view from a k-d tree), and the few
// hundred cells in view draw in a blink even on software WebGL, where a million markers take tens
// of seconds a frame.
import { lngLatToWorld, MAX_LATITUDE, worldToLngLat } from '@math.gl/web-mercator';
import KDBush from 'kdbush';
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
/** MapLibre's world (and math.gl's) is 512 pixels wide at zoom 0 and doubles with each zoom level. */
const WORLD_PX = 512;
/** Cells (and a large reference layer's points) are counted for the view and half its size around it, so a pan finds them there. */
export const CELL_MARGIN = 0.5;

/** A cell of the grid and how many places it counts. */
export interface CountedCell {
  /** The mean position of what it counts, so a cell sits where its places are. */
  position: [number, number];
  count: number;
}

export interface DensityCell extends CountedCell {
  /** Its projects by sector, the commonest first (SECTORS order on a tie); sectors it lacks left out. */
  sectors: { sector: Sector; count: number }[];
}

/**
 * Places counted in cells, by their position in their list (projects in a dataset, points in a
 * reference layer), in Web Mercator world units.
 */
export interface CellPlaces {
  /** As MapLibre draws at zoom 0: 0 to WORLD_PX from west to east, and from south to north; NaN for no place. */
  x: Float64Array;
  y: Float64Array;
  /** The box the placed ones span, in world units. */
  extent: WorldBox;
  /** Per zoom level, each place's cell and how many cells there are. */
  cellsByLevel: Map<number, { cellOf: Uint32Array; cellCount: number }>;
  /**
   * The places that have one in a k-d tree, built by the first close view (`placedTree`) unless
   * given: a wide view scans the arrays above, so a visitor who never zooms in never pays for it.
   */
  tree: PlacedTree | null;
}

/** A k-d tree of the places that have one. */
export interface PlacedTree {
  placed: KDBush;
  /** The list position of each place in `placed`, by its id there. */
  positionOfPlaced: Uint32Array;
}

/** Anchors `count` places, each at its longitude and latitude (null: nowhere, so no view or cell holds it). */
export function cellPlaces(count: number, anchorAt: (position: number) => readonly [number, number] | null): CellPlaces {
  const x = new Float64Array(count).fill(NaN);
  const y = new Float64Array(count).fill(NaN);
  for (let position = 0; position < count; position += 1) {
    const anchor = anchorAt(position);
    if (anchor !== null) [x[position], y[position]] = lngLatToWorld(anchor as [number, number]);
  }
  return indexedPlaces(x, y, null);
}

/** Places already in world units, with their k-d tree when it is built already (a reference layer's, in the worker that read it). */
export function indexedPlaces(x: Float64Array, y: Float64Array, tree: PlacedTree | null): CellPlaces {
  const extent: WorldBox = { left: Infinity, bottom: Infinity, right: -Infinity, top: -Infinity };
  for (let position = 0; position < x.length; position += 1) {
    if (Number.isNaN(x[position]!)) continue;
    extent.left = Math.min(extent.left, x[position]!);
    extent.right = Math.max(extent.right, x[position]!);
    extent.bottom = Math.min(extent.bottom, y[position]!);
    extent.top = Math.max(extent.top, y[position]!);
  }
  return { x, y, extent, cellsByLevel: new Map(), tree };
}

function placedTree(places: CellPlaces): PlacedTree {
  if (places.tree) return places.tree;
  const { x, y } = places;
  let placedCount = 0;
  for (let position = 0; position < x.length; position += 1) if (!Number.isNaN(x[position]!)) placedCount += 1;
  const placed = new KDBush(placedCount, 64, Float64Array);
  const positionOfPlaced = new Uint32Array(placedCount);
  for (let position = 0; position < x.length; position += 1) {
    if (!Number.isNaN(x[position]!)) positionOfPlaced[placed.add(x[position]!, y[position]!)] = position;
  }
  places.tree = { placed: placed.finish(), positionOfPlaced };
  return places.tree;
}

/** Where each project is counted, and its sector, by its position in the dataset. */
interface ProjectAnchors {
  places: CellPlaces;
  sector: Uint8Array;
}

/** Built once per dataset, kept in its AtlasIndex. */
function projectAnchors(features: readonly ProjectFeature[]): ProjectAnchors {
  return {
    places: cellPlaces(features.length, (position) => {
      const { geometry } = features[position]!;
      return geometry === null ? null : shapeAnchor(geometry);
    }),
    sector: Uint8Array.from(features, ({ properties }) => SECTORS.indexOf(properties.sector)),
  };
}

/** Cells are counted per whole zoom level, so they change only when the zoom crosses one. */
export function cellLevel(zoom: number): number {
  return Math.max(0, Math.floor(zoom));
}

export function cellsAtLevel(places: CellPlaces, level: number) {
  const cached = places.cellsByLevel.get(level);
  if (cached) return cached;
  const cellsPerWorldUnit = 2 ** level / CELL_PX;
  const columns = Math.ceil(WORLD_PX * cellsPerWorldUnit);
  const cellOf = new Uint32Array(places.x.length);
  const cellByKey = new Map<number, number>();
  for (let position = 0; position < cellOf.length; position += 1) {
    const key = Math.floor(places.y[position]! * cellsPerWorldUnit) * columns + Math.floor(places.x[position]! * cellsPerWorldUnit);
    let cell = cellByKey.get(key);
    if (cell === undefined) cellByKey.set(key, (cell = cellByKey.size));
    cellOf[position] = cell;
  }
  const cells = { cellOf, cellCount: cellByKey.size };
  places.cellsByLevel.set(level, cells);
  return cells;
}

/** Web Mercator ends short of the poles, and a widened view may reach past them. */
const clampLatitude = (latitude: number) => Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latitude));

/**
 * A view over more than this share of the area the places span is scanned, not asked of the tree:
 * most places lie in it, and the tree's list of their ids, read out of list order, costs about
 * eight times a pass over the typed arrays (npm run bench, densityCells and shownInView rows).
 */
const TREE_MAX_SHARE = 1 / 16;

interface WorldBox {
  left: number;
  bottom: number;
  right: number;
  top: number;
}

const boxArea = ({ left, bottom, right, top }: WorldBox) => Math.max(0, right - left) * Math.max(0, top - bottom);

/** How much of `extent` the boxes cover, from 0 to 1 (1 for an extent without area: a single place). */
function coveredShare(boxes: readonly WorldBox[], extent: WorldBox): number {
  const whole = boxArea(extent);
  if (whole === 0) return 1;
  const overlap = (box: WorldBox) =>
    boxArea({ left: Math.max(box.left, extent.left), bottom: Math.max(box.bottom, extent.bottom), right: Math.min(box.right, extent.right), top: Math.min(box.top, extent.top) });
  return boxes.reduce((sum, box) => sum + overlap(box), 0) / whole;
}

/** Visits list positions, each once. */
export type PositionVisitor = (visit: (position: number) => void) => void;

/** Which places are shown: those whose filter combination passes (the facet index's answer), or all (null). */
export type ShownPlaces = { passes: Uint8Array; combinationOf: Uint32Array } | null;

/** The places that are `shown` and anchored in `area` (anywhere, without one), by their position in the list. */
export function placesIn(places: CellPlaces, area: Bounds | null, shown: ShownPlaces = null): PositionVisitor {
  const { x, y } = places;
  // The boxes of a view never overlap (viewBoxes), so no place is visited twice.
  const boxes = (area === null ? [] : viewBoxes(area)).map(({ west, south, east, north }): WorldBox => {
    const [left, bottom] = lngLatToWorld([west, clampLatitude(south)]);
    const [right, top] = lngLatToWorld([east, clampLatitude(north)]);
    return { left, bottom, right, top };
  });
  const isShown = (position: number) => shown === null || shown.passes[shown.combinationOf[position]!] === 1;
  if (area !== null && coveredShare(boxes, places.extent) <= TREE_MAX_SHARE) {
    const { placed, positionOfPlaced } = placedTree(places);
    return (visit) => {
      for (const { left, bottom, right, top } of boxes) {
        for (const id of placed.range(left, bottom, right, top)) {
          const position = positionOfPlaced[id]!;
          if (isShown(position)) visit(position);
        }
      }
    };
  }
  // No view, or a wide one: one pass over the arrays, written as the scan before the tree was (one
  // test per place, no helper for each half of it), which keeps it as fast.
  const inArea = (position: number) =>
    (area === null && !Number.isNaN(x[position]!)) ||
    boxes.some(({ left, bottom, right, top }) => x[position]! >= left && x[position]! <= right && y[position]! >= bottom && y[position]! <= top);
  return (visit) => {
    for (let position = 0; position < x.length; position += 1) if (isShown(position) && inArea(position)) visit(position);
  };
}

/** How many places a visitor visits. */
export function countVisited(visitor: PositionVisitor): number {
  let count = 0;
  visitor(() => (count += 1));
  return count;
}

/**
 * The visited places counted in the cells of a zoom level, each cell at their mean position.
 * `tally` is told each place's cell, for what a caller counts beside (sectors, megawatts); `cell`
 * numbers it among its zoom level's cells.
 */
export function countInCells(places: CellPlaces, level: number, visitor: PositionVisitor, tally: (cell: number, position: number) => void = () => undefined): (CountedCell & { cell: number })[] {
  const { cellOf, cellCount } = cellsAtLevel(places, level);
  const counts = new Uint32Array(cellCount);
  const sumX = new Float64Array(cellCount);
  const sumY = new Float64Array(cellCount);
  visitor((position) => {
    const cell = cellOf[position]!;
    counts[cell]! += 1;
    sumX[cell]! += places.x[position]!;
    sumY[cell]! += places.y[position]!;
    tally(cell, position);
  });
  const cells: (CountedCell & { cell: number })[] = [];
  counts.forEach((count, cell) => {
    if (count === 0) return;
    const [longitude, latitude] = worldToLngLat([sumX[cell]! / count, sumY[cell]! / count]);
    cells.push({ cell, position: [longitude, latitude], count });
  });
  return cells;
}

/** The projects that pass the filters and are anchored in `area` (anywhere, without one), by their position in the dataset. */
function shownPositions(dataset: AtlasIndex, filters: Filters, area: Bounds | null): PositionVisitor {
  const index = dataset.get(facetIndex);
  const { passes } = passingCombinations(index, filters);
  return placesIn(dataset.get(projectAnchors).places, area, { passes, combinationOf: index.combinationOf });
}

/** How many projects passing the filters are anchored inside the view. */
export function shownInView(dataset: AtlasIndex, filters: Filters, view: Bounds): number {
  return countVisited(shownPositions(dataset, filters, view));
}

/** The projects passing the filters, counted in the cells of a zoom level: those in `area`, or all. */
export function densityCells(dataset: AtlasIndex, filters: Filters, level: number, area: Bounds | null = null): DensityCell[] {
  const { places, sector } = dataset.get(projectAnchors);
  const bySector = new Uint32Array(cellsAtLevel(places, level).cellCount * SECTORS.length);
  const counted = countInCells(places, level, shownPositions(dataset, filters, area), (cell, position) => {
    bySector[cell * SECTORS.length + sector[position]!]! += 1;
  });
  return counted.map(({ cell, position, count }) => ({
    position,
    count,
    sectors: SECTORS.map((name, index) => ({ sector: name, count: bySector[cell * SECTORS.length + index]! }))
      .filter((entry) => entry.count > 0)
      .sort((a, b) => b.count - a.count),
  }));
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
