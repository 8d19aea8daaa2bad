// The basemap's geography: places, rivers, lakes and area names from Natural Earth, built by
// `npm run data:build` (data/scripts/build-basemap.ts) into one TopoJSON file with names in zh, en
// and ru. This module and its schema (geographySchema.ts, used by the build) are the only places
// that know that file's format.
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export const LABEL_KINDS = ['capital', 'city', 'water', 'relief'] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];

interface Names {
  zh: string;
  en: string;
  ru: string;
}

export interface LabelProperties extends Names {
  kind: LabelKind;
  /** From this zoom on the name may show. */
  minzoom: number;
  /** Lower goes first when names compete for room: project towns and capitals, then by size. */
  priority: number;
  /** A place a project's location names (Almaty, Horgos…): drawn a little stronger. */
  project: boolean;
}

export interface RiverProperties {
  minzoom: number;
  /** Natural Earth's scale rank: lower is a larger river, drawn wider. */
  rank: number;
}

/** The rivers in the curated name table, named along their lines (same arcs as `rivers`). */
export interface RiverNameProperties extends Names {
  minzoom: number;
}

export interface LakeProperties {
  minzoom: number;
}

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

/** The geometry types each collection holds. */
export const GEOMETRY_TYPES = {
  labels: ['Point'],
  rivers: ['LineString', 'MultiLineString'],
  riverNames: ['LineString', 'MultiLineString'],
  lakes: ['Polygon', 'MultiPolygon'],
} as const satisfies Record<keyof Geography, readonly Feature['geometry']['type'][]>;

/** Whether `json` has the two topologies and their objects, which is all topojson-client reads. */
export function isGeographyFile(json: unknown): json is GeographyFile {
  const hasObjects = (topology: unknown, keys: readonly string[]) =>
    typeof topology === 'object' &&
    topology !== null &&
    'type' in topology &&
    topology.type === 'Topology' &&
    'arcs' in topology &&
    Array.isArray(topology.arcs) &&
    'objects' in topology &&
    typeof topology.objects === 'object' &&
    topology.objects !== null &&
    keys.every((key) => key in (topology.objects as object));
  return (
    typeof json === 'object' &&
    json !== null &&
    'shapes' in json &&
    hasObjects(json.shapes, ['labels', 'rivers', 'lakes']) &&
    'riverNames' in json &&
    hasObjects(json.riverNames, ['riverNames'])
  );
}

/**
 * The geography file as GeoJSON. `npm run data:build` checked the file it wrote (geographySchema.ts),
 * so the app trusts its properties here: no validator in the first view.
 */
export function geographyFeatures({ shapes, riverNames }: GeographyFile): Geography {
  return {
    labels: feature(shapes, shapes.objects.labels) as Geography['labels'],
    rivers: feature(shapes, shapes.objects.rivers) as Geography['rivers'],
    riverNames: feature(riverNames, riverNames.objects.riverNames) as Geography['riverNames'],
    lakes: feature(shapes, shapes.objects.lakes) as Geography['lakes'],
  };
}
