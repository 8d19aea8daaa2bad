// A visitor's reference layers, drawn beneath the forum's projects in a neutral slate that no sector
// colour uses. Points with a capacity are sized on the projects' own MW scale, so they compare.
// Drawn with the scatterplot and path layers the projects use: GeoJsonLayer would add its polygon
// tessellation to the first view's JavaScript for a layer most visitors never open. Areas are
// drawn as their outlines.
import type { Layer } from '@deck.gl/core';
import { PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { LayerDrawing } from '../domain/layers/layerDrawing';
import type { ReferenceFeature, ReferenceLayer } from '../domain/layers/referenceLayer';
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

export interface ShownReferenceLayer {
  id: string;
  layer: ReferenceLayer;
}

type ReferencePath = LayerDrawing['paths'][number];

/**
 * Points are drawn from the layer's flat arrays (deck.gl's binary attributes), one object for the
 * whole layer; a pick names the point by index.
 */
export function referenceLayers(shown: readonly ShownReferenceLayer[], scale: CapacityScale): Layer[] {
  return shown.flatMap(({ id, layer: { drawing } }) => [
    new PathLayer<ReferencePath>({
      id: `${REFERENCE_LAYER_PREFIX}:${id}:paths`,
      data: drawing.paths,
      pickable: true,
      getPath: (shape) => shape.path as [number, number][],
      getColor: REFERENCE_OUTLINE,
      widthUnits: 'pixels',
      getWidth: REFERENCE_LINE_PX,
    }),
    new ScatterplotLayer({
      id: `${REFERENCE_LAYER_PREFIX}:${id}:points`,
      data: { length: drawing.points.length, attributes: { getPosition: { value: drawing.points.positions, size: 2 } } },
      pickable: true,
      stroked: true,
      radiusUnits: 'pixels',
      getRadius: (_: unknown, { index }: { index: number }) => markerRadius(capacityAt(drawing.points.capacities, index), scale),
      getFillColor: REFERENCE_FILL,
      getLineColor: REFERENCE_OUTLINE,
      lineWidthUnits: 'pixels',
      getLineWidth: REFERENCE_OUTLINE_PX,
      updateTriggers: { getRadius: scale.domain() },
    }),
  ]);
}

const capacityAt = (capacities: Float32Array, index: number) => {
  const capacity = capacities[index] ?? Number.NaN;
  return Number.isNaN(capacity) ? null : capacity;
};

/** The reference feature and its layer under a pick, if any. */
export function pickedReference(info: { layer?: Layer | null; index: number }, shown: readonly ShownReferenceLayer[]): { layerId: string; feature: ReferenceFeature } | null {
  const id = info.layer?.id ?? '';
  if (!id.startsWith(`${REFERENCE_LAYER_PREFIX}:`) || info.index < 0) return null;
  const layerId = id.slice(REFERENCE_LAYER_PREFIX.length + 1).replace(/:(points|paths)$/, '');
  const layer = shown.find((candidate) => candidate.id === layerId)?.layer;
  if (layer === undefined) return null;
  const featureIndex = id.endsWith(':points') ? layer.drawing.points.features[info.index] : layer.drawing.paths[info.index]?.feature;
  const feature = featureIndex === undefined ? undefined : layer.features[featureIndex];
  return feature === undefined ? null : { layerId, feature };
}
