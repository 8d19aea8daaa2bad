// A visitor's reference layers, drawn beneath the forum's projects in a neutral slate that no sector
// colour uses. Points with a capacity are sized on the projects' own MW scale, so they compare.
// Drawn with the scatterplot and path layers the projects use: GeoJsonLayer would add its polygon
// tessellation to the first view's JavaScript for a layer most visitors never open. Areas are
// drawn as their outlines. A large layer is counted in the projects' density cells where the view
// holds more of its points than markers can keep apart, and otherwise only its points near the view
// are drawn: software WebGL takes seconds a frame for 100,000 circles.
import type { Layer } from '@deck.gl/core';
import { PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import KDBush from 'kdbush';
import type { LayerDrawing } from '../domain/layers/layerDrawing';
import type { ReferenceFeature, ReferenceLayer } from '../domain/layers/referenceLayer';
import type { Language } from '../vocabulary';
import { densityCellLayers } from './cellLayers';
import { CELL_MARGIN, cellLevel, cellsAtLevel, indexedPlaces, countInCells, countVisited, MAX_MARKERS_IN_VIEW, placesIn, type CellPlaces, type CountedCell } from './densityCells';
import { widened, type Bounds } from './geoBounds';
import { withAlpha, type RGB } from './palette';
import { markerRadius, type CapacityScale } from './markerScale';

/** Grey with a touch of blue: apart from every sector colour and paler than the density cells. */
export const REFERENCE_COLOR: RGB = [112, 120, 134];
export const REFERENCE_FILL = withAlpha(REFERENCE_COLOR, 120);
export const REFERENCE_OUTLINE = withAlpha([70, 76, 88], 230);
export const REFERENCE_OUTLINE_PX = 1.5;
const REFERENCE_LINE_PX = 2;

/** Every reference layer's id starts so; deck.gl picks by id prefix. */
export const REFERENCE_LAYER_PREFIX = 'reference';

export const REFERENCE_CELL_FILL = withAlpha(REFERENCE_COLOR, 225);

/**
 * Near a view holding no more than MAX_MARKERS_IN_VIEW of a layer's points, the points drawn are
 * those in the view and half its size around it: four times its area, so at the same density up to
 * four times as many. More than that (the view at the edge of a dense cluster), and it is counted.
 */
export const MAX_REFERENCE_POINTS_NEAR = 4 * MAX_MARKERS_IN_VIEW;

export interface ShownReferenceLayer {
  id: string;
  layer: ReferenceLayer;
}

/** A layer's points as the points layer holds them: positions, capacities and each one's feature. */
export type ReferencePoints = LayerDrawing['points'];

/** A cell of a large layer: its points counted, and the megawatts of those that state a capacity. */
export interface ReferenceCell extends CountedCell {
  megawatts: number;
  withCapacity: number;
}

/** What of a layer is drawn at a view: its points (all, or those near the view), or cells counting them. */
export type ReferenceDrawing = ShownReferenceLayer & ({ points: ReferencePoints; cells: null } | { points: null; cells: ReferenceCell[] });

type ReferencePath = LayerDrawing['paths'][number];

/** A layer's points placed for counting in cells, from what the worker built (useMapLayers keeps them, one per layer). */
export function referencePlaces({ drawing: { places, points } }: ReferenceLayer): CellPlaces {
  // The tree's ids are the points' indices (layerDrawing).
  return indexedPlaces(places.x, places.y, { placed: KDBush.from(places.tree), positionOfPlaced: Uint32Array.from({ length: points.length }, (_, index) => index) });
}

/** The points at the given indices, in the layer's order. */
function pointsAt({ positions, capacities, features }: ReferencePoints, indices: readonly number[]): ReferencePoints {
  const subset = { length: indices.length, positions: new Float64Array(2 * indices.length), capacities: new Float32Array(indices.length), features: new Uint32Array(indices.length) };
  indices.forEach((index, at) => {
    subset.positions[2 * at] = positions[2 * index]!;
    subset.positions[2 * at + 1] = positions[2 * index + 1]!;
    subset.capacities[at] = capacities[index]!;
    subset.features[at] = features[index]!;
  });
  return subset;
}

/** The layer's points in `area` counted in the cells of a zoom level; a feature's capacity is added once, at its first point. */
function referenceCells(places: CellPlaces, { capacities, features }: ReferencePoints, level: number, area: Bounds): ReferenceCell[] {
  const { cellCount } = cellsAtLevel(places, level);
  const megawatts = new Float64Array(cellCount);
  const withCapacity = new Uint32Array(cellCount);
  const counted = countInCells(places, level, placesIn(places, area), (cell, index) => {
    const capacity = capacities[index]!;
    if (Number.isNaN(capacity) || (index > 0 && features[index - 1] === features[index])) return;
    megawatts[cell]! += capacity;
    withCapacity[cell]! += 1;
  });
  return counted.map(({ cell, position, count }) => ({ position, count, megawatts: megawatts[cell]!, withCapacity: withCapacity[cell]! }));
}

/**
 * What each layer draws at the view: a layer of no more points than MAX_MARKERS_IN_VIEW all of them,
 * as before; a larger one its points near the view, or cells where the view (or its surroundings)
 * holds too many. Before the map has a view, a large layer draws nothing.
 */
export function referenceDrawings(
  shown: readonly ShownReferenceLayer[],
  view: { bounds: Bounds; zoom: number } | null,
  placesOf: (layer: ReferenceLayer) => CellPlaces,
): ReferenceDrawing[] {
  return shown.map((reference): ReferenceDrawing => {
    const { points } = reference.layer.drawing;
    if (points.length <= MAX_MARKERS_IN_VIEW) return { ...reference, points, cells: null };
    if (view === null) return { ...reference, points: null, cells: [] };
    const places = placesOf(reference.layer);
    const near = widened(view.bounds, CELL_MARGIN);
    const crowded = countVisited(placesIn(places, view.bounds)) > MAX_MARKERS_IN_VIEW || countVisited(placesIn(places, near)) > MAX_REFERENCE_POINTS_NEAR;
    if (crowded) return { ...reference, points: null, cells: referenceCells(places, points, cellLevel(view.zoom), near) };
    const indices: number[] = [];
    placesIn(places, near)((index) => indices.push(index));
    return { ...reference, points: pointsAt(points, indices.sort((a, b) => a - b)), cells: null };
  });
}

/**
 * Points are drawn from flat arrays (deck.gl's binary attributes), one object for the whole layer;
 * a pick names the point by index, and the layer's data says whose feature it is.
 */
export function referenceLayers(drawings: readonly ReferenceDrawing[], scale: CapacityScale, language: Language): Layer[] {
  return drawings.flatMap(({ id, layer: { drawing }, points, cells }) => [
    new PathLayer<ReferencePath>({
      id: `${REFERENCE_LAYER_PREFIX}:${id}:paths`,
      data: drawing.paths,
      pickable: true,
      getPath: (shape) => shape.path as [number, number][],
      getColor: REFERENCE_OUTLINE,
      widthUnits: 'pixels',
      getWidth: REFERENCE_LINE_PX,
    }),
    ...(points === null
      ? densityCellLayers(cells, language, { id: `${REFERENCE_LAYER_PREFIX}:${id}:cells`, fill: REFERENCE_CELL_FILL })
      : [
          new ScatterplotLayer({
            id: `${REFERENCE_LAYER_PREFIX}:${id}:points`,
            data: { ...points, attributes: { getPosition: { value: points.positions, size: 2 } } },
            pickable: true,
            stroked: true,
            radiusUnits: 'pixels',
            getRadius: (_: unknown, { index }: { index: number }) => markerRadius(capacityAt(points.capacities, index), scale),
            getFillColor: REFERENCE_FILL,
            getLineColor: REFERENCE_OUTLINE,
            lineWidthUnits: 'pixels',
            getLineWidth: REFERENCE_OUTLINE_PX,
            updateTriggers: { getRadius: scale.domain() },
          }),
        ]),
  ]);
}

const capacityAt = (capacities: Float32Array, index: number) => {
  const capacity = capacities[index] ?? Number.NaN;
  return Number.isNaN(capacity) ? null : capacity;
};

/** Whether a layer of these drawings shows cells rather than its points, by the layer's id. */
export const countedLayerIds = (drawings: readonly ReferenceDrawing[]): ReadonlySet<string> => new Set(drawings.flatMap(({ id, cells }) => (cells === null ? [] : [id])));

export type PickedReference = { layerId: string; feature: ReferenceFeature } | { layerId: string; cell: ReferenceCell };

/** The reference feature, or cell of a large layer, and its layer under a pick, if any. */
export function pickedReference(info: { layer?: Layer | null; index: number; object?: unknown }, shown: readonly ShownReferenceLayer[]): PickedReference | null {
  const id = info.layer?.id ?? '';
  if (!id.startsWith(`${REFERENCE_LAYER_PREFIX}:`) || info.index < 0) return null;
  const layerId = id.slice(REFERENCE_LAYER_PREFIX.length + 1).replace(/:(points|paths|cells)$/, '');
  if (id.endsWith(':cells')) return info.object === undefined ? null : { layerId, cell: info.object as ReferenceCell };
  const layer = shown.find((candidate) => candidate.id === layerId)?.layer;
  if (layer === undefined) return null;
  // A points layer's data is ReferencePoints (referenceLayers), the layer's own or those near the view.
  const featureIndex = id.endsWith(':points') ? (info.layer!.props.data as ReferencePoints).features[info.index] : layer.drawing.paths[info.index]?.feature;
  const feature = featureIndex === undefined ? undefined : layer.features[featureIndex];
  return feature === undefined ? null : { layerId, feature };
}
