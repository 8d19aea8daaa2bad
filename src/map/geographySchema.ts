// The checks of the basemap's files, run by `npm run data:build` on what it writes: the app reads
// the shipped files without a validator (geography.ts, countryLabels.ts), so zod stays out of the
// first view. Each failure names the file, the object, the feature and the field at fault.
import { z } from '../zod';
import type { CountryLabel } from './countryLabels';
import {
  GEOMETRY_TYPES,
  LABEL_KINDS,
  geographyFeatures,
  type Geography,
  type GeographyFile,
  type LabelProperties,
  type LakeProperties,
  type RiverNameProperties,
  type RiverProperties,
} from './geography';

const name = z.string().min(1);
const names = { zh: name, en: name, ru: name };
const zoom = z.number().min(0).max(24);

const labelProperties: z.ZodType<LabelProperties> = z.object({
  ...names,
  kind: z.enum(LABEL_KINDS),
  minzoom: zoom,
  priority: z.number().int().min(0),
  project: z.boolean(),
});
const riverProperties: z.ZodType<RiverProperties> = z.object({ minzoom: zoom, rank: z.number().int().min(0) });
const riverNameProperties: z.ZodType<RiverNameProperties> = z.object({ ...names, minzoom: zoom });
const lakeProperties: z.ZodType<LakeProperties> = z.object({ minzoom: zoom });

const geometryCollection = z.object({ type: z.literal('GeometryCollection'), geometries: z.array(z.object({ type: z.string() })) });
const topologyOf = <K extends string>(keys: readonly K[]) =>
  z.object({
    type: z.literal('Topology'),
    arcs: z.array(z.array(z.array(z.number()))),
    objects: z.object(Object.fromEntries(keys.map((key) => [key, geometryCollection])) as Record<K, typeof geometryCollection>),
  });
const fileShape = z.object({ shapes: topologyOf(['labels', 'rivers', 'lakes']), riverNames: topologyOf(['riverNames']) });

const PROPERTIES: { [K in keyof Geography]: z.ZodType<Geography[K]['features'][number]['properties']> } = {
  labels: labelProperties,
  rivers: riverProperties,
  riverNames: riverNameProperties,
  lakes: lakeProperties,
};

/** Checks the geography file and converts it to GeoJSON; throws naming the object, feature and field at fault. */
export function parseGeography(json: unknown): Geography {
  const shape = fileShape.safeParse(json);
  if (!shape.success) throw new Error(`basemap/geography.json is not the basemap’s geography: ${shape.error.issues[0]?.path.join('.') ?? ''} ${shape.error.issues[0]?.message ?? ''}`);
  // The shape check above covers what topojson-client reads; the properties are checked per feature.
  const geography = geographyFeatures(json as GeographyFile);
  for (const object of Object.keys(PROPERTIES) as (keyof Geography)[]) {
    const types: readonly string[] = GEOMETRY_TYPES[object];
    geography[object].features.forEach((shape, index) => {
      const where = `basemap/geography.json: ${object}[${index}]`;
      if (!types.includes(shape.geometry.type)) throw new Error(`${where}: geometry ${shape.geometry.type}, expected ${types.join(' or ')}`);
      const parsed = PROPERTIES[object].safeParse(shape.properties);
      if (!parsed.success) throw new Error(`${where}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'properties'} ${issue.message}`).join('; ')}`);
    });
  }
  return geography;
}

const countryLabel: z.ZodType<CountryLabel> = z.object({
  code: z.string().regex(/^[A-Z]{2}$/),
  position: z.tuple([z.number(), z.number()]),
});

/** Checks the country label points (basemap/country-labels.json). */
export const countryLabelsSchema = z.array(countryLabel);
