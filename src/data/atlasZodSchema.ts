// The schemas that check a dataset against the shape of atlas.json: its types are inferred from
// them (atlasSchema.ts). Only the validator imports this module, so zod stays out of the first
// view: the shipped atlas was checked by `npm run data:build`, a dataset opened by link or file is
// checked when it is read (validateAtlas.ts).
import { z } from '../zod';
import { BUILDER_ROLES, COUNTRY_CODES, METRICS, PRECISIONS, QUALIFIERS, SECTORS, STATUSES, SUBTYPES, UNITS } from './atlasSchema';

export const countryCode = z.enum(COUNTRY_CODES);

export const sector = z.enum(SECTORS);

export const subtype = z.enum(SUBTYPES);

export const unit = z.enum(UNITS);

export const qualifier = z.enum(QUALIFIERS);

export const metric = z.enum(METRICS);

export const builderRole = z.enum(BUILDER_ROLES);

export const status = z.enum(STATUSES);

export const precision = z.enum(PRECISIONS);

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by "-"');
export const speechId = z.string().regex(/^s\d{2}$/, 'must look like s01');
const nonEmpty = z.string().min(1);

export const localizedName = z.object({ zh: nonEmpty, en: nonEmpty, ru: nonEmpty });

/** Where a quote sits: paragraph index in its speech and UTF-16 offsets in that paragraph. */
export const textSpan = z.object({
  paragraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

/** A verbatim quote of a speech, located by the build. */
export const quoteRef = z.object({ speech: speechId, quote: nonEmpty, span: textSpan });

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

export const externalSource = z.object({
  title: nonEmpty,
  // http(s) only: z.url() alone accepts javascript: and data:, which a link would run.
  url: z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }).nullable(),
  note: nonEmpty,
});

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
export const geometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: position }),
  /** One project at several places (the cultural centres proposed for two capitals): one marker each, counted once. */
  z.object({ type: z.literal('MultiPoint'), coordinates: z.array(position).min(2) }),
  z.object({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
]);

export const projectLocation = z.object({ precision, place: localizedName, source: externalSource });

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

export const projectFeature = z.object({
  type: z.literal('Feature'),
  id,
  /** GeoJSON allows a feature without geometry: a project the speeches cite without naming a place. */
  geometry: geometry.nullable(),
  properties: projectProperties,
});

export const organization = z.object({
  id,
  name: localizedName,
  /** The name as each speech writes it (speeches shorten names: 中国石油, 中国电建). */
  aliases: z.array(nonEmpty),
  parent: id.nullable(),
  figures: z.array(figure),
});

export const group = z.object({
  id,
  name: localizedName,
  members: z.array(id).min(2),
  /** The speech lists the members with 等 ("and others"): the figure covers more than the named members. */
  openEnded: z.boolean(),
  figures: z.array(figure).min(1),
});

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

export const speechTranslation = z.object({
  headline: nonEmpty,
  speaker,
  /** Where the Latin or Cyrillic spelling of the speaker's name comes from. */
  nameSource: externalSource,
  sentences: z.array(translatedSentence).min(1),
});

export const speech = z.object({
  id: speechId,
  headline: nonEmpty,
  speaker,
  paragraphs: z.array(paragraph).min(1),
  /** Translations by the atlas; absent in datasets that carry none. The Chinese is authoritative. */
  translations: z.object({ en: speechTranslation, ru: speechTranslation }).optional(),
});

export const atlas = z.object({
  version: z.literal(1),
  source: z.object({ file: nonEmpty, title: nonEmpty, sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  speeches: z.array(speech).min(1),
  organizations: z.array(organization),
  projects: z.object({ type: z.literal('FeatureCollection'), features: z.array(projectFeature) }),
  groups: z.array(group),
});
