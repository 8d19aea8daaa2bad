// A GeoJSON FeatureCollection as a reference layer (also the atlas's own export): each feature with
// a valid geometry is placed; one without (the export's unmapped initiatives) is listed by number.
import type { Geometry } from 'geojson';
import { z } from '../../zod';
import { placedLayer, type PlacementProblem, type ReferenceFeature, type ReferenceLayer } from './referenceLayer';

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).rest(z.number());
const line = z.array(position).min(2);
const ring = z.array(position).min(4);
const geometrySchema: z.ZodType<Geometry> = z.union([
  z.object({ type: z.literal('Point'), coordinates: position }),
  z.object({ type: z.literal('MultiPoint'), coordinates: z.array(position).min(1) }),
  z.object({ type: z.literal('LineString'), coordinates: line }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(line).min(1) }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);

const collectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.object({ geometry: z.unknown().optional(), properties: z.record(z.string(), z.unknown()).nullish() })),
});

export function isFeatureCollection(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'FeatureCollection';
}

/** A name in the text of the property, or in the atlas's own { zh, en, ru } form. */
function nameOf(properties: Record<string, unknown>): string | null {
  for (const key of ['name', 'Name', 'NAME', 'title', '名称', 'название']) {
    const value = properties[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'object' && value !== null) {
      const names = value as Record<string, unknown>;
      const text = [names.en, names.zh, names.ru, ...Object.values(names)].find((candidate) => typeof candidate === 'string' && candidate !== '');
      if (typeof text === 'string') return text;
    }
  }
  return null;
}

const CAPACITY_KEYS = ['capacity_mw', 'capacityMw', 'capacity', 'mw'];
const CATEGORY_KEYS = ['category', 'sector', 'type', 'primary_fuel', 'fuel'];
const MAX_TOOLTIP_FIELDS = 6;

const scalarText = (value: unknown) => (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : null);

export type GeoJsonRead = { ok: true; layer: ReferenceLayer } | { ok: false; problem: string };

export function geoJsonToLayer(value: unknown, fileName: string): GeoJsonRead {
  const collection = collectionSchema.safeParse(value);
  if (!collection.success) {
    const issue = collection.error.issues[0];
    return { ok: false, problem: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'not a FeatureCollection'}` };
  }
  const features: ReferenceFeature[] = [];
  const problems: PlacementProblem[] = [];
  collection.data.features.forEach((feature, index) => {
    const number = index + 1;
    const properties = feature.properties ?? {};
    const name = nameOf(properties) ?? `#${number}`;
    if (feature.geometry === null || feature.geometry === undefined) {
      problems.push({ unit: 'feature', number, reason: 'noGeometry', detail: name });
      return;
    }
    const geometry = geometrySchema.safeParse(feature.geometry);
    if (!geometry.success) {
      problems.push({ unit: 'feature', number, reason: 'invalidGeometry', detail: name });
      return;
    }
    const capacity = CAPACITY_KEYS.map((key) => properties[key]).find((candidate) => typeof candidate === 'number' && candidate >= 0);
    const category = CATEGORY_KEYS.map((key) => scalarText(properties[key])).find((candidate) => candidate !== null && candidate !== undefined);
    const countries = properties.countries ?? properties.country;
    const country = (Array.isArray(countries) ? countries[0] : countries) as unknown;
    const fields = Object.entries(properties)
      .flatMap(([key, field]) => {
        const text = scalarText(field);
        return text === null || key === 'name' ? [] : [[key, text] as const];
      })
      .slice(0, MAX_TOOLTIP_FIELDS);
    features.push({
      type: 'Feature',
      geometry: geometry.data,
      properties: {
        row: number,
        name,
        capacityMw: typeof capacity === 'number' ? capacity : null,
        category: category ?? null,
        country: typeof country === 'string' && /^[A-Z]{2}$/.test(country) ? country : null,
        fields,
      },
    });
  });
  if (collection.data.features.length === 0) return { ok: false, problem: 'features: the FeatureCollection has no features' };
  return { ok: true, layer: placedLayer(fileName, features, problems) };
}
