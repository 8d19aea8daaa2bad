// The basemap's geography: places, rivers, lakes and area names from Natural Earth, built by
// `npm run data:build` (data/scripts/build-basemap.ts) into one TopoJSON file with names in zh, en
// and ru. This module is the only place that knows that file's format.
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { z } from '../zod';

const name = z.string().min(1);
const names = { zh: name, en: name, ru: name };
const zoom = z.number().min(0).max(24);

export const LABEL_KINDS = ['capital', 'city', 'water', 'relief'] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];

const labelProperties = z.object({
  ...names,
  kind: z.enum(LABEL_KINDS),
  /** From this zoom on the name may show. */
  minzoom: zoom,
  /** Lower goes first when names compete for room: project towns and capitals, then by size. */
  priority: z.number().int().min(0),
  /** A place a project's location names (Almaty, Horgos…): drawn a little stronger. */
  project: z.boolean(),
});
export type LabelProperties = z.infer<typeof labelProperties>;

const riverProperties = z.object({
  minzoom: zoom,
  /** Natural Earth's scale rank: lower is a larger river, drawn wider. */
  rank: z.number().int().min(0),
});
export type RiverProperties = z.infer<typeof riverProperties>;

/** The rivers in the curated name table, named along their lines (same arcs as `rivers`). */
const riverNameProperties = z.object({ ...names, minzoom: zoom });
export type RiverNameProperties = z.infer<typeof riverNameProperties>;

const lakeProperties = z.object({ minzoom: zoom });
export type LakeProperties = z.infer<typeof lakeProperties>;

export interface Geography {
  labels: FeatureCollection<Point, LabelProperties>;
  rivers: FeatureCollection<LineString | MultiLineString, RiverProperties>;
  riverNames: FeatureCollection<LineString | MultiLineString, RiverNameProperties>;
  lakes: FeatureCollection<Polygon | MultiPolygon, LakeProperties>;
}

/**
 * The file: two topologies. River names follow lines thinned far more than the drawn rivers; in
 * one topology those lines would share every vertex with their rivers and be cut into two-point arcs.
 */
export interface GeographyFile {
  shapes: Topology<{
    labels: GeometryCollection<LabelProperties>;
    rivers: GeometryCollection<RiverProperties>;
    lakes: GeometryCollection<LakeProperties>;
  }>;
  riverNames: Topology<{ riverNames: GeometryCollection<RiverNameProperties> }>;
}

const geometryCollection = z.object({ type: z.literal('GeometryCollection'), geometries: z.array(z.object({ type: z.string() })) });
const topologyOf = <K extends string>(keys: readonly K[]) =>
  z.object({
    type: z.literal('Topology'),
    arcs: z.array(z.array(z.array(z.number()))),
    objects: z.object(Object.fromEntries(keys.map((key) => [key, geometryCollection])) as Record<K, typeof geometryCollection>),
  });
const fileShape = z.object({ shapes: topologyOf(['labels', 'rivers', 'lakes']), riverNames: topologyOf(['riverNames']) });

function collection<G extends Feature['geometry'], P>(
  topology: Topology<Record<string, GeometryCollection>>,
  object: string,
  types: readonly G['type'][],
  properties: z.ZodType<P>,
): FeatureCollection<G, P> {
  const geometries = topology.objects[object];
  if (geometries === undefined) throw new Error(`basemap/geography.json: no ${object}`);
  const features = feature(topology, geometries).features.map((shape, index) => {
    const where = `basemap/geography.json: ${object}[${index}]`;
    if (!types.includes(shape.geometry.type as G['type'])) throw new Error(`${where}: geometry ${shape.geometry.type}, expected ${types.join(' or ')}`);
    const parsed = properties.safeParse(shape.properties);
    if (!parsed.success) throw new Error(`${where}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'properties'} ${issue.message}`).join('; ')}`);
    return { type: 'Feature' as const, geometry: shape.geometry as G, properties: parsed.data };
  });
  return { type: 'FeatureCollection', features };
}

/** Validates the geography file and converts it to GeoJSON; throws naming the object, feature and field at fault. */
export function parseGeography(json: unknown): Geography {
  const shape = fileShape.safeParse(json);
  if (!shape.success) throw new Error(`basemap/geography.json is not the basemap’s geography: ${shape.error.issues[0]?.path.join('.') ?? ''} ${shape.error.issues[0]?.message ?? ''}`);
  // The shape check above covers what topojson-client reads; the properties are checked per feature.
  const { shapes, riverNames } = json as GeographyFile;
  return {
    labels: collection<Point, LabelProperties>(shapes, 'labels', ['Point'], labelProperties),
    rivers: collection<LineString | MultiLineString, RiverProperties>(shapes, 'rivers', ['LineString', 'MultiLineString'], riverProperties),
    riverNames: collection<LineString | MultiLineString, RiverNameProperties>(riverNames, 'riverNames', ['LineString', 'MultiLineString'], riverNameProperties),
    lakes: collection<Polygon | MultiPolygon, LakeProperties>(shapes, 'lakes', ['Polygon', 'MultiPolygon'], lakeProperties),
  };
}
