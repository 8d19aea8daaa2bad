// The offline basemap, written by `npm run data:build` into public/basemap/:
// - countries-50m.json: Natural Earth 1:50m country shapes (world-atlas), as published;
// - country-labels.json: a label point per country;
// - geography.json: places, rivers, lakes and area names from the Natural Earth 1:10m extracts in
//   data/sources/natural-earth/, named in zh/en/ru (data/curated/basemapNames.ts), simplified
//   and quantised into one TopoJSON file.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import centerOfMass from '@turf/center-of-mass';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import { feature, quantize } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { z } from 'zod';
import type { ProjectFeature } from '../../src/data/atlasSchema';
import type { GeographyFile, RiverNameProperties } from '../../src/map/geography';
import { countryLabelsSchema, parseGeography } from '../../src/map/geographySchema';
import { addedPlaces, addedWaterLabels, lakeNames, placeOverrides, regionNames, riverNames } from '../curated/basemapNames';
import {
  addedWaterLabels as addedWaterLabelFeatures,
  lakeFeatures,
  lakeLabels,
  naturalEarthLakes,
  naturalEarthPlaces,
  naturalEarthRegions,
  naturalEarthRivers,
  placeInputs,
  placeLabels,
  regionLabels,
  riverFeatures,
  riverNameFeatures,
  stretches,
  traditionalNames,
  type BasemapReport,
} from './basemapFeatures';
import { COUNTRIES_TOPOLOGY_PATH, countryShapesByAlpha2 } from './worldCountries';

const SOURCES = 'data/sources/natural-earth';
/**
 * The basemap's extent: Central Asia, western China and the rims of their neighbours (the first
 * view spans 52–90°E, 34–54°N). Beyond it the map shows countries only.
 */
export const GEOGRAPHY_REGION = { west: 46, south: 33, east: 96, north: 56 } as const;
/**
 * Visvalingam's smallest kept triangle, in square degrees (a detail of about 1 km): 1:10m lines
 * thinned to what reads at zooms 4–8 and a first-view file of a few tens of KB.
 */
const MIN_WEIGHT_DEG2 = 1e-4;
/** Positions on a 1:20,000 grid of the file's extent: about 250 m. */
const QUANTIZATION = 2e4;
/**
 * The lines river names follow are thinned much further (details of about 25 km): MapLibre
 * places a name only where its line bends little, and a meandering river never does.
 */
const NAME_LINE_WEIGHT_DEG2 = 0.06;
/** Each stretch of a river carries its name once, at its middle: about 400 km apart. */
const NAME_STRETCH_DEG = 4;

/** The named rivers' lines, thinned and cut into stretches (the names' own lines, stored apart). */
function nameLines(rivers: Feature<LineString | MultiLineString, RiverNameProperties>[]): GeographyFile['riverNames'] {
  const collection = (features: typeof rivers) => ({ riverNames: { type: 'FeatureCollection', features } }) as Parameters<typeof topology>[0];
  // topojson-server types its result loosely; its one object is the collection passed in.
  const thinned = simplify(presimplify(topology(collection(rivers)) as unknown as GeographyFile['riverNames']), NAME_LINE_WEIGHT_DEG2);
  const cut = feature(thinned, thinned.objects.riverNames).features.map((river): (typeof rivers)[number] => {
    const lines = river.geometry.type === 'LineString' ? [river.geometry.coordinates] : river.geometry.type === 'MultiLineString' ? river.geometry.coordinates : [];
    return { type: 'Feature', properties: river.properties, geometry: { type: 'MultiLineString', coordinates: lines.flatMap((line) => stretches(line, NAME_STRETCH_DEG)) } };
  });
  return quantize(topology(collection(cut)) as unknown as GeographyFile['riverNames'], QUANTIZATION);
}

function readSource<T extends z.ZodType>(root: string, file: string, schema: T): z.infer<T> {
  const path = `${SOURCES}/${file}`;
  const parsed = schema.safeParse(JSON.parse(readFileSync(resolve(root, path), 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'is not the expected Natural Earth file'}`);
  }
  return parsed.data;
}

/** Label inside the main landmass, not in the sea between islands. */
function largestPolygonCenter(geometry: Polygon | MultiPolygon): [number, number] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const ringSize = (rings: number[][][]) => rings[0]?.length ?? 0;
  const largest = polygons.reduce((best, candidate) => (ringSize(candidate) > ringSize(best) ? candidate : best));
  const [lon = 0, lat = 0] = centerOfMass({ type: 'Polygon', coordinates: largest }).geometry.coordinates;
  return [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100];
}

/** The Natural Earth 1:10m extracts turned into the basemap topology, with what the build noticed. */
export function buildGeography(root: string, projects: readonly ProjectFeature[]) {
  const report: BasemapReport = { problems: [], notes: [] };
  const places = readSource(root, 'ne_10m_populated_places_central_asia.geojson', naturalEarthPlaces).features;
  const rivers = readSource(root, 'ne_10m_rivers_lake_centerlines_central_asia.geojson', naturalEarthRivers).features;
  const lakes = readSource(root, 'ne_10m_lakes_central_asia.geojson', naturalEarthLakes).features;
  const regions = readSource(root, 'ne_10m_geography_regions_polys_central_asia.geojson', naturalEarthRegions).features;

  const labels = [
    ...placeLabels(placeInputs(places, placeOverrides, addedPlaces, report), projects, GEOGRAPHY_REGION, report),
    ...lakeLabels(lakes, lakeNames, report),
    ...addedWaterLabelFeatures(addedWaterLabels),
    ...regionLabels(regions, regionNames, report),
  ];
  const riverNamesOnLines = riverNameFeatures(rivers, riverNames, report);
  for (const zh of traditionalNames([...labels.map((label) => label.properties), ...riverNamesOnLines.map((river) => river.properties)])) {
    report.problems.push(`basemap: "${zh}" still has traditional characters after opencc (correct it in data/curated/basemapNames.ts)`);
  }

  // topojson-server types its result loosely; its objects are the collections passed in.
  const shapes = topology({
    labels: { type: 'FeatureCollection', features: labels },
    rivers: { type: 'FeatureCollection', features: riverFeatures(rivers, GEOGRAPHY_REGION) },
    lakes: { type: 'FeatureCollection', features: lakeFeatures(lakes, lakeNames, GEOGRAPHY_REGION) },
  } as Parameters<typeof topology>[0]) as unknown as GeographyFile['shapes'];
  const geography: GeographyFile = {
    shapes: quantize(simplify(presimplify(shapes), MIN_WEIGHT_DEG2), QUANTIZATION),
    riverNames: nameLines(riverNamesOnLines),
  };
  return { geography, report };
}

/** Writes every basemap file; returns what the build noticed, or throws listing every problem. */
export function writeBasemap(root: string, projects: readonly ProjectFeature[]): string[] {
  const dir = resolve(root, 'public/basemap');
  mkdirSync(dir, { recursive: true });
  copyFileSync(COUNTRIES_TOPOLOGY_PATH, resolve(dir, 'countries-50m.json'));
  const countryLabels = [...countryShapesByAlpha2()].map(([code, shape]) => ({ code, position: largestPolygonCenter(shape.geometry) }));
  // The app reads the files it is shipped without a validator: they are checked here, as written.
  writeFileSync(resolve(dir, 'country-labels.json'), JSON.stringify(countryLabelsSchema.parse(countryLabels)));

  const { geography, report } = buildGeography(root, projects);
  if (report.problems.length > 0) throw new Error(`basemap: ${report.problems.length} problem(s)\n${report.problems.join('\n')}`);
  const text = JSON.stringify(geography);
  parseGeography(JSON.parse(text));
  writeFileSync(resolve(dir, 'geography.json'), text);
  return [...report.notes, `geography.json: ${Math.round(text.length / 1024)} KB, ${Math.round(gzipSync(text).length / 1024)} KB gzip`];
}
