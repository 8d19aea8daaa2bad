// Pure layer factories: every project, the visitor's filters and focus in, deck.gl layer descriptors
// out; and what a pick on them found. Data arrays and their attributes are built once per dataset
// (projectShapes.ts, pointData.ts); filters only change the GPU category filter's uniform, and hover
// and selection only change the small ring layers (markerLayers never sees them), so deck.gl never
// rebuilds the data on a filter change or a mouse move.
import type { Color, Layer, Position } from '@deck.gl/core';
import {
  DataFilterExtension,
  PathStyleExtension,
  type DataFilterExtensionProps,
  type PathStyleExtensionProps,
} from '@deck.gl/extensions';
import { PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { ProjectFeature } from '../data/atlasSchema';
import { filterProjects } from '../domain/filters/filterProjects';
import { projectCapacity } from '../domain/figures/projectCapacity';
import { densityCellLayers } from './cellLayers';
import type { DensityCell } from './densityCells';
import type { Bounds } from './geoBounds';
import { markerRadius, type CapacityScale } from './markerScale';
import { INK, SECTOR_COLORS, withAlpha } from './palette';
import { isApproximate, ROUTE_DASH, ROUTE_WIDTH_PX, sameProjects, SOLID, tilePointData, type PointLayerData } from './pointData';
import { categoriesAtPosition, categoryUpdateTrigger, passingCategories, projectCategories } from './projectCategories';
import { projectShapes, tileSlice, type PointProject, type ProjectShapes, type RouteProject } from './projectShapes';
import { tilesNearView, type ShapeTile } from './shapeTiles';
import type { AtlasIndex, Filters, Language } from '../vocabulary';

const TRANSPARENT: Color = [0, 0, 0, 0];
const FOCUS_GAP_PX = 5;
/** A route's vertices as they are, for a PathLayer: deck.gl only reads them, though its type asks for writable arrays. */
const routePath = (route: RouteProject) => route.geometry.coordinates as Position[];

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

/** What the focus rings depend on: a hover or a selection changes these layers only. */
export type FocusState = Pick<ProjectLayerState, 'filters' | 'selectedId' | 'hoveredId' | 'capacityScale' | 'projectsById'>;
/** What the markers (or cells) depend on: never the hovered or selected project. */
export type MarkerState = Omit<ProjectLayerState, 'selectedId' | 'hoveredId' | 'projectsById'>;

/** The rings around the focused routes and points; null where nothing of the kind is in focus. */
export interface FocusRings {
  routes: Layer | null;
  points: Layer | null;
}

/**
 * The projects under focus (selected, hovered) that pass the filters: the focus rings are drawn
 * for these few only, so a hover never touches the attributes of every project.
 */
function focusedShapes({ filters, selectedId, hoveredId, projectsById }: FocusState): ProjectShapes {
  const focused = [...new Set([selectedId, hoveredId])].flatMap((id) => (id === null ? [] : (projectsById.get(id) ?? [])));
  return projectShapes(filterProjects(focused, filters));
}

/**
 * The rings around the selected and hovered projects. A ring layer exists only while it has a
 * project to ring: an empty layer still compiles its shader program, which on software WebGL
 * blocks the first view for a good part of a second.
 */
export function focusRingLayers(state: FocusState): FocusRings {
  const { selectedId, hoveredId, capacityScale } = state;
  const focused = focusedShapes(state);
  const focus = [selectedId, hoveredId];
  const focusColor = ({ id }: ProjectFeature): Color =>
    id === selectedId ? withAlpha(INK, 255) : id === hoveredId ? withAlpha(INK, 170) : TRANSPARENT;
  return {
    routes:
      focused.routes.length === 0
        ? null
        : new PathLayer<RouteProject>({
            id: FOCUS_LAYER_IDS[0],
            data: focused.routes,
            widthUnits: 'pixels',
            capRounded: true,
            jointRounded: true,
            getPath: (route) => routePath(route),
            getColor: (route) => (route.id === selectedId ? withAlpha(INK, 90) : route.id === hoveredId ? withAlpha(INK, 60) : TRANSPARENT),
            getWidth: (route) => (route.id === selectedId ? 14 : route.id === hoveredId ? 11 : 0),
            updateTriggers: { getColor: focus, getWidth: focus },
          }),
    points:
      focused.points.length === 0
        ? null
        : new ScatterplotLayer<PointProject>({
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
          }),
  };
}

/**
 * `dataset` indexes every project of the dataset: the filters hide projects on the GPU, they never
 * change the data. Markers are drawn tile by tile (one tile for a small dataset), and not at all
 * where the view is counted in cells. Nothing here depends on the focus, so a hover or a selection
 * hands deck.gl the same layers.
 */
export function markerLayers(dataset: AtlasIndex, state: MarkerState): Layer[] {
  const { pointPositions, routePositions, pointTiles, routeTiles } = dataset.get(projectShapes);
  const { filters, capacityScale, cells, language, view, onFilteredCount } = state;
  if (cells !== null) return densityCellLayers(cells, language);
  const categories = projectCategories(dataset);
  const categoryAt = categoriesAtPosition(dataset, filters);
  const filterCategories = passingCategories(dataset, filters);
  const categoryTrigger = categoryUpdateTrigger(categories, filters);
  return [
    ...tilesNearView(routeTiles, view).map((tile) => new PathLayer<RouteProject, PathStyleExtensionProps<RouteProject> & DataFilterExtensionProps<RouteProject>>({
      id: tileLayerId(PROJECT_ROUTES_LAYER_ID, tile),
      data: tileSlice(dataset, 'routes', tile),
      pickable: true,
      widthUnits: 'pixels',
      capRounded: true,
      jointRounded: true,
      getPath: (route) => routePath(route),
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
      data: tilePointData(dataset, tile, capacityScale),
      dataComparator: sameProjects,
      pickable: true,
      stroked: true,
      filled: true,
      radiusUnits: 'pixels',
      lineWidthUnits: 'pixels',
      extensions: [DASHED, CATEGORY_FILTER],
      dashGapPickable: true,
      // Position, size, colours and dashes come from tilePointData's typed arrays; categories by the point's place in the dataset.
      getFilterCategory: (_, { index }) => categoryAt(pointPositions[tile.start + index] ?? 0),
      filterCategories,
      onFilteredItemsChange: onFilteredCount,
      updateTriggers: { getFilterCategory: categoryTrigger },
    })),
  ];
}

/** The rings in among the markers: a route's halo under the routes, a point's ring over the points; both over cells. */
export function withFocusRings(markers: readonly Layer[], rings: FocusRings, showsCells: boolean): Layer[] {
  const present = (layer: Layer | null) => (layer === null ? [] : [layer]);
  if (showsCells) return [...markers, ...present(rings.routes), ...present(rings.points)];
  return [...present(rings.routes), ...markers, ...present(rings.points)];
}

/** Markers (or cells) and the focus rings, in drawing order. */
export function projectLayers(dataset: AtlasIndex, state: ProjectLayerState): Layer[] {
  return withFocusRings(markerLayers(dataset, state), focusRingLayers(state), state.cells !== null);
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
