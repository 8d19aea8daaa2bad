// The shape of public/data/atlas.json: its closed lists of values and its types. The types are
// inferred from the zod schemas (atlasZodSchema.ts), which only the validator loads: this module
// carries no zod, so the first view can use the lists and types without it. After parsing, the
// app trusts the types and carries no defensive checks. Projects are read-only in the types
// (ReadonlyDeep, arrays and objects): the AtlasIndex keeps indexes derived from them
// (src/vocabulary.ts: facets, shapes, anchors, sort orders), which an edit in place would leave stale.
import type { ReadonlyDeep } from 'type-fest';
import type { z } from '../zod';
import type * as schema from './atlasZodSchema';

export const COUNTRY_CODES = ['CN', 'KZ', 'KG', 'TJ', 'TM', 'UZ'] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];

export const SECTORS = ['energy', 'pipeline', 'road', 'pump_station', 'industry', 'media_culture'] as const;
export type Sector = (typeof SECTORS)[number];

export const SUBTYPES = [
  'gas_chp',
  'wind',
  'solar',
  'hydropower',
  'refinery',
  'gas_pipeline',
  'highway',
  'road_rehabilitation',
  'irrigation_pump_station',
  'car_maker',
  'media_centre',
  'cultural_centre',
  'media_event',
  'media_initiative',
] as const;
export type Subtype = (typeof SUBTYPES)[number];

/** Units a figure may carry; each maps to the Chinese unit words that may state it. */
export const UNITS = ['MW', 'kWh/yr', 'ha', 'people', 'households', 'vehicles', 'hours', 'provinces', 'jobs', 'USD', 'years'] as const;
export type Unit = (typeof UNITS)[number];

/** 超 more than, 约 about, 近 nearly, 余/多 over. */
export const QUALIFIERS = ['more_than', 'about', 'nearly', 'over'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const METRICS = [
  'capacity',
  'annual_generation',
  'irrigated_area',
  'people_served',
  'households_served',
  'production_volume',
  'travel_time_saved',
  'provinces_served',
  'jobs',
  'donations',
  'years_in_region',
] as const;
export type Metric = (typeof METRICS)[number];

/** The organisation's part as the speech words it; 'unspecified' when the speech lists the project under the organisation without saying how. */
export const BUILDER_ROLES = [
  'invested_and_built',
  'contractor',
  'built',
  'controlling_stake',
  'modernised',
  'co_hosted',
  'co_built',
  'co_produced',
  'proposer',
  'unspecified',
] as const;
export type BuilderRole = (typeof BUILDER_ROLES)[number];

export const STATUSES = ['completed', 'operating', 'established', 'launched', 'on_air', 'proposed'] as const;
export type Status = (typeof STATUSES)[number];

export const PRECISIONS = ['site', 'city', 'region', 'country'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** Interface languages a speech can be translated into; Chinese is the original. */
export const TRANSLATION_LANGUAGES = ['en', 'ru'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

export type LocalizedName = z.infer<typeof schema.localizedName>;
export type TextSpan = z.infer<typeof schema.textSpan>;
export type QuoteRef = z.infer<typeof schema.quoteRef>;
export type Figure = z.infer<typeof schema.figure>;
export type ExternalSource = z.infer<typeof schema.externalSource>;
export type ProjectGeometry = ReadonlyDeep<z.infer<typeof schema.geometry>>;
export type ProjectLocation = ReadonlyDeep<z.infer<typeof schema.projectLocation>>;
export type ProjectProperties = ReadonlyDeep<z.infer<typeof schema.projectProperties>>;
export type ProjectFeature = ReadonlyDeep<z.infer<typeof schema.projectFeature>>;
export type Organization = z.infer<typeof schema.organization>;
export type ProjectGroup = z.infer<typeof schema.group>;
export type TranslatedSentence = z.infer<typeof schema.translatedSentence>;
export type SpeechTranslation = z.infer<typeof schema.speechTranslation>;
export type Speech = z.infer<typeof schema.speech>;
/** The projects read-only, like each project: the AtlasIndex is built from this very list. */
export type Atlas = Omit<z.infer<typeof schema.atlas>, 'projects'> & { readonly projects: { readonly type: 'FeatureCollection'; readonly features: readonly ProjectFeature[] } };

/** A project with a place on the map. */
export type MappedProject = ProjectFeature & { geometry: ProjectGeometry; properties: { location: ProjectLocation } };

/** Geometry and location are null together (validateAtlas checks it), so one test narrows both. */
export function isMapped(project: ProjectFeature): project is MappedProject {
  return project.geometry !== null;
}
