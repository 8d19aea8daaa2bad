// The shape of public/data/atlas.json. These schemas are the types: after parsing,
// the app trusts them and carries no defensive checks. Projects are read-only in the types
// (ReadonlyDeep, arrays and objects): the AtlasIndex keeps indexes derived from them
// (src/vocabulary.ts: facets, shapes, anchors, sort orders), which an edit in place would leave stale.
import type { ReadonlyDeep } from 'type-fest';
import { z } from '../zod';

export const COUNTRY_CODES = ['CN', 'KZ', 'KG', 'TJ', 'TM', 'UZ'] as const;
export const countryCode = z.enum(COUNTRY_CODES);
export type CountryCode = z.infer<typeof countryCode>;

export const SECTORS = ['energy', 'pipeline', 'road', 'pump_station', 'industry', 'media_culture'] as const;
export const sector = z.enum(SECTORS);
export type Sector = z.infer<typeof sector>;

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
export const subtype = z.enum(SUBTYPES);
export type Subtype = z.infer<typeof subtype>;

/** Units a figure may carry; each maps to the Chinese unit words that may state it. */
export const UNITS = ['MW', 'kWh/yr', 'ha', 'people', 'households', 'vehicles', 'hours', 'provinces', 'jobs', 'USD', 'years'] as const;
export const unit = z.enum(UNITS);
export type Unit = z.infer<typeof unit>;

/** 超 more than, 约 about, 近 nearly, 余/多 over. */
export const QUALIFIERS = ['more_than', 'about', 'nearly', 'over'] as const;
export const qualifier = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof qualifier>;

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
export const metric = z.enum(METRICS);
export type Metric = z.infer<typeof metric>;

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
export const builderRole = z.enum(BUILDER_ROLES);
export type BuilderRole = z.infer<typeof builderRole>;

export const STATUSES = ['completed', 'operating', 'established', 'launched', 'on_air', 'proposed'] as const;
export const status = z.enum(STATUSES);
export type Status = z.infer<typeof status>;

export const PRECISIONS = ['site', 'city', 'region', 'country'] as const;
export const precision = z.enum(PRECISIONS);
export type Precision = z.infer<typeof precision>;

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by "-"');
export const speechId = z.string().regex(/^s\d{2}$/, 'must look like s01');
const nonEmpty = z.string().min(1);

export const localizedName = z.object({ zh: nonEmpty, en: nonEmpty, ru: nonEmpty });
export type LocalizedName = z.infer<typeof localizedName>;

/** Where a quote sits: paragraph index in its speech and UTF-16 offsets in that paragraph. */
export const textSpan = z.object({
  paragraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});
export type TextSpan = z.infer<typeof textSpan>;

/** A verbatim quote of a speech, located by the build. */
export const quoteRef = z.object({ speech: speechId, quote: nonEmpty, span: textSpan });
export type QuoteRef = z.infer<typeof quoteRef>;

export const figure = quoteRef.extend({
  id: nonEmpty,
  metric,
  /** Set when one metric is stated for two moments (ALLUR: from over 9,000 to nearly 100,000). */
  phase: z.enum(['before', 'after']).optional(),
  value: z.number().finite().nonnegative(),
  unit,
  qualifier: qualifier.nullable(),
  /** The quantity as the speech writes it, e.g. "超5.5亿千瓦时". */
  amount: nonEmpty,
});
export type Figure = z.infer<typeof figure>;

export const externalSource = z.object({
  title: nonEmpty,
  // http(s) only: z.url() alone accepts javascript: and data:, which a link would run.
  url: z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }).nullable(),
  note: nonEmpty,
});
export type ExternalSource = z.infer<typeof externalSource>;

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
export const geometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: position }),
  /** One project at several places (the cultural centres proposed for two capitals): one marker each, counted once. */
  z.object({ type: z.literal('MultiPoint'), coordinates: z.array(position).min(2) }),
  z.object({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
]);
export type ProjectGeometry = ReadonlyDeep<z.infer<typeof geometry>>;

export const projectLocation = z.object({ precision, place: localizedName, source: externalSource });
export type ProjectLocation = ReadonlyDeep<z.infer<typeof projectLocation>>;

export const projectProperties = z.object({
  id,
  name: localizedName,
  sector,
  subtype,
  countries: z.array(countryCode).min(1),
  builder: quoteRef.extend({ organization: id, role: builderRole }).nullable(),
  status: quoteRef.extend({ value: status }).nullable(),
  /** Null exactly when the geometry is: the speeches name no place, and the atlas invents none. */
  location: projectLocation.nullable(),
  mentions: z.array(quoteRef).min(1),
  figures: z.array(figure),
  /** Ids of the groups this project belongs to (derived by the build from groups[].members). */
  groups: z.array(id),
});
export type ProjectProperties = ReadonlyDeep<z.infer<typeof projectProperties>>;

export const projectFeature = z.object({
  type: z.literal('Feature'),
  id,
  /** GeoJSON allows a feature without geometry: a project the speeches cite without naming a place. */
  geometry: geometry.nullable(),
  properties: projectProperties,
});
export type ProjectFeature = ReadonlyDeep<z.infer<typeof projectFeature>>;

/** A project with a place on the map. */
export type MappedProject = ProjectFeature & { geometry: ProjectGeometry; properties: { location: ProjectLocation } };

/** Geometry and location are null together (validateAtlas checks it), so one test narrows both. */
export function isMapped(project: ProjectFeature): project is MappedProject {
  return project.geometry !== null;
}

export const organization = z.object({
  id,
  name: localizedName,
  /** The name as each speech writes it (speeches shorten names: 中国石油, 中国电建). */
  aliases: z.array(nonEmpty),
  parent: id.nullable(),
  figures: z.array(figure),
});
export type Organization = z.infer<typeof organization>;

export const group = z.object({
  id,
  name: localizedName,
  members: z.array(id).min(2),
  /** The speech lists the members with 等 ("and others"): the figure covers more than the named members. */
  openEnded: z.boolean(),
  figures: z.array(figure).min(1),
});
export type ProjectGroup = z.infer<typeof group>;

export const paragraph = z.object({ id: nonEmpty, text: nonEmpty });

const speaker = z.object({ line: nonEmpty, name: nonEmpty, role: nonEmpty, organization: nonEmpty });

/** One sentence of a speech in translation, aligned to its Chinese original. */
export const translatedSentence = z.object({
  /** `${paragraph id}.${position}`, e.g. s08-p03.1 (src/domain/provenance/speechSentences.ts) */
  id: nonEmpty,
  /** Where the Chinese sentence sits: paragraph index and UTF-16 offsets in that paragraph. */
  paragraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: nonEmpty,
  /** The words of `text` that render each quote taken from this sentence (keyed by the Chinese quote). */
  quotes: z.array(z.object({ quote: nonEmpty, start: z.number().int().nonnegative(), end: z.number().int().positive() })),
});
export type TranslatedSentence = z.infer<typeof translatedSentence>;

export const speechTranslation = z.object({
  headline: nonEmpty,
  speaker,
  /** Where the Latin or Cyrillic spelling of the speaker's name comes from. */
  nameSource: externalSource,
  sentences: z.array(translatedSentence).min(1),
});
export type SpeechTranslation = z.infer<typeof speechTranslation>;

/** Interface languages a speech can be translated into; Chinese is the original. */
export const TRANSLATION_LANGUAGES = ['en', 'ru'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

export const speech = z.object({
  id: speechId,
  headline: nonEmpty,
  speaker,
  paragraphs: z.array(paragraph).min(1),
  /** Translations by the atlas; absent in datasets that carry none. The Chinese is authoritative. */
  translations: z.object({ en: speechTranslation, ru: speechTranslation }).optional(),
});
export type Speech = z.infer<typeof speech>;

export const atlas = z.object({
  version: z.literal(1),
  source: z.object({ file: nonEmpty, title: nonEmpty, sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  speeches: z.array(speech).min(1),
  organizations: z.array(organization),
  projects: z.object({ type: z.literal('FeatureCollection'), features: z.array(projectFeature) }),
  groups: z.array(group),
});
/** The projects read-only, like each project: the AtlasIndex is built from this very list. */
export type Atlas = Omit<z.infer<typeof atlas>, 'projects'> & { readonly projects: { readonly type: 'FeatureCollection'; readonly features: readonly ProjectFeature[] } };
