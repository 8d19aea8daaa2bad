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
/** Cells are counted for the view and half its size around it, so a pan finds them there. */
const CELL_MARGIN = 0.5;

export interface DensityCell {
  /** The mean position of the projects counted, so a cell sits where its projects are. */
  position: [number, number];
  count: number;
  /** Its projects by sector, the commonest first (SECTORS order on a tie); sectors it lacks left out. */
  sectors: { sector: Sector; count: number }[];
}

/** Where each project is counted, by its position in the dataset, in Web Mercator world units. */
interface ProjectAnchors {
  /** As MapLibre draws at zoom 0: 0 to WORLD_PX from west to east, and from south to north. */
  x: Float64Array;
  y: Float64Array;
  sector: Uint8Array;
  /** The box the placed projects span, in world units. */
  extent: WorldBox;
  /** Per zoom level, each project's cell and how many cells there are. */
  cellsByLevel: Map<number, { cellOf: Uint32Array; cellCount: number }>;
  /**
   * The placed projects in a k-d tree, built by the first close view (`placedTree`): a wide view
   * scans the arrays above, so a visitor who never zooms in never pays for the tree.
   */
  tree: PlacedTree | null;
}

interface PlacedTree {
  placed: KDBush;
  /** The dataset position of each project in `placed`, by its id there. */
  positionOfPlaced: Uint32Array;
}

/** Built once per dataset, kept in its AtlasIndex. */
function projectAnchors(features: readonly ProjectFeature[]): ProjectAnchors {
  const x = new Float64Array(features.length);
  const y = new Float64Array(features.length);
  const sector = new Uint8Array(features.length);
  const extent: WorldBox = { left: Infinity, bottom: Infinity, right: -Infinity, top: -Infinity };
  features.forEach(({ geometry, properties }, position) => {
    sector[position] = SECTORS.indexOf(properties.sector);
    // A project without a place is anchored nowhere (NaN), so no view or cell holds it.
    if (geometry === null) {
      x[position] = NaN;
      y[position] = NaN;
      return;
    }
    const [worldX, worldY] = lngLatToWorld(shapeAnchor(geometry) as [number, number]);
    x[position] = worldX;
    y[position] = worldY;
    extent.left = Math.min(extent.left, worldX);
    extent.right = Math.max(extent.right, worldX);
    extent.bottom = Math.min(extent.bottom, worldY);
    extent.top = Math.max(extent.top, worldY);
  });
  return { x, y, sector, extent, cellsByLevel: new Map(), tree: null };
}

function placedTree(anchors: ProjectAnchors): PlacedTree {
  if (anchors.tree) return anchors.tree;
  const { x, y } = anchors;
  let placedCount = 0;
  for (let position = 0; position < x.length; position += 1) if (!Number.isNaN(x[position]!)) placedCount += 1;
  const placed = new KDBush(placedCount, 64, Float64Array);
  const positionOfPlaced = new Uint32Array(placedCount);
  for (let position = 0; position < x.length; position += 1) {
    if (!Number.isNaN(x[position]!)) positionOfPlaced[placed.add(x[position]!, y[position]!)] = position;
  }
  anchors.tree = { placed: placed.finish(), positionOfPlaced };
  return anchors.tree;
}

/** Cells are counted per whole zoom level, so they change only when the zoom crosses one. */
export function cellLevel(zoom: number): number {
  return Math.max(0, Math.floor(zoom));
}

function cellsAtLevel(anchors: ProjectAnchors, level: number) {
  const cached = anchors.cellsByLevel.get(level);
  if (cached) return cached;
  const cellsPerWorldUnit = 2 ** level / CELL_PX;
  const columns = Math.ceil(WORLD_PX * cellsPerWorldUnit);
  const cellOf = new Uint32Array(anchors.x.length);
  const cellByKey = new Map<number, number>();
  for (let position = 0; position < cellOf.length; position += 1) {
    const key = Math.floor(anchors.y[position]! * cellsPerWorldUnit) * columns + Math.floor(anchors.x[position]! * cellsPerWorldUnit);
    let cell = cellByKey.get(key);
    if (cell === undefined) cellByKey.set(key, (cell = cellByKey.size));
    cellOf[position] = cell;
  }
  const cells = { cellOf, cellCount: cellByKey.size };
  anchors.cellsByLevel.set(level, cells);
  return cells;
}

/** Web Mercator ends short of the poles, and a widened view may reach past them. */
const clampLatitude = (latitude: number) => Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latitude));

/**
 * A view over more than this share of the area the projects span is scanned, not asked of the tree:
 * most projects lie in it, and the tree's list of their ids, read out of dataset order, costs about
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

/** The projects that pass the filters and are anchored in `area` (anywhere, without one), by their position in the dataset. */
function shownPositions(dataset: AtlasIndex, filters: Filters, area: Bounds | null): (visit: (position: number) => void) => void {
  const anchors = dataset.get(projectAnchors);
  const { x, y } = anchors;
  const index = dataset.get(facetIndex);
  const { passes } = passingCombinations(index, filters);
  // The boxes of a view never overlap (viewBoxes), so no project is visited twice.
  const boxes = (area === null ? [] : viewBoxes(area)).map(({ west, south, east, north }): WorldBox => {
    const [left, bottom] = lngLatToWorld([west, clampLatitude(south)]);
    const [right, top] = lngLatToWorld([east, clampLatitude(north)]);
    return { left, bottom, right, top };
  });
  if (area !== null && coveredShare(boxes, anchors.extent) <= TREE_MAX_SHARE) {
    const { placed, positionOfPlaced } = placedTree(anchors);
    return (visit) => {
      for (const { left, bottom, right, top } of boxes) {
        for (const id of placed.range(left, bottom, right, top)) {
          const position = positionOfPlaced[id]!;
          if (passes[index.combinationOf[position]!] === 1) visit(position);
        }
      }
    };
  }
  // No view, or a wide one: one pass over the arrays, written as the scan before the tree was (one
  // test per project, no helper for each half of it), which keeps it as fast.
  const inArea = (position: number) =>
    (area === null && !Number.isNaN(x[position]!)) ||
    boxes.some(({ left, bottom, right, top }) => x[position]! >= left && x[position]! <= right && y[position]! >= bottom && y[position]! <= top);
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
    const [longitude, latitude] = worldToLngLat([sumX[cell]! / count, sumY[cell]! / count]);
    cells.push({ position: [longitude, latitude], count, sectors });
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
