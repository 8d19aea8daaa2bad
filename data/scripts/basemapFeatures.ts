// From Natural Earth features and the curated name tables to the basemap's features: which
// places, waters and areas are named, in which words, from which zoom. Pure functions; the files
// are read and written by build-basemap.ts.
import distance from '@turf/distance';
import { lngLatToWorld } from '@math.gl/web-mercator';
import type { Feature, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { Converter } from 'opencc-js';
import polylabel from 'polylabel';
import { z } from 'zod';
import { isMapped, type LocalizedName, type MappedProject, type ProjectFeature } from '../../src/data/atlasSchema';
import type { LabelProperties, LakeProperties, RiverNameProperties, RiverProperties } from '../../src/map/geography';
import type { AddedPlace, CuratedArea, PlaceKey, PlaceOverride } from '../curated/basemapNames';

// ---------------------------------------------------------------------------------------------
// Natural Earth's files, checked for the fields the build reads.

const position = z.tuple([z.number(), z.number()]).rest(z.number());
const point = z.object({ type: z.literal('Point'), coordinates: position });
const lines = z.union([
  z.object({ type: z.literal('LineString'), coordinates: z.array(position) }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(position)) }),
]);
const polygons = z.union([
  z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(position)) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(position))) }),
]);
const collection = <T extends z.ZodType>(feature: T) => z.object({ type: z.literal('FeatureCollection'), features: z.array(feature) });

export const naturalEarthPlaces = collection(
  z.object({
    geometry: point,
    properties: z.object({
      NAME: z.string(),
      NAME_EN: z.string().nullable(),
      NAME_RU: z.string().nullable(),
      NAME_ZH: z.string().nullable(),
      ADM0_A3: z.string(),
      FEATURECLA: z.string(),
      SCALERANK: z.number().int(),
      min_zoom: z.number(),
    }),
  }),
);
export const naturalEarthRivers = collection(
  z.object({
    geometry: lines,
    properties: z.object({ name: z.string().nullable(), featurecla: z.string(), scalerank: z.number().int(), min_zoom: z.number(), min_label: z.number() }),
  }),
);
export const naturalEarthLakes = collection(
  z.object({
    geometry: polygons,
    properties: z.object({ name: z.string().nullable(), scalerank: z.number().int(), min_zoom: z.number(), min_label: z.number() }),
  }),
);
export const naturalEarthRegions = collection(
  z.object({
    geometry: polygons,
    properties: z.object({ name: z.string(), scalerank: z.number().int(), min_label: z.number() }),
  }),
);
export type NaturalEarthPlace = z.infer<typeof naturalEarthPlaces>['features'][number];
export type NaturalEarthRiver = z.infer<typeof naturalEarthRivers>['features'][number];
export type NaturalEarthLake = z.infer<typeof naturalEarthLakes>['features'][number];
export type NaturalEarthRegion = z.infer<typeof naturalEarthRegions>['features'][number];

// ---------------------------------------------------------------------------------------------
// Zooms and ranks.

export interface Region {
  west: number;
  south: number;
  east: number;
  north: number;
}

/**
 * Natural Earth's min_zoom and min_label suit a world map crowded with names. This map shows one
 * region and leaves MapLibre to drop names that collide, so names come earlier: places by one
 * zoom level, and waters and areas (fewer, and what orients a reader first) by one and a half.
 */
const PLACE_ZOOM_ADVANCE = 1;
const AREA_ZOOM_ADVANCE = 1.5;
/** Rivers and lakes are drawn before they are named: the main ones from the first view on a phone. */
const WATER_SHAPE_ZOOM_ADVANCE = 2.5;
/** The map's smallest useful zoom: nothing needs to wait for less. */
export const FIRST_ZOOM = 2;
/** National capitals are named from the start. */
const CAPITAL_ZOOM = FIRST_ZOOM;
/** Two projects' markers are told apart when their centres are this far apart on screen. */
export const SEPARATION_PX = 24;
/** A project is "near" a town its location names when the two are at most this far apart. */
export const NEAR_TOWN_KM = 60;
/** No name waits for more than this zoom, even where projects never separate (two at one spot, a road near another marker). */
const LAST_NAME_ZOOM = 6;
/** The smallest features drawn; larger ranks are streams and ponds. */
const MAX_WATER_RANK = 8;

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
/** MapLibre evaluates a zoom in a filter per whole zoom level, so a feature's zoom is a whole number. */
const wholeZoom = (zoom: number, floor = FIRST_ZOOM) => Math.max(floor, Math.floor(zoom));

/** The zoom from which two points lie `pixels` apart in MapLibre's 512-pixel Web Mercator world. */
export function separationZoom(a: Readonly<Position>, b: Readonly<Position>, pixels = SEPARATION_PX): number {
  const [ax = 0, ay = 0] = lngLatToWorld([a[0] ?? 0, a[1] ?? 0]);
  const [bx = 0, by = 0] = lngLatToWorld([b[0] ?? 0, b[1] ?? 0]);
  const apart = Math.hypot(ax - bx, ay - by);
  return apart === 0 ? Number.POSITIVE_INFINITY : Math.log2(pixels / apart);
}

// ---------------------------------------------------------------------------------------------
// Names.

const toSimplified = Converter({ from: 'tw', to: 'cn' });

/** True when opencc finds nothing traditional to convert. */
export function isSimplified(text: string): boolean {
  return toSimplified(text) === text;
}

/** Natural Earth copies Wikipedia titles, disambiguation included: "Ангрен (город)". */
function withoutQualifier(text: string): string {
  return text.replace(/\s*[(（][^)）]*[)）]\s*$/, '').trim();
}

/** Names that denote a district rather than a town (Natural Earth's "Osakarov District", "Байганинский район"). */
function namesDistrict(names: LocalizedName): boolean {
  return /\b(District|Etrap)$/i.test(names.en) || /\s(район|этрап)$/i.test(names.ru) || /区$/.test(names.zh);
}

function naturalEarthNames({ NAME_ZH, NAME_EN, NAME_RU }: NaturalEarthPlace['properties']): Partial<LocalizedName> {
  const names: Partial<LocalizedName> = {};
  if (NAME_ZH) names.zh = toSimplified(withoutQualifier(NAME_ZH));
  if (NAME_EN) names.en = withoutQualifier(NAME_EN);
  if (NAME_RU) names.ru = withoutQualifier(NAME_RU);
  return names;
}

const isComplete = (names: Partial<LocalizedName>): names is LocalizedName => Boolean(names.zh && names.en && names.ru);

const inRegion = ([longitude = 0, latitude = 0]: Position, { west, south, east, north }: Region) =>
  longitude >= west && longitude <= east && latitude >= south && latitude <= north;

function positions(geometry: { type: string; coordinates: unknown }): Position[] {
  const flat: Position[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value) && typeof value[0] === 'number') flat.push(value as Position);
    else if (Array.isArray(value)) value.forEach(walk);
  };
  walk(geometry.coordinates);
  return flat;
}

const touchesRegion = (geometry: { type: string; coordinates: unknown }, region: Region) => positions(geometry).some((vertex) => inRegion(vertex, region));

// ---------------------------------------------------------------------------------------------
// Places.

export interface PlaceInput {
  key: PlaceKey | null;
  names: Partial<LocalizedName>;
  position: [number, number];
  capital: boolean;
  /** Natural Earth's scale rank (0 largest); added places count as small towns. */
  rank: number;
  /** Natural Earth's min_zoom for the place. */
  minzoom: number;
}

export interface BasemapReport {
  problems: string[];
  notes: string[];
}

const ADDED_PLACE_RANK = 8;

/** Natural Earth's places with the overrides applied, plus the added ones. Unmatched overrides are problems. */
export function placeInputs(
  places: readonly NaturalEarthPlace[],
  overrides: readonly PlaceOverride[],
  added: readonly AddedPlace[],
  report: BasemapReport,
): PlaceInput[] {
  const inputs: PlaceInput[] = places.map(({ geometry, properties }) => ({
    key: { name: properties.NAME, country: properties.ADM0_A3 },
    names: naturalEarthNames(properties),
    position: [round(geometry.coordinates[0], 4), round(geometry.coordinates[1], 4)],
    capital: properties.FEATURECLA === 'Admin-0 capital',
    rank: properties.SCALERANK,
    minzoom: properties.min_zoom,
  }));
  for (const override of overrides) {
    const matches = inputs.filter(({ key }) => key?.name === override.place.name && key.country === override.place.country);
    if (matches.length !== 1) {
      report.problems.push(`data/curated/basemapNames.ts: placeOverrides ${override.place.name} (${override.place.country}) matches ${matches.length} Natural Earth places, expected 1`);
    }
    for (const match of matches) match.names = { ...match.names, ...override.names };
  }
  return [
    ...inputs,
    ...added.map((place) => ({ key: null, names: place.names, position: place.position, capital: place.capital ?? false, rank: ADDED_PLACE_RANK, minzoom: LAST_NAME_ZOOM })),
  ];
}

export interface ProjectTown {
  en: string;
  projects: string[];
  minzoom: number;
}

/** A point of the project's geometry nearest to `position`. */
function nearestVertex(project: MappedProject, position: Position): Position {
  const vertices = positions(project.geometry);
  return vertices.reduce((best, vertex) => (distance(vertex, position) < distance(best, position) ? vertex : best));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The towns a project's location names (by their English name, as a whole word) and that lie
 * near that project; each is named from the zoom at which one of its projects stands apart from
 * every other project's marker.
 */
export function projectTowns(places: readonly PlaceInput[], allProjects: readonly ProjectFeature[]): Map<PlaceInput, ProjectTown> {
  const projects = allProjects.filter(isMapped);
  const markers = projects.filter((project) => project.geometry.type === 'Point');
  const towns = new Map<PlaceInput, ProjectTown>();
  for (const place of places) {
    if (!isComplete(place.names)) continue;
    const word = new RegExp(`(^|[^\\p{L}])${escapeRegExp(place.names.en)}($|[^\\p{L}])`, 'u');
    const named = projects
      .filter((project) => word.test(project.properties.location.place.en))
      .map((project) => ({ project, anchor: nearestVertex(project, place.position) }))
      .filter(({ anchor }) => distance(anchor, place.position) <= NEAR_TOWN_KM);
    if (named.length === 0) continue;
    const apartZoom = ({ project, anchor }: (typeof named)[number]) =>
      markers.filter((marker) => marker !== project).reduce((zoom, marker) => Math.max(zoom, separationZoom(anchor, marker.geometry.coordinates as readonly [number, number])), FIRST_ZOOM);
    const minzoom = Math.min(LAST_NAME_ZOOM, ...named.map(apartZoom));
    towns.set(place, { en: place.names.en, projects: named.map(({ project }) => project.id), minzoom: wholeZoom(minzoom) });
  }
  return towns;
}

type Label = Feature<Point, LabelProperties>;

const labelFeature = (position: Position, properties: LabelProperties): Label => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [round(position[0] ?? 0, 4), round(position[1] ?? 0, 4)] },
  properties,
});

/** Priority bands: project towns, then capitals, then places by size, then waters, then areas. */
const PRIORITY = { projectTown: 0, capital: 1, place: 2, water: 20, relief: 30 } as const;

/**
 * The places named on the map: every place in the region with names in all three languages,
 * except districts. A place a project names comes forward to the zoom where its projects separate.
 */
export function placeLabels(inputs: readonly PlaceInput[], projects: readonly ProjectFeature[], region: Region, report: BasemapReport): Label[] {
  const inside = inputs.filter((place) => place.key === null || inRegion(place.position, region));
  const complete = inside.filter((place): place is PlaceInput & { names: LocalizedName } => isComplete(place.names) && !namesDistrict(place.names));
  const towns = projectTowns(complete, projects);
  report.notes.push(
    `places: ${complete.length} named, ${inside.length - complete.length} in the region left out for lacking a zh, en or ru name or naming a district`,
    `project towns: ${[...towns.values()].map((town) => `${town.en} (z${town.minzoom}: ${town.projects.join(', ')})`).join('; ')}`,
  );
  return complete.map((place) => {
    const town = towns.get(place);
    const byRank = place.capital ? CAPITAL_ZOOM : wholeZoom(place.minzoom - PLACE_ZOOM_ADVANCE);
    return labelFeature(place.position, {
      ...place.names,
      kind: place.capital ? 'capital' : 'city',
      minzoom: town === undefined ? byRank : Math.min(byRank, town.minzoom),
      priority: town !== undefined ? PRIORITY.projectTown : place.capital ? PRIORITY.capital : PRIORITY.place + place.rank,
      project: town !== undefined,
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Waters and areas.

/** The pole of inaccessibility of the largest polygon: a name there sits well inside the shape. */
export function areaAnchor(geometry: Polygon | MultiPolygon): Position {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const span = (rings: Position[][]) => {
    const xs = (rings[0] ?? []).map((vertex) => vertex[0] ?? 0);
    const ys = (rings[0] ?? []).map((vertex) => vertex[1] ?? 0);
    return (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
  };
  const largest = polygons.reduce((best, candidate) => (span(candidate) > span(best) ? candidate : best));
  // GeoJSON positions here are [longitude, latitude] pairs, the pairs polylabel takes.
  return polylabel(largest as [number, number][][], 0.01);
}

function curatedLabels<F extends { properties: { name: string | null } }>(
  table: Readonly<Record<string, CuratedArea>>,
  features: readonly F[],
  file: string,
  report: BasemapReport,
): { feature: F; curated: CuratedArea }[] {
  return Object.entries(table).flatMap(([name, curated]) => {
    const matches = features.filter((feature) => feature.properties.name === name);
    if (matches.length === 0) report.problems.push(`data/curated/basemapNames.ts: "${name}" is not a feature of ${file}`);
    return matches.map((feature) => ({ feature, curated }));
  });
}

export function lakeLabels(lakes: readonly NaturalEarthLake[], table: Readonly<Record<string, CuratedArea>>, report: BasemapReport): Label[] {
  return curatedLabels(table, lakes, 'the lakes', report).map(({ feature, curated }) =>
    labelFeature(curated.anchor ?? areaAnchor(feature.geometry), {
      ...curated.names,
      kind: 'water',
      minzoom: wholeZoom(feature.properties.min_label - AREA_ZOOM_ADVANCE),
      priority: PRIORITY.water + feature.properties.scalerank,
      project: false,
    }),
  );
}

export function addedWaterLabels(labels: readonly (CuratedArea & { anchor: [number, number]; minzoom: number })[]): Label[] {
  return labels.map((label) => labelFeature(label.anchor, { ...label.names, kind: 'water', minzoom: label.minzoom, priority: PRIORITY.water, project: false }));
}

export function regionLabels(regions: readonly NaturalEarthRegion[], table: Readonly<Record<string, CuratedArea>>, report: BasemapReport): Label[] {
  return curatedLabels(table, regions, 'the geography regions', report).map(({ feature, curated }) =>
    labelFeature(curated.anchor ?? areaAnchor(feature.geometry), {
      ...curated.names,
      kind: 'relief',
      minzoom: wholeZoom(feature.properties.min_label - AREA_ZOOM_ADVANCE),
      priority: PRIORITY.relief + feature.properties.scalerank,
      project: false,
    }),
  );
}

/**
 * Rivers large enough to draw in the region, with the zoom each appears from. Lake centrelines
 * are left out: a river stops at the lake's shore.
 */
export function riverFeatures(rivers: readonly NaturalEarthRiver[], region: Region): Feature<LineString | MultiLineString, RiverProperties>[] {
  return rivers
    .filter(({ geometry, properties }) => properties.featurecla === 'River' && properties.scalerank <= MAX_WATER_RANK && touchesRegion(geometry, region))
    .map(({ geometry, properties }) => ({
      type: 'Feature',
      geometry,
      properties: { minzoom: wholeZoom(properties.min_zoom - WATER_SHAPE_ZOOM_ADVANCE, 0), rank: properties.scalerank },
    }));
}

/** The rivers of the curated table, named along their lines; lake centrelines stay unnamed. */
export function riverNameFeatures(
  rivers: readonly NaturalEarthRiver[],
  table: Readonly<Record<string, CuratedArea>>,
  report: BasemapReport,
): Feature<LineString | MultiLineString, RiverNameProperties>[] {
  const named = rivers.filter((river) => river.properties.featurecla === 'River');
  return curatedLabels(table, named, 'the rivers', report).map(({ feature, curated }) => ({
    type: 'Feature',
    geometry: feature.geometry,
    properties: { ...curated.names, minzoom: wholeZoom(feature.properties.min_label - AREA_ZOOM_ADVANCE) },
  }));
}

export function lakeFeatures(lakes: readonly NaturalEarthLake[], table: Readonly<Record<string, CuratedArea>>, region: Region): Feature<Polygon | MultiPolygon, LakeProperties>[] {
  return lakes
    .filter(({ geometry, properties }) => (properties.scalerank <= MAX_WATER_RANK || (properties.name !== null && properties.name in table)) && touchesRegion(geometry, region))
    .map(({ geometry, properties }) => ({ type: 'Feature', geometry, properties: { minzoom: wholeZoom(properties.min_zoom - WATER_SHAPE_ZOOM_ADVANCE, 0) } }));
}

/** Every name in the labels in simplified characters; a curated name that is not is a problem. */
export function traditionalNames(labels: readonly { zh: string }[]): string[] {
  return labels.map((label) => label.zh).filter((zh) => !isSimplified(zh));
}

/**
 * Cuts a line at vertices into stretches of at most `maxLength` (planar degrees), so that a name
 * placed at the middle of each stretch repeats along a long river and shows wherever it has room.
 */
export function stretches(line: readonly Position[], maxLength: number): Position[][] {
  const pieces: Position[][] = [];
  let piece: Position[] = [];
  let length = 0;
  for (const vertex of line) {
    const previous = piece.at(-1);
    const step = previous === undefined ? 0 : Math.hypot((vertex[0] ?? 0) - (previous[0] ?? 0), (vertex[1] ?? 0) - (previous[1] ?? 0));
    if (previous !== undefined && length + step > maxLength && piece.length > 1) {
      pieces.push(piece);
      piece = [previous];
      length = 0;
    }
    piece.push(vertex);
    length += step;
  }
  if (piece.length > 1) pieces.push(piece);
  return pieces;
}
