// A visitor's reference layers, drawn beneath the forum's projects in a neutral slate that no sector
// colour uses. Points with a capacity are sized on the projects' own MW scale, so they compare.
import type { Layer } from '@deck.gl/core';
import { GeoJsonLayer } from '@deck.gl/layers';
import type { ReferenceFeature, ReferenceLayer } from '../domain/layers/referenceLayer';
import { withAlpha, type RGB } from './palette';
import { markerRadius, type CapacityScale } from './projectLayers';

/** Grey with a touch of blue: apart from every sector colour and paler than the density cells. */
export const REFERENCE_COLOR: RGB = [112, 120, 134];
export const REFERENCE_FILL = withAlpha(REFERENCE_COLOR, 120);
export const REFERENCE_OUTLINE = withAlpha([70, 76, 88], 230);
const AREA_FILL = withAlpha(REFERENCE_COLOR, 45);
export const REFERENCE_OUTLINE_PX = 1.5;

/** Every reference layer's id starts so; deck.gl picks by id prefix. */
export const REFERENCE_LAYER_PREFIX = 'reference';

export interface ShownReferenceLayer {
  id: string;
  layer: ReferenceLayer;
}

export function referenceLayers(shown: readonly ShownReferenceLayer[], scale: CapacityScale): Layer[] {
  return shown.map(
    ({ id, layer }) =>
      new GeoJsonLayer<ReferenceFeature['properties']>({
        id: `${REFERENCE_LAYER_PREFIX}:${id}`,
        data: layer.features,
        pickable: true,
        stroked: true,
        filled: true,
        pointType: 'circle',
        pointRadiusUnits: 'pixels',
        getPointRadius: (feature) => markerRadius(feature.properties.capacityMw, scale),
        getFillColor: (feature) => (feature.geometry.type === 'Polygon' || feature.geometry.type === 'MultiPolygon' ? AREA_FILL : REFERENCE_FILL),
        getLineColor: REFERENCE_OUTLINE,
        lineWidthUnits: 'pixels',
        getLineWidth: REFERENCE_OUTLINE_PX,
        updateTriggers: { getPointRadius: scale.domain() },
      }),
  );
}

/** The reference feature and its layer under a pick, if any. */
export function pickedReference(info: { layer?: Layer | null; object?: unknown }): { layerId: string; feature: ReferenceFeature } | null {
  const id = info.layer?.id ?? '';
  if (!id.startsWith(`${REFERENCE_LAYER_PREFIX}:`) || info.object === undefined) return null;
  return { layerId: id.slice(REFERENCE_LAYER_PREFIX.length + 1), feature: info.object as ReferenceFeature };
}
