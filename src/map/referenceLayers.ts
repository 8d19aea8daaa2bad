// A visitor's reference layers, drawn beneath the forum's projects in a neutral slate that no sector
// colour uses. Points with a capacity are sized on the projects' own MW scale, so they compare.
// Drawn with the scatterplot and path layers the projects use: GeoJsonLayer would add its polygon
// tessellation to the first view's JavaScript for a layer most visitors never open. Areas are
// drawn as their outlines.
import type { Layer } from '@deck.gl/core';
import { PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { Position } from 'geojson';
import type { ReferenceFeature, ReferenceLayer } from '../domain/layers/referenceLayer';
import { withAlpha, type RGB } from './palette';
import { markerRadius, type CapacityScale } from './projectLayers';

/** Grey with a touch of blue: apart from every sector colour and paler than the density cells. */
export const REFERENCE_COLOR: RGB = [112, 120, 134];
export const REFERENCE_FILL = withAlpha(REFERENCE_COLOR, 120);
export const REFERENCE_OUTLINE = withAlpha([70, 76, 88], 230);
export const REFERENCE_OUTLINE_PX = 1.5;
const REFERENCE_LINE_PX = 2;

/** Every reference layer's id starts so; deck.gl picks by id prefix. */
export const REFERENCE_LAYER_PREFIX = 'reference';

interface ReferencePoint {
  feature: ReferenceFeature;
  position: Position;
}

interface ReferencePath {
  feature: ReferenceFeature;
  path: Position[];
}

/** A layer's features as the points and paths deck.gl draws: built once per opened layer. */
export interface ReferenceShapes {
  id: string;
  points: ReferencePoint[];
  paths: ReferencePath[];
}

export interface ShownReferenceLayer {
  id: string;
  layer: ReferenceLayer;
}

export function referenceShapes({ id, layer }: ShownReferenceLayer): ReferenceShapes {
  const points: ReferencePoint[] = [];
  const paths: ReferencePath[] = [];
  for (const feature of layer.features) {
    const { geometry } = feature;
    const addPaths = (lines: Position[][]) => lines.forEach((path) => paths.push({ feature, path }));
    if (geometry.type === 'Point') points.push({ feature, position: geometry.coordinates });
    else if (geometry.type === 'MultiPoint') geometry.coordinates.forEach((position) => points.push({ feature, position }));
    else if (geometry.type === 'LineString') addPaths([geometry.coordinates]);
    else if (geometry.type === 'MultiLineString' || geometry.type === 'Polygon') addPaths(geometry.coordinates);
    else if (geometry.type === 'MultiPolygon') geometry.coordinates.forEach(addPaths);
  }
  return { id, points, paths };
}

export function referenceLayers(shapes: readonly ReferenceShapes[], scale: CapacityScale): Layer[] {
  return shapes.flatMap(({ id, points, paths }) => [
    new PathLayer<ReferencePath>({
      id: `${REFERENCE_LAYER_PREFIX}:${id}:paths`,
      data: paths,
      pickable: true,
      getPath: (shape) => shape.path as [number, number][],
      getColor: REFERENCE_OUTLINE,
      widthUnits: 'pixels',
      getWidth: REFERENCE_LINE_PX,
    }),
    new ScatterplotLayer<ReferencePoint>({
      id: `${REFERENCE_LAYER_PREFIX}:${id}:points`,
      data: points,
      pickable: true,
      stroked: true,
      radiusUnits: 'pixels',
      getPosition: (shape) => shape.position as [number, number],
      getRadius: (shape) => markerRadius(shape.feature.properties.capacityMw, scale),
      getFillColor: REFERENCE_FILL,
      getLineColor: REFERENCE_OUTLINE,
      lineWidthUnits: 'pixels',
      getLineWidth: REFERENCE_OUTLINE_PX,
      updateTriggers: { getRadius: scale.domain() },
    }),
  ]);
}

/** The reference feature and its layer under a pick, if any. */
export function pickedReference(info: { layer?: Layer | null; object?: unknown }): { layerId: string; feature: ReferenceFeature } | null {
  const id = info.layer?.id ?? '';
  if (!id.startsWith(`${REFERENCE_LAYER_PREFIX}:`) || info.object === undefined) return null;
  const layerId = id.slice(REFERENCE_LAYER_PREFIX.length + 1).replace(/:(points|paths)$/, '');
  return { layerId, feature: (info.object as ReferencePoint | ReferencePath).feature };
}
