// What the visitor chose, and its URL form. The URL format is an API: versioned (v=1), parsed and
// written by these pure functions, and a bad value is dropped with a notice instead of a crash.
import { COUNTRY_CODES, SECTORS, type TextSpan } from '../data/atlasSchema';
import { EMPTY_FILTERS, LANGUAGES, type Filters, type Language } from '../vocabulary';

/** What fills the main area: the map, the statistics of the current filter, or the comparison. */
export const VIEWS = ['map', 'stats', 'compare'] as const;
export type MainView = (typeof VIEWS)[number];

/** How the speech reader shows a speech: as published, in translation, or both aligned. */
export const READER_VIEWS = ['original', 'translation', 'side-by-side'] as const;
export type ReaderView = (typeof READER_VIEWS)[number];

/** A chrome-free view for an iframe: the map (URL `embed=1`) or one figure's citation card. */
export const EMBED_MODES = ['map', 'figure'] as const;
export type EmbedMode = (typeof EMBED_MODES)[number];
/** How the link writes each mode: `embed=1` is the map, as OWID's and Datawrapper's links do. */
const EMBED_PARAM: Record<EmbedMode, string> = { map: '1', figure: 'figure' };

export interface MapViewport {
  longitude: number;
  latitude: number;
  zoom: number;
}

export interface ViewState {
  language: Language;
  filters: Filters;
  /** The selected project id. */
  project: string | null;
  /** The open speech, and the quote in it to highlight. */
  speech: string | null;
  quote: TextSpan | null;
  /** The reader's view as the visitor chose it; null: the interface language's default. */
  readerView: ReaderView | null;
  viewport: MapViewport | null;
  view: MainView;
  /** Project ids picked for side-by-side comparison, in the order picked. */
  compare: string[];
  /** The search box's text. */
  query: string;
  /** A dataset of the atlas's shape to show instead of the forum's (same origin only). */
  dataset: string | null;
  /** Reference layers opened by link (same origin only), drawn beside the projects. */
  layers: string[];
  /** Those of `layers` the visitor hid (shown in the legend, not on the map). */
  hiddenLayers: string[];
  /** Shown inside another page's iframe, without the atlas's own controls; null: the full atlas. */
  embed: EmbedMode | null;
  /** The figure a citation card shows (its stable id: project, metric, phase). */
  figure: string | null;
}

export const URL_VERSION = '1';

export function defaultViewState(language: Language): ViewState {
  return {
    language,
    filters: EMPTY_FILTERS,
    project: null,
    speech: null,
    quote: null,
    readerView: null,
    viewport: null,
    view: 'map',
    compare: [],
    query: '',
    dataset: null,
    layers: [],
    hiddenLayers: [],
    embed: null,
    figure: null,
  };
}

/** Something in the URL we could not use; shown to the visitor, never thrown. */
export interface UrlNotice {
  param: string;
  value: string;
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_QUERY_LENGTH = 200;
const MAX_LINK_LENGTH = 2000;

/** Reads one parameter's text: the value, or null when the text is not one. */
type ParamReader<T> = (text: string) => T | null;

const oneOf =
  <T extends string>(allowed: readonly T[]): ParamReader<T> =>
  (text) =>
    (allowed as readonly string[]).includes(text) ? (text as T) : null;
const matching =
  (pattern: RegExp): ParamReader<string> =>
  (text) =>
    pattern.test(text) ? text : null;
const atMost =
  (length: number): ParamReader<string> =>
  (text) =>
    text.length <= length ? text : null;
const within = (value: number, min: number, max: number) => Number.isFinite(value) && value >= min && value <= max;

const readId = matching(idPattern);
const readLanguage = oneOf(LANGUAGES);
const readMainView = oneOf(VIEWS);
const readReaderView = oneOf(READER_VIEWS);
const readEmbed: ParamReader<EmbedMode> = (text) => EMBED_MODES.find((mode) => EMBED_PARAM[mode] === text) ?? null;
/** project.metric or project.metric.phase */
const readFigure = matching(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9_]+){1,2}$/);
/** A dataset link; the loader resolves it and refuses any that leads off this site. */
const readLink = atMost(MAX_LINK_LENGTH);
const readSpeech = matching(/^s\d{2}$/);
const readQuote: ParamReader<TextSpan> = (text) => {
  const match = /^(\d+):(\d+)-(\d+)$/.exec(text);
  if (match === null) return null;
  const [paragraph, start, end] = match.slice(1).map(Number) as [number, number, number];
  return end > start ? { paragraph, start, end } : null;
};
/** longitude,latitude,zoom */
const readViewport: ParamReader<MapViewport> = (text) => {
  const numbers = text.split(',').map(Number);
  if (numbers.length !== 3) return null;
  const [longitude, latitude, zoom] = numbers as [number, number, number];
  return within(longitude, -180, 180) && within(latitude, -85, 85) && within(zoom, 0, 22) ? { longitude, latitude, zoom } : null;
};

function listParam<T extends string>(params: URLSearchParams, name: string, read: ParamReader<T>, notices: UrlNotice[]): T[] {
  const raw = params.get(name);
  if (raw === null || raw === '') return [];
  const values: T[] = [];
  for (const text of raw.split(',')) {
    const value = read(text);
    if (value !== null && !values.includes(value)) values.push(value);
    else notices.push({ param: name, value: text });
  }
  return values;
}

function singleParam<T>(params: URLSearchParams, name: string, read: ParamReader<T>, notices: UrlNotice[]): T | null {
  const raw = params.get(name);
  if (raw === null) return null;
  const value = read(raw);
  if (value !== null) return value;
  notices.push({ param: name, value: raw });
  return null;
}

/** Every `layer=` of the link, in order, each once; a link elsewhere is dropped with a notice. */
function layerParams(params: URLSearchParams, notices: UrlNotice[]): string[] {
  const layers: string[] = [];
  for (const value of params.getAll('layer')) {
    if (readLink(value) === null) notices.push({ param: 'layer', value });
    else if (!layers.includes(value)) layers.push(value);
  }
  return layers;
}

/** Every `layerHidden=`: a layer the link opens, hidden; one it does not open is dropped with a notice. */
function hiddenLayerParams(params: URLSearchParams, layers: readonly string[], notices: UrlNotice[]): string[] {
  const hidden: string[] = [];
  for (const value of params.getAll('layerHidden')) {
    if (!layers.includes(value)) notices.push({ param: 'layerHidden', value });
    else if (!hidden.includes(value)) hidden.push(value);
  }
  return hidden;
}

export function parseViewState(search: string, fallbackLanguage: Language): { state: ViewState; notices: UrlNotice[] } {
  const params = new URLSearchParams(search);
  const notices: UrlNotice[] = [];
  const version = params.get('v');
  if (version !== null && version !== URL_VERSION) notices.push({ param: 'v', value: version });
  const speech = singleParam(params, 'speech', readSpeech, notices);
  const quote = singleParam(params, 'quote', readQuote, notices);
  const layers = layerParams(params, notices);
  const state: ViewState = {
    language: singleParam(params, 'lang', readLanguage, notices) ?? fallbackLanguage,
    filters: {
      countries: listParam(params, 'country', oneOf(COUNTRY_CODES), notices),
      sectors: listParam(params, 'sector', oneOf(SECTORS), notices),
      builders: listParam(params, 'builder', readId, notices),
    },
    project: singleParam(params, 'project', readId, notices),
    speech,
    // A quote means nothing without its speech.
    quote: speech === null ? null : quote,
    readerView: singleParam(params, 'reader', readReaderView, notices),
    viewport: singleParam(params, 'map', readViewport, notices),
    view: singleParam(params, 'view', readMainView, notices) ?? 'map',
    compare: listParam(params, 'compare', readId, notices),
    query: singleParam(params, 'q', atMost(MAX_QUERY_LENGTH), notices) ?? '',
    dataset: singleParam(params, 'data', readLink, notices),
    layers,
    hiddenLayers: hiddenLayerParams(params, layers, notices),
    embed: singleParam(params, 'embed', readEmbed, notices),
    figure: singleParam(params, 'figure', readFigure, notices),
  };
  return { state, notices };
}

/** A map view as the link writes it: about a hundred metres and a hundredth of a zoom level. */
export function formatViewport({ longitude, latitude, zoom }: MapViewport): string {
  return `${longitude.toFixed(3)},${latitude.toFixed(3)},${zoom.toFixed(2)}`;
}

export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  params.set('v', URL_VERSION);
  params.set('lang', state.language);
  const { countries, sectors, builders } = state.filters;
  if (countries.length > 0) params.set('country', countries.join(','));
  if (sectors.length > 0) params.set('sector', sectors.join(','));
  if (builders.length > 0) params.set('builder', builders.join(','));
  if (state.project !== null) params.set('project', state.project);
  if (state.speech !== null) params.set('speech', state.speech);
  if (state.speech !== null && state.quote !== null) {
    params.set('quote', `${state.quote.paragraph}:${state.quote.start}-${state.quote.end}`);
  }
  if (state.readerView !== null) params.set('reader', state.readerView);
  if (state.viewport !== null) params.set('map', formatViewport(state.viewport));
  if (state.view !== 'map') params.set('view', state.view);
  if (state.compare.length > 0) params.set('compare', state.compare.join(','));
  if (state.query !== '') params.set('q', state.query);
  if (state.dataset !== null) params.set('data', state.dataset);
  for (const layer of state.layers) params.append('layer', layer);
  for (const layer of state.hiddenLayers) params.append('layerHidden', layer);
  if (state.embed !== null) params.set('embed', EMBED_PARAM[state.embed]);
  if (state.figure !== null) params.set('figure', state.figure);
  // Commas and colons read better in a shared or cited link than %2C and %3A (both are allowed in a query).
  return `?${params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':')}`;
}

/** The notices with each dropped value named once, however often it was dropped. */
export function mergeNotices(shown: readonly UrlNotice[], added: readonly UrlNotice[]): UrlNotice[] {
  const merged = [...shown];
  for (const notice of added) {
    if (!merged.some(({ param, value }) => param === notice.param && value === notice.value)) merged.push(notice);
  }
  return merged;
}

/** The first of the browser's preferred languages the atlas speaks; English if none. */
export function browserLanguage(languages: readonly string[]): Language {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'zh' || base === 'en' || base === 'ru') return base;
  }
  return 'en';
}

/** Drops ids the loaded dataset does not know, with a notice each. */
export function reconcileWithAtlas(
  state: ViewState,
  known: { projects: ReadonlySet<string>; organizations: ReadonlySet<string>; speeches: ReadonlySet<string> },
): { state: ViewState; notices: UrlNotice[] } {
  const notices: UrlNotice[] = [];
  const keep = (param: string, value: string, ids: ReadonlySet<string>) => {
    if (ids.has(value)) return true;
    notices.push({ param, value });
    return false;
  };
  const builders = state.filters.builders.filter((id) => keep('builder', id, known.organizations));
  const compare = state.compare.filter((id) => keep('compare', id, known.projects));
  const project = state.project !== null && keep('project', state.project, known.projects) ? state.project : null;
  const speech = state.speech !== null && keep('speech', state.speech, known.speeches) ? state.speech : null;
  return {
    state: { ...state, filters: { ...state.filters, builders }, project, speech, quote: speech === null ? null : state.quote, compare },
    notices,
  };
}
