// What the search box finds: projects, organisations and speech sentences, ranked within each
// kind, each with its matched words marked so the visitor sees why it was found.
import type { Query, SearchResult as EngineHit } from 'minisearch';
import type { TextSpan } from '../../data/atlasSchema';
import { groupRuns, segmentParagraph } from '../provenance/segmentParagraph';
import { bigrams, hanRuns, isHan, segmentWords, textTokens, type SearchDocument, type SearchIndex } from './buildSearchIndex';
import { LANGUAGES, type Language } from '../../vocabulary';

/** A piece of displayed text, and whether it is one of the words the query matched. */
export interface TextPiece {
  text: string;
  matched: boolean;
}

interface ResultBase {
  id: string;
  title: TextPiece[];
  /** Where the match is when the title does not show it (another language, an alias, the sentence). */
  snippet: TextPiece[] | null;
}

export interface ProjectResult extends ResultBase {
  kind: 'project';
}

export interface OrganizationResult extends ResultBase {
  kind: 'organization';
  /** Whose projects are this organisation's: itself when it builds, else its subsidiaries that do. */
  builders: readonly string[];
}

export interface SentenceResult extends ResultBase {
  kind: 'sentence';
  speech: string;
  span: TextSpan;
  speaker: string;
  snippet: TextPiece[];
  /** The language of the snippet: the translation's when the match is there, else the original's. */
  snippetLanguage: Language;
}

export type SearchResult = ProjectResult | OrganizationResult | SentenceResult;
export type SearchResultKind = SearchResult['kind'];

/** The order the kinds are listed in. */
export const RESULT_KINDS: readonly SearchResultKind[] = ['project', 'organization', 'sentence'];

/** At most this many results of each kind, best first. */
export const RESULTS_PER_KIND: Readonly<Record<SearchResultKind, number>> = { project: 8, organization: 5, sentence: 8 };

/**
 * The share of a Chinese run's bigrams a text must contain. Below 1 so a query that leaves out a
 * word (阿姆布哈拉泵站 for 阿姆布哈拉1号新建泵站) still finds it.
 */
const MIN_BIGRAM_COVERAGE = 0.75;

/** Typos forgiven: one edit per five letters, in words of at least four letters. */
const FUZZINESS = 0.2;
const MIN_FUZZY_LENGTH = 4;
const LETTER = /\p{L}/u;

/** A sentence's snippet: this many UTF-16 units, starting a little before the first match. */
const SNIPPET_LENGTH = 72;
const SNIPPET_LEAD = 16;
const ELLIPSIS = '…';

interface QueryPlan {
  /** Latin, Cyrillic and numeric words, matched as prefixes (and with typos when long enough). */
  words: string[];
  /** Per run of Han characters: its bigrams, or the character itself when it stands alone. */
  hanGrams: string[][];
}

function planQuery(query: string): QueryPlan {
  const words = segmentWords(query)
    .map((token) => token.term)
    .filter((term) => !isHan(term));
  const hanGrams = hanRuns(query).map((characters) => {
    const grams = characters.length === 1 ? characters : bigrams(characters);
    return [...new Set(grams.map((gram) => gram.term))];
  });
  return { words: [...new Set(words)], hanGrams };
}

function engineQuery({ words, hanGrams }: QueryPlan): Query {
  const wordQueries: Query[] = words.map((word) => ({
    queries: [word],
    prefix: true,
    fuzzy: LETTER.test(word) && word.length >= MIN_FUZZY_LENGTH ? FUZZINESS : false,
  }));
  const hanQueries: Query[] = hanGrams.map((grams) => ({ queries: grams, combineWith: 'OR', prefix: false, fuzzy: false }));
  return { combineWith: 'AND', queries: [...wordQueries, ...hanQueries] };
}

function coversHanRuns(hanGrams: readonly string[][], hit: EngineHit): boolean {
  return hanGrams.every((grams) => grams.filter((gram) => hit.queryTerms.includes(gram)).length >= Math.ceil(grams.length * MIN_BIGRAM_COVERAGE));
}

type Range = { start: number; end: number };

function matchRanges(text: string, matched: ReadonlySet<string>): Range[] {
  return textTokens(text).filter((token) => matched.has(token.term));
}

/** The text cut at the ranges' edges; overlapping and touching matches (bigrams) read as one mark. */
function pieces(text: string, ranges: readonly Range[]): TextPiece[] {
  const marks = ranges.map((range) => ({ ...range, kind: 'match', id: 'match' }));
  const segments = segmentParagraph(text, marks);
  return groupRuns(segments, (segment) => String(segment.marks.length > 0)).map((run) => ({
    text: run.segments.map((segment) => segment.text).join(''),
    matched: run.key === 'true',
  }));
}

function markMatches(text: string, matched: ReadonlySet<string>): TextPiece[] {
  return pieces(text, matchRanges(text, matched));
}

const hasMatch = (text: readonly TextPiece[]) => text.some((piece) => piece.matched);

/** Moves an offset off the middle of a surrogate pair, so a cut never splits a character. */
function characterBoundary(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  return code >= 0xdc00 && code <= 0xdfff ? offset - 1 : offset;
}

/** The part of a long text around its first match, with an ellipsis where it was cut. */
function excerpt(text: string, matched: ReadonlySet<string>): TextPiece[] {
  const ranges = matchRanges(text, matched);
  if (text.length <= SNIPPET_LENGTH) return pieces(text, ranges);
  const firstMatch = ranges.length === 0 ? 0 : Math.min(...ranges.map((range) => range.start));
  const from = characterBoundary(text, Math.max(0, Math.min(firstMatch - SNIPPET_LEAD, text.length - SNIPPET_LENGTH)));
  const to = characterBoundary(text, Math.min(text.length, from + SNIPPET_LENGTH));
  const shifted = ranges.map((range) => ({ start: range.start - from, end: range.end - from }));
  return [
    ...(from > 0 ? [{ text: ELLIPSIS, matched: false }] : []),
    ...pieces(text.slice(from, to), shifted),
    ...(to < text.length ? [{ text: ELLIPSIS, matched: false }] : []),
  ];
}

/** The name in the visitor's language, and the first other name, alias or place that matched when that name shows no match. */
function titleAndSnippet(titleText: string, others: readonly string[], matched: ReadonlySet<string>) {
  const title = markMatches(titleText, matched);
  if (hasMatch(title)) return { title, snippet: null };
  const snippet = others.map((text) => markMatches(text, matched)).find(hasMatch) ?? null;
  return { title, snippet };
}

function toResult(document: SearchDocument, matched: ReadonlySet<string>, language: Language): SearchResult {
  const otherLanguages = LANGUAGES.filter((other) => other !== language);
  switch (document.kind) {
    case 'project': {
      const { place } = document;
      const others = [
        ...otherLanguages.map((other) => document.name[other]),
        ...(place === null ? [] : [place[language], ...otherLanguages.map((other) => place[other])]),
      ];
      return { kind: 'project', id: document.id, ...titleAndSnippet(document.name[language], others, matched) };
    }
    case 'organization': {
      const others = [...otherLanguages.map((other) => document.name[other]), ...document.aliases];
      return { kind: 'organization', id: document.id, builders: document.builders, ...titleAndSnippet(document.name[language], others, matched) };
    }
    case 'sentence': {
      const translated = language === 'zh' ? undefined : document.translations[language];
      const original = excerpt(document.text, matched);
      const translatedSnippet = translated === undefined ? null : excerpt(translated.text, matched);
      // The translation, unless only the original holds the words found (a Chinese query).
      const inTranslation = translatedSnippet !== null && (hasMatch(translatedSnippet) || !hasMatch(original));
      return {
        kind: 'sentence',
        id: document.id,
        speech: document.speech,
        span: document.span,
        speaker: translated?.speaker ?? document.speaker,
        title: [{ text: translated?.headline ?? document.headline, matched: false }],
        snippet: inTranslation ? translatedSnippet : original,
        snippetLanguage: inTranslation ? language : 'zh',
      };
    }
  }
}

/**
 * The results for `query`, kind by kind (projects, organisations, sentences), best first within
 * each kind. Every word of the query must match; an empty query finds nothing.
 */
export function searchAtlas(index: SearchIndex, query: string, language: Language): SearchResult[] {
  const plan = planQuery(query);
  if (plan.words.length === 0 && plan.hanGrams.length === 0) return [];
  const hits = index.engine.search(engineQuery(plan), { filter: (hit) => coversHanRuns(plan.hanGrams, hit) });
  const found = hits.flatMap((hit) => {
    const document = index.documents.get(String(hit.id));
    return document === undefined ? [] : [{ document, matched: new Set(hit.terms) }];
  });
  return RESULT_KINDS.flatMap((kind) =>
    found
      .filter(({ document }) => document.kind === kind)
      .slice(0, RESULTS_PER_KIND[kind])
      .map(({ document, matched }) => toResult(document, matched, language)),
  );
}
