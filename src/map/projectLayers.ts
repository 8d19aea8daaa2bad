// Pure layer factories: every project, the visitor's filters and focus in, deck.gl layer
// descriptors out. Data arrays and their attributes are built once per dataset; filters only change
// the GPU category filter's uniform, and hover and selection only change accessors (through
// updateTriggers), so deck.gl never rebuilds the data on a filter change or a mouse move.
import type { Color, Layer } from '@deck.gl/core';
import {
  DataFilterExtension,
  PathStyleExtension,
  type DataFilterExtensionProps,
  type PathStyleExtensionProps,
} from '@deck.gl/extensions';
import { PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import { scaleSqrt, type ScalePower } from 'd3-scale';
import { isMapped, type MappedProject, type ProjectFeature, type ProjectGeometry } from '../data/atlasSchema';
import { filterProjects } from '../domain/filters/filterProjects';
import type { Filters, Language } from '../state/viewState';
import { projectCapacity } from '../domain/figures/projectCapacity';
import { densityCellLayers } from './cellLayers';
import { INK, SECTOR_COLORS, withAlpha, type RGB } from './palette';
import type { DensityCell } from './densityCells';
import { geometryExtent, shapeAnchor, type Bounds } from './geoBounds';
import { tileShapes, tilesNearView, type ShapeTile } from './shapeTiles';
import { categoriesAtPosition, categoryUpdateTrigger, passingCategories, projectCategories } from './projectCategories';

const TRANSPARENT: Color = [0, 0, 0, 0];

/** Radius of the largest capacity in the dataset; every other radius follows from area ∝ MW. */
export const MAX_RADIUS_PX = 20;
/** Size of a marker whose project states no capacity; it is hollow, so it does not read as a quantity. */
export const NEUTRAL_RADIUS_PX = 6;
/**
 * The smallest filled marker: a stated capacity, however small, is drawn larger than the hollow
 * ring of no capacity (whose 3 px outline reaches 1.5 px past its radius), so it never reads as less.
 */
export const MIN_CAPACITY_RADIUS_PX = NEUTRAL_RADIUS_PX + 2;
const FOCUS_GAP_PX = 5;

/** A dash array of zeros draws a solid line. */
export const SOLID: readonly [number, number] = [0, 0];
/** Dash and gap of an approximate location's outline, in outline widths. */
export const POINT_DASH: readonly [number, number] = [1.5, 1];
/** Dash and gap of an approximate route, in half route widths. */
export const ROUTE_DASH: readonly [number, number] = [3, 2];
export const ROUTE_WIDTH_PX = 4;

export interface MarkerStyle {
  fill: Color;
  outline: Color;
  outlineWidth: number;
  dash: readonly [number, number];
}

/**
 * Two independent signals: a stated capacity fills the marker (none: hollow, white inside), and an
 * approximate location (city, region or country instead of the site) pales the fill and dashes
 * the outline, like the dashed approximate routes.
 */
export function markerStyle(color: RGB, capacityStated: boolean, approximate: boolean): MarkerStyle {
  const dash = approximate ? POINT_DASH : SOLID;
  if (!capacityStated) return { fill: [255, 255, 255, 235], outline: withAlpha(color, 255), outlineWidth: 3, dash };
  if (approximate) return { fill: withAlpha(color, 110), outline: withAlpha(color, 255), outlineWidth: 2, dash };
  return { fill: withAlpha(color, 240), outline: withAlpha(INK, 220), outlineWidth: 1.5, dash };
}

export const PROJECT_POINTS_LAYER_ID = 'project-points';
export const PROJECT_ROUTES_LAYER_ID = 'project-routes';

/**
 * The layers whose objects are projects, for hover and click picking. deck.gl takes a layer id as
 * a prefix, so these find every tile's layer (the focus rings, which share the prefix, are not pickable).
 */
export const PROJECT_LAYER_IDS = [PROJECT_POINTS_LAYER_ID, PROJECT_ROUTES_LAYER_ID];
/** The rings around the selected and hovered projects. */
const FOCUS_LAYER_IDS = ['project-routes-focus', 'project-points-focus'] as const;

/** A tile's layer: the shape's layer id, then the tile's key (none for a dataset drawn as one tile). */
const tileLayerId = (base: string, tile: ShapeTile) => (tile.key === '' ? base : `${base}:${tile.key}`);
const isTileLayerOf = (base: string, id: string) => id === base || id.startsWith(`${base}:`);
/** A layer of project markers (points or routes, any tile), not a focus ring or a cell. */
export const isMarkerLayerId = (id: string) => PROJECT_LAYER_IDS.some((base) => isTileLayerOf(base, id));

// One instance each for the app's lifetime: deck.gl re-initialises a layer whose extensions change.
const DASHED = new PathStyleExtension({ dash: true });
/**
 * One category per facet (country, sector, builder), and no numeric range. The GPU also counts what
 * passes, once per filter change (a draw into one pixel): the map reports that count, so a test
 * can check what the GPU shows rather than what the app meant it to show.
 */
const CATEGORY_FILTER = new DataFilterExtension({ categorySize: 3, filterSize: 0, countItems: true });

/** How many of a marker layer's shapes pass the GPU filter, as deck.gl reports it. */
export type FilteredCountListener = (report: { id: string; count: number }) => void;

export type CapacityScale = ScalePower<number, number>;

/**
 * Radius in pixels for a capacity in MW: area proportional to MW, fixed by the dataset's largest
 * capacity, or a reference layer's (`otherLargest`) if larger, so both share one scale. Its domain
 * ends at 0 when nothing states a capacity in MW: nothing is sized by it then.
 */
export function createCapacityScale(projects: readonly ProjectFeature[], otherLargest = 0): CapacityScale {
  // A loop, not Math.max(...spread): a spread of a million arguments overflows the call stack.
  const largest = projects.reduce((max, project) => Math.max(max, projectCapacity(project)?.value ?? 0), otherLargest);
  return scaleSqrt().domain([0, largest]).range([0, MAX_RADIUS_PX]);
}

/** The largest capacity in MW the scale was made for; 0 when the dataset states none. */
const largestCapacity = (scale: CapacityScale) => scale.domain()[1] ?? 0;

/** Radius in pixels for a stated capacity in MW (at least the smallest filled size), or the neutral size when none is stated. */
export function markerRadius(megawatts: number | null, scale: CapacityScale): number {
  return megawatts === null ? NEUTRAL_RADIUS_PX : Math.max(MIN_CAPACITY_RADIUS_PX, scale(megawatts));
}

/** A location taken from a city, region or country rather than the site itself. */
export function isApproximate(project: MappedProject): boolean {
  return project.properties.location.precision !== 'site';
}

/** One marker: a Point project, or one point of a MultiPoint project (the same id and properties). */
export type PointProject = MappedProject & { geometry: Extract<ProjectGeometry, { type: 'Point' }> };
export type RouteProject = MappedProject & { geometry: Extract<ProjectGeometry, { type: 'LineString' }> };

export interface ProjectShapes {
  /** Tile by tile (shapeTiles.ts), largest capacity first within a tile, so smaller markers are drawn (and picked) on top of larger ones. */
  points: PointProject[];
  routes: RouteProject[];
  /** Each point's and route's project's position in the list split, for what is indexed by it (the filter categories). */
  pointPositions: Uint32Array;
  routePositions: Uint32Array;
  pointTiles: ShapeTile[];
  routeTiles: ShapeTile[];
}

const shapesCache = new WeakMap<readonly ProjectFeature[], ProjectShapes>();

/** Splits projects into points and routes, leaving out those without a place; the same list always yields the same arrays. */
export function projectShapes(features: readonly ProjectFeature[]): ProjectShapes {
  const cached = shapesCache.get(features);
  if (cached) return cached;
  const shapes = splitShapes(features);
  shapesCache.set(features, shapes);
  return shapes;
}

function splitShapes(features: readonly ProjectFeature[]): ProjectShapes {
  // Markers and routes are numbered on their own, each with its project's position: a MultiPoint
  // project has one marker per point, all at its position; a project without a place has none.
  const markers: PointProject[] = [];
  const markerPositions: number[] = [];
  const lines: RouteProject[] = [];
  const linePositions: number[] = [];
  features.forEach((feature, position) => {
    if (!isMapped(feature)) return;
    const { geometry } = feature;
    // The geometry's discriminant narrows it; TypeScript cannot carry that narrowing to the containing feature.
    if (geometry.type === 'LineString') {
      lines.push(feature as RouteProject);
      linePositions.push(position);
      return;
    }
    for (const coordinates of geometry.type === 'Point' ? [geometry.coordinates] : geometry.coordinates) {
      markers.push(geometry.type === 'Point' ? (feature as PointProject) : { ...feature, geometry: { type: 'Point', coordinates } });
      markerPositions.push(position);
    }
  });
  // Each capacity read once, not twice per comparison: a million points make twenty million comparisons.
  const capacities = Float64Array.from(markers, (marker) => projectCapacity(marker)?.value ?? -1);
  const shapesOf = (shapes: readonly MappedProject[]) => ({
    extentOf: (index: number) => geometryExtent(shapes[index]!.geometry),
    anchorOf: (index: number) => shapeAnchor(shapes[index]!.geometry),
  });
  const points = tileShapes(Array.from(markers.keys()), { ...shapesOf(markers), order: (a, b) => capacities[b]! - capacities[a]! });
  const routes = tileShapes(Array.from(lines.keys()), { ...shapesOf(lines), order: (a, b) => a - b });
  return {
    points: points.positions.map((index) => markers[index]!),
    routes: routes.positions.map((index) => lines[index]!),
    pointPositions: Uint32Array.from(points.positions, (index) => markerPositions[index]!),
    routePositions: Uint32Array.from(routes.positions, (index) => linePositions[index]!),
    pointTiles: points.tiles,
    routeTiles: routes.tiles,
  };
}

/**
 * The points layer's data: each attribute in one typed array, which deck.gl uploads as it is. A
 * million projects cost one loop here instead of an accessor call per project and attribute
 * (measured: 3.2 s of the page's main thread for 200,000 projects that way). `projects` is
 * index-aligned, for picking and for the category filter.
 */
export interface PointLayerData {
  length: number;
  projects: readonly PointProject[];
  attributes: {
    getPosition: { value: Float64Array; size: 2 };
    getRadius: { value: Float32Array; size: 1 };
    getFillColor: { value: Uint8Array; size: 4; normalized: true };
    getLineColor: { value: Uint8Array; size: 4; normalized: true };
    getLineWidth: { value: Float32Array; size: 1 };
    getDashArray: { value: Float32Array; size: 2 };
  };
}

const pointDataCache = new WeakMap<readonly PointProject[], { scale: CapacityScale; data: PointLayerData }>();

/** Built once per list of points (a dataset's, or one tile's) and capacity scale, which is the dataset's. */
export function pointLayerData(points: readonly PointProject[], scale: CapacityScale): PointLayerData {
  const cached = pointDataCache.get(points);
  if (cached?.scale === scale) return cached.data;
  const count = points.length;
  const positions = new Float64Array(count * 2);
  const radii = new Float32Array(count);
  const fills = new Uint8Array(count * 4);
  const outlines = new Uint8Array(count * 4);
  const outlineWidths = new Float32Array(count);
  const dashes = new Float32Array(count * 2);
  // Capacities repeat (50 MW, 100 MW…): each radius is computed once.
  const radiusByCapacity = new Map<number | null, number>();
  const radiusOf = (megawatts: number | null) => {
    let radius = radiusByCapacity.get(megawatts);
    if (radius === undefined) radiusByCapacity.set(megawatts, (radius = markerRadius(megawatts, scale)));
    return radius;
  };
  points.forEach((point, index) => {
    const megawatts = projectCapacity(point)?.value ?? null;
    const style = markerStyle(SECTOR_COLORS[point.properties.sector], megawatts !== null, isApproximate(point));
    positions.set(point.geometry.coordinates, index * 2);
    radii[index] = radiusOf(megawatts);
    fills.set(style.fill, index * 4);
    outlines.set(style.outline, index * 4);
    outlineWidths[index] = style.outlineWidth;
    dashes.set(style.dash, index * 2);
  });
  const data: PointLayerData = {
    length: count,
    projects: points,
    attributes: {
      getPosition: { value: positions, size: 2 },
      getRadius: { value: radii, size: 1 },
      getFillColor: { value: fills, size: 4, normalized: true },
      getLineColor: { value: outlines, size: 4, normalized: true },
      getLineWidth: { value: outlineWidths, size: 1 },
      getDashArray: { value: dashes, size: 2 },
    },
  };
  pointDataCache.set(points, { scale, data });
  return data;
}

const tileSliceCache = new WeakMap<readonly unknown[], Map<string, readonly unknown[]>>();

/**
 * A tile's share of the points or routes, the same array each time it is asked for: its layer data
 * (and the points' typed arrays) are built the first time the tile is near the view, and kept.
 */
function tileSlice<T>(items: readonly T[], tile: ShapeTile): readonly T[] {
  if (tile.start === 0 && tile.end === items.length) return items;
  const tiles = tileSliceCache.get(items) ?? new Map<string, readonly unknown[]>();
  tileSliceCache.set(items, tiles);
  const slice = tiles.get(tile.key) ?? items.slice(tile.start, tile.end);
  tiles.set(tile.key, slice);
  // Stored as unknown[] beside other lists; this one was made from `items`.
  return slice as readonly T[];
}

/** The project under a pick on one of the project layers: routes hold projects, points an index into theirs. */
export function pickedProject({ layer, index, object }: { layer?: Layer | null; index: number; object?: unknown }): ProjectFeature | null {
  if (layer === null || layer === undefined || index < 0) return null;
  if (isTileLayerOf(PROJECT_POINTS_LAYER_ID, layer.id)) return (layer.props.data as PointLayerData).projects[index] ?? null;
  // A routes layer's data is the routes themselves.
  if (isTileLayerOf(PROJECT_ROUTES_LAYER_ID, layer.id)) return (object as RouteProject | undefined) ?? null;
  return null;
}

export interface ProjectLayerState {
  filters: Filters;
  selectedId: string | null;
  hoveredId: string | null;
  capacityScale: CapacityScale;
  /** The dataset's projects by id (AtlasData has them), for finding the selected and hovered ones. */
  projectsById: ReadonlyMap<string, ProjectFeature>;
  /** Counted cells instead of markers (densityView). */
  cells: readonly DensityCell[] | null;
  /** Where the map looks: of a tiled dataset, only the tiles near it are drawn. Null: all of them. */
  view: Bounds | null;
  /** For the cells' counts. */
  language: Language;
  /** Told each marker layer's count of shapes passing the GPU filter, when it changes. */
  onFilteredCount?: FilteredCountListener;
}

/**
 * The projects under focus (selected, hovered) that pass the filters: the focus rings are drawn
 * for these few only, so a hover never touches the attributes of every project.
 */
function focusedShapes({ filters, selectedId, hoveredId, projectsById }: ProjectLayerState): ProjectShapes {
  const focused = [...new Set([selectedId, hoveredId])].flatMap((id) => (id === null ? [] : (projectsById.get(id) ?? [])));
  return splitShapes(filterProjects(focused, filters));
}

/** How many markers (points and routes, shown or not) the tiles near the view hold: what drawing them costs. */
export function markersNearView(features: readonly ProjectFeature[], view: Bounds): number {
  const { pointTiles, routeTiles } = projectShapes(features);
  return [...tilesNearView(pointTiles, view), ...tilesNearView(routeTiles, view)].reduce((sum, tile) => sum + tile.end - tile.start, 0);
}

/**
 * `features` is every project of the dataset: the filters hide projects on the GPU, they never
 * change the data. Markers are drawn tile by tile (one tile for a small dataset), and not at all
 * where the view is counted in cells.
 */
export function projectLayers(features: readonly ProjectFeature[], state: ProjectLayerState): Layer[] {
  const { points, routes, pointPositions, routePositions, pointTiles, routeTiles } = projectShapes(features);
  const focused = focusedShapes(state);
  const { filters, selectedId, hoveredId, capacityScale, cells, language, view, onFilteredCount } = state;
  const focus = [selectedId, hoveredId];
  const focusColor = ({ id }: ProjectFeature): Color =>
    id === selectedId ? withAlpha(INK, 255) : id === hoveredId ? withAlpha(INK, 170) : TRANSPARENT;

  const routeFocus = new PathLayer<RouteProject>({
    id: FOCUS_LAYER_IDS[0],
    data: focused.routes,
    widthUnits: 'pixels',
    capRounded: true,
    jointRounded: true,
    getPath: (route) => route.geometry.coordinates,
    getColor: (route) => (route.id === selectedId ? withAlpha(INK, 90) : route.id === hoveredId ? withAlpha(INK, 60) : TRANSPARENT),
    getWidth: (route) => (route.id === selectedId ? 14 : route.id === hoveredId ? 11 : 0),
    updateTriggers: { getColor: focus, getWidth: focus },
  });
  const pointFocus = new ScatterplotLayer<PointProject>({
    id: FOCUS_LAYER_IDS[1],
    data: focused.points,
    stroked: true,
    filled: false,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getPosition: (point) => point.geometry.coordinates,
    getRadius: (point) => markerRadius(projectCapacity(point)?.value ?? null, capacityScale) + FOCUS_GAP_PX,
    getLineColor: focusColor,
    getLineWidth: (point) => (point.id === selectedId ? 3 : point.id === hoveredId ? 2 : 0),
    updateTriggers: { getRadius: capacityScale, getLineColor: focus, getLineWidth: focus },
  });
  // Markers with a halo under a selected route; cells with the selection marked over them.
  if (cells !== null) return [...densityCellLayers(cells, language), routeFocus, pointFocus];
  const categories = projectCategories(features);
  const categoryAt = categoriesAtPosition(features, filters);
  const filterCategories = passingCategories(categories, filters);
  const categoryTrigger = categoryUpdateTrigger(categories, filters);
  return [
    routeFocus,
    ...tilesNearView(routeTiles, view).map((tile) => new PathLayer<RouteProject, PathStyleExtensionProps<RouteProject> & DataFilterExtensionProps<RouteProject>>({
      id: tileLayerId(PROJECT_ROUTES_LAYER_ID, tile),
      data: tileSlice(routes, tile),
      pickable: true,
      widthUnits: 'pixels',
      capRounded: true,
      jointRounded: true,
      getPath: (route) => route.geometry.coordinates,
      getColor: (route) => SECTOR_COLORS[route.properties.sector],
      getWidth: ROUTE_WIDTH_PX,
      extensions: [DASHED, CATEGORY_FILTER],
      getDashArray: (route) => (isApproximate(route) ? ROUTE_DASH : SOLID),
      dashJustified: true,
      dashGapPickable: true,
      getFilterCategory: (_, { index }) => categoryAt(routePositions[tile.start + index] ?? 0),
      filterCategories,
      onFilteredItemsChange: onFilteredCount,
      updateTriggers: { getFilterCategory: categoryTrigger },
    })),
    ...tilesNearView(pointTiles, view).map((tile) => new ScatterplotLayer<PointProject, PathStyleExtensionProps<PointProject> & DataFilterExtensionProps<PointProject>>({
      id: tileLayerId(PROJECT_POINTS_LAYER_ID, tile),
      data: pointLayerData(tileSlice(points, tile), capacityScale),
      pickable: true,
      stroked: true,
      filled: true,
      radiusUnits: 'pixels',
      lineWidthUnits: 'pixels',
      extensions: [DASHED, CATEGORY_FILTER],
      dashGapPickable: true,
      // Position, size, colours and dashes come from pointLayerData's typed arrays; categories by the point's place in the dataset.
      getFilterCategory: (_, { index }) => categoryAt(pointPositions[tile.start + index] ?? 0),
      filterCategories,
      onFilteredItemsChange: onFilteredCount,
      updateTriggers: { getFilterCategory: categoryTrigger },
    })),
    pointFocus,
  ];
}

/**
 * How many shapes the project layers hold: markers (a MultiPoint project's each, shown or hidden by
 * the GPU filter) and focus rings. The map reports them for end-to-end tests, which cannot look
 * into WebGL: a project without a place must add to neither.
 */
export function drawnShapeCounts(layers: readonly Layer[]): { markers: number; focused: number } {
  // Every project layer's data has a length: an array of projects, or PointLayerData.
  const shapesIn = (isCounted: (id: string) => boolean) =>
    layers.filter((layer) => isCounted(layer.id)).reduce((sum, layer) => sum + (layer.props.data as { length: number }).length, 0);
  return {
    markers: shapesIn((id) => PROJECT_LAYER_IDS.some((base) => isTileLayerOf(base, id))),
    focused: shapesIn((id) => FOCUS_LAYER_IDS.some((focusId) => focusId === id)),
  };
}

/** About this many round ticks are asked of the scale; the legend draws three of them. */
const LEGEND_TICKS = 5;

/**
 * Legend steps from the scale's own round ticks (d3 `ticks`, 0 left out): the smallest, the middle one
 * and the largest, which is within a quarter of the largest capacity. None when the dataset states
 * no capacity in MW.
 */
export function legendCapacities(scale: CapacityScale): number[] {
  if (largestCapacity(scale) === 0) return [];
  const ticks = scale.ticks(LEGEND_TICKS).filter((tick) => tick > 0);
  return [...new Set([ticks[0]!, ticks[Math.floor((ticks.length - 1) / 2)]!, ticks.at(-1)!])];
}
