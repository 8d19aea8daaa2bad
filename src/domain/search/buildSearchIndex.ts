// The search index over projects (names in zh, en, ru, and where they are), organisations (names
// and the aliases the speeches use) and every sentence of the speeches.
//
// Chinese has no spaces, so text is cut with Intl.Segmenter's word boundaries. ICU's dictionary
// does not know this corpus's terms (it cuts 泵站 into 泵|站, 风电 into 风|电, 天然气 into 天然|气),
// so every run of Han characters is also indexed as its characters and overlapping character
// bigrams: a Chinese query is matched on its bigrams, which does not depend on where the segmenter
// happened to cut the query or the text.
import MiniSearch from 'minisearch';
import { TRANSLATION_LANGUAGES, type LocalizedName, type Speech, type TextSpan, type TranslationLanguage } from '../../data/atlasSchema';
import { organizationChain } from '../organizations/organizationChain';
import { splitSentences } from '../provenance/splitSentences';
import { appendTo } from '../stats/tally';
import type { AtlasData } from '../../vocabulary';

/** A term of a text and where it sits: [start, end) in UTF-16 offsets of the original text. */
export interface TextToken {
  term: string;
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN_RUN = /\p{Script=Han}+/gu;
const HAN = /\p{Script=Han}/u;

/** One spelling per term: compatibility forms folded (ＡＬＬＵＲ, Ⅳ), lower case, ё as е. */
function normalizeTerm(text: string): string {
  return text.normalize('NFKC').toLowerCase().replaceAll('ё', 'е');
}

/**
 * Text of Latin and Cyrillic letters, digits and common punctuation only: every name but the Chinese.
 * Its words are found by SIMPLE_WORD, which gives exactly the segmenter's words there (Unicode word
 * boundaries: ' . : join letters, , ; . ' join digits, _ joins either) at a fraction of the cost; a
 * test holds the two equal.
 */
const SIMPLE_TEXT = /^[\x20-\x7E\n\t\u0400-\u045F№‘’“”«»–—]*$/;
const SIMPLE_WORD = /[A-Za-z\u0400-\u045F0-9_]+(?:(?:(?<=[A-Za-z\u0400-\u045F])[:.'‘’](?=[A-Za-z\u0400-\u045F])|(?<=[0-9])[,;.'‘’](?=[0-9]))[A-Za-z\u0400-\u045F0-9_]+)*/g;

function wordSegments(text: string): Array<{ segment: string; index: number }> {
  if (SIMPLE_TEXT.test(text)) {
    // A lone _ is no word to the segmenter (two are).
    return [...text.matchAll(SIMPLE_WORD)].flatMap((match) => (match[0] === '_' ? [] : [{ segment: match[0], index: match.index }]));
  }
  return [...segmenter.segment(text)].filter((segment) => segment.isWordLike === true);
}

/** The segmenter's words (Latin, Cyrillic, digits and Chinese alike), punctuation and spaces left out. */
export function segmentWords(text: string): TextToken[] {
  return wordSegments(text).map(({ segment, index }) => ({ term: normalizeTerm(segment), start: index, end: index + segment.length }));
}

export function isHan(term: string): boolean {
  return HAN.test(term);
}

/** The characters of each maximal run of Han characters, with their offsets. */
export function hanRuns(text: string): TextToken[][] {
  return [...text.matchAll(HAN_RUN)].map((run) => {
    const characters: TextToken[] = [];
    let start = run.index;
    for (const character of run[0]) {
      characters.push({ term: normalizeTerm(character), start, end: start + character.length });
      start += character.length;
    }
    return characters;
  });
}

/** Overlapping pairs of neighbouring characters of one run. */
export function bigrams(characters: readonly TextToken[]): TextToken[] {
  return characters.slice(1).map((second, index) => {
    // slice(1) shifted the indices by one: characters[index] is the character before `second`.
    const first = characters[index] as TextToken;
    return { term: first.term + second.term, start: first.start, end: second.end };
  });
}

/**
 * Every term the index holds for `text`: the segmenter's words, and each Han character and
 * bigram. A bigram that is also a segmenter word is counted twice, which ranks a match on a real
 * word (管道) above one across a word boundary (气管 in 天然气管道).
 */
export function textTokens(text: string): TextToken[] {
  return [...segmentWords(text), ...hanRuns(text).flatMap((characters) => [...characters, ...bigrams(characters)])];
}

export type SearchDocument =
  | { kind: 'project'; key: string; id: string; name: LocalizedName; place: LocalizedName | null }
  | {
      kind: 'organization';
      key: string;
      id: string;
      name: LocalizedName;
      aliases: readonly string[];
      /** Whose projects are this organisation's: itself when it builds, else its subsidiaries that do. */
      builders: readonly string[];
    }
  | {
      kind: 'sentence';
      key: string;
      id: string;
      speech: string;
      span: TextSpan;
      text: string;
      headline: string;
      speaker: string;
      /** The sentence, its speech's headline and speaker in each translation the dataset carries. */
      translations: Partial<Record<TranslationLanguage, SentenceInTranslation>>;
    };

export interface SentenceInTranslation {
  text: string;
  headline: string;
  speaker: string;
}

const SEARCH_FIELDS = ['zh', 'en', 'ru', 'aliases', 'place', 'text'];
/** A project found by its name ranks above one found by where it is. */
const FIELD_BOOSTS = { zh: 2, en: 2, ru: 2 };

function fieldText(document: SearchDocument, field: string): string | undefined {
  switch (field) {
    case 'key':
      return document.key;
    case 'text':
      return document.kind === 'sentence' ? document.text : undefined;
    case 'aliases':
      return document.kind === 'organization' ? document.aliases.join('\n') : undefined;
    case 'place':
      return document.kind === 'project' && document.place !== null ? Object.values(document.place).join('\n') : undefined;
    case 'zh':
      return document.kind === 'sentence' ? undefined : document.name[field];
    case 'en':
    case 'ru':
      // A sentence is found by the words of its translations too.
      return document.kind === 'sentence' ? document.translations[field]?.text : document.name[field];
    default:
      return undefined;
  }
}

export interface SearchIndex {
  engine: MiniSearch<SearchDocument>;
  documents: ReadonlyMap<string, SearchDocument>;
}

function builderIds(data: AtlasData): (organization: string) => string[] {
  const building = new Set(data.atlas.projects.features.flatMap((feature) => feature.properties.builder?.organization ?? []));
  /** Per organisation, the builders below it. */
  const buildersUnder = new Map<string, string[]>();
  for (const builder of building) {
    for (const ancestor of organizationChain(data.organizationsById, builder).slice(1)) appendTo(buildersUnder, ancestor.id, builder);
  }
  return (organization) => (building.has(organization) ? [organization] : (buildersUnder.get(organization) ?? []));
}

function searchDocuments(data: AtlasData): SearchDocument[] {
  const buildersOf = builderIds(data);
  const projects = data.atlas.projects.features.map(
    (feature): SearchDocument => ({
      kind: 'project',
      key: `project:${feature.id}`,
      id: feature.id,
      name: feature.properties.name,
      place: feature.properties.location?.place ?? null,
    }),
  );
  const organizations = data.atlas.organizations.map(
    (organization): SearchDocument => ({
      kind: 'organization',
      key: `organization:${organization.id}`,
      id: organization.id,
      name: organization.name,
      aliases: organization.aliases,
      builders: buildersOf(organization.id),
    }),
  );
  const sentences = data.atlas.speeches.flatMap((speech) => {
    const translationsOf = sentenceTranslations(speech);
    return speech.paragraphs.flatMap(({ text }, paragraph) =>
      splitSentences(text)
        .filter(({ start, end }) => text.slice(start, end).trim() !== '')
        .map(
          ({ start, end }): SearchDocument => ({
            kind: 'sentence',
            key: `sentence:${speech.id}:${paragraph}:${start}`,
            id: `${speech.id}:${paragraph}:${start}`,
            speech: speech.id,
            span: { paragraph, start, end },
            text: text.slice(start, end),
            headline: speech.headline,
            speaker: speech.speaker.name,
            translations: translationsOf(paragraph, start),
          }),
        ),
    );
  });
  return [...projects, ...organizations, ...sentences];
}

/** For a sentence of a speech (by paragraph and start), its text, headline and speaker in each translation. */
function sentenceTranslations(speech: Speech): (paragraph: number, start: number) => Partial<Record<TranslationLanguage, SentenceInTranslation>> {
  const languages = TRANSLATION_LANGUAGES.flatMap((language) => {
    const translation = speech.translations?.[language];
    if (translation === undefined) return [];
    const byPlace = new Map(translation.sentences.map((sentence) => [`${sentence.paragraph}:${sentence.start}`, sentence.text]));
    return [{ language, translation, byPlace }];
  });
  return (paragraph, start) =>
    Object.fromEntries(
      languages.flatMap(({ language, translation, byPlace }) => {
        const text = byPlace.get(`${paragraph}:${start}`);
        return text === undefined ? [] : [[language, { text, headline: translation.headline, speaker: translation.speaker.name }]];
      }),
    );
}

/** The terms of a text, without their places: what the index holds. */
function textTerms(text: string): string[] {
  return textTokens(text).map((token) => token.term);
}

function searchEngine(): MiniSearch<SearchDocument> {
  // Projects in one place share its name: its terms are worked out once.
  const placeTerms = new Map<string, string[]>();
  return new MiniSearch<SearchDocument>({
    idField: 'key',
    fields: SEARCH_FIELDS,
    extractField: fieldText,
    tokenize: (text, field) => {
      if (field !== 'place') return textTerms(text);
      let terms = placeTerms.get(text);
      if (terms === undefined) placeTerms.set(text, (terms = textTerms(text)));
      return terms;
    },
    // textTokens has normalised every term already.
    processTerm: (term) => term,
    // searchAtlas hands the engine finished terms, one per query leaf.
    searchOptions: { tokenize: (term) => [term], processTerm: (term) => term, boost: FIELD_BOOSTS },
  });
}

function searchIndex(engine: MiniSearch<SearchDocument>, documents: readonly SearchDocument[]): SearchIndex {
  return { engine, documents: new Map(documents.map((document) => [document.key, document])) };
}

export function buildSearchIndex(data: AtlasData): SearchIndex {
  const documents = searchDocuments(data);
  const engine = searchEngine();
  engine.addAll(documents);
  return searchIndex(engine, documents);
}

/**
 * Documents indexed between two yields to the page: some tens of milliseconds of work. Each yield is a
 * timer, which browsers hold back 4 ms once timers nest, so much smaller chunks mostly wait.
 */
const INDEXING_CHUNK = 1000;

/**
 * buildSearchIndex in chunks, yielding to the page between them (MiniSearch's addAllAsync): with a
 * hundred thousand projects indexing takes seconds, during which the page keeps answering.
 */
export async function buildSearchIndexInChunks(data: AtlasData): Promise<SearchIndex> {
  const documents = searchDocuments(data);
  const engine = searchEngine();
  await engine.addAllAsync(documents, { chunkSize: INDEXING_CHUNK });
  return searchIndex(engine, documents);
}
