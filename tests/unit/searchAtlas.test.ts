// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ProjectFeature, QuoteRef, TextSpan } from '../../src/data/atlasSchema';
import { sentenceAround } from '../../src/domain/provenance/locateQuote';
import { splitSentences } from '../../src/domain/provenance/splitSentences';
import { buildSearchIndex, textTokens } from '../../src/domain/search/buildSearchIndex';
import {
  RESULTS_PER_KIND,
  RESULT_KINDS,
  searchAtlas,
  type SearchResult,
  type SearchResultKind,
  type SentenceResult,
  type TextPiece,
} from '../../src/domain/search/searchAtlas';
import { LANGUAGES, type Language } from '../../src/vocabulary';
import { withOrganizationParents } from '../fixtures/atlasVariants';
import { builtAtlasData } from '../fixtures/builtAtlas';

const data = builtAtlasData();
const index = buildSearchIndex(data);
const features = data.atlas.projects.features;

const search = (query: string, language: Language = 'en') => searchAtlas(index, query, language);
const idsOf = (results: readonly SearchResult[], kind: SearchResultKind) => results.filter((result) => result.kind === kind).map((result) => result.id);
const sentencesOf = (results: readonly SearchResult[]) => results.filter((result): result is SentenceResult => result.kind === 'sentence');
const plain = (pieces: readonly TextPiece[]) => pieces.map((piece) => piece.text).join('');
const markedWords = (pieces: readonly TextPiece[] | null) => (pieces ?? []).filter((piece) => piece.matched).map((piece) => piece.text);

/** Projects whose name or place, in any language, contains `text` (what a search for it must list). */
function projectsMentioning(text: string): string[] {
  const fold = (value: string) => value.toLowerCase();
  const found = features.filter((feature) =>
    LANGUAGES.some((language) => [feature.properties.name[language], feature.properties.location?.place[language] ?? ''].some((value) => fold(value).includes(fold(text)))),
  );
  if (found.length === 0) throw new Error(`no project mentions ${text}: the test would prove nothing`);
  return found.map((feature) => feature.id);
}

function projectNamed(language: Language, part: string): ProjectFeature {
  const feature = features.find((candidate) => candidate.properties.name[language].includes(part));
  if (feature === undefined) throw new Error(`no project named with ${part}`);
  return feature;
}

/** The sentence of its speech that holds the quote, as the speech reader highlights it. */
function sentenceOf(quote: QuoteRef): { speech: string; span: TextSpan } {
  const text = data.speechesById.get(quote.speech)?.paragraphs[quote.span.paragraph]?.text ?? '';
  return { speech: quote.speech, span: { paragraph: quote.span.paragraph, ...sentenceAround(text, quote.span.start, quote.span.end) } };
}

const sentenceLocations = (results: readonly SearchResult[]) => sentencesOf(results).map(({ speech, span }) => ({ speech, span }));

describe('textTokens', () => {
  it('indexes every character bigram of a Chinese run as well as the segmenter words', () => {
    const text = '中国—中亚天然气管道';
    const terms = textTokens(text).map((token) => token.term);
    const words = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)].filter((segment) => segment.isWordLike).map((segment) => segment.segment);
    expect(terms).toEqual(expect.arrayContaining(words));
    expect(terms).toEqual(expect.arrayContaining(['中国', '中亚', '亚天', '天然', '然气', '气管', '管道']));
    // The dash breaks the run: no bigram spans it.
    expect(terms).not.toContain('国—');
    expect(terms).not.toContain('国中');
  });

  it('gives each token the offsets of its text, and folds case', () => {
    const text = 'Шымкентский НПЗ и ALLUR';
    for (const token of textTokens(text)) expect(text.slice(token.start, token.end).toLowerCase()).toBe(token.term);
    expect(textTokens(text).map((token) => token.term)).toEqual(['шымкентский', 'нпз', 'и', 'allur']);
  });
});

describe('searchAtlas', () => {
  it('finds the pump station and the sentence that cites it for 泵站, although the segmenter cuts 泵|站', () => {
    const results = search('泵站');
    expect(idsOf(results, 'project').sort()).toEqual(projectsMentioning('泵站').sort());
    const pumpStation = projectNamed('zh', '泵站');
    expect(sentenceLocations(results)).toEqual(expect.arrayContaining(pumpStation.properties.mentions.map(sentenceOf)));
    for (const sentence of sentencesOf(results)) expect(markedWords(sentence.snippet)).toEqual(expect.arrayContaining(['泵站']));
  });

  it('finds every wind project for 风电', () => {
    const windProjects = projectsMentioning('风电');
    expect(windProjects.length).toBeGreaterThan(1);
    expect(windProjects.length).toBeLessThanOrEqual(RESULTS_PER_KIND.project);
    expect(idsOf(search('风电'), 'project').sort()).toEqual(windProjects.sort());
  });

  it.each([
    ['Shymkent', 'en'],
    ['Шымкент', 'ru'],
  ] as const)('ranks the Shymkent refinery first for %s', (query, language) => {
    const refinery = projectNamed(language, query);
    const results = search(query, language);
    expect(idsOf(results, 'project')[0]).toBe(refinery.id);
    expect(idsOf(results, 'project').sort()).toEqual(projectsMentioning(query).sort());
    expect(markedWords(results.find((result) => result.id === refinery.id)?.title ?? [])[0]?.toLowerCase()).toContain(query.toLowerCase());
  });

  it('finds CNPC by the short name the speeches use, 中国石油, and filters by it as the builder it is', () => {
    const cnpc = data.atlas.organizations.find((organization) => [organization.name.zh, ...organization.aliases].some((name) => name.includes('中国石油')));
    expect(cnpc).toBeDefined();
    const result = search('中国石油').find((candidate) => candidate.kind === 'organization' && candidate.id === cnpc?.id);
    expect(result).toMatchObject({ kind: 'organization', builders: [cnpc?.id] });
    expect(features.some((feature) => feature.properties.builder?.organization === cnpc?.id)).toBe(true);
    // The English title shows no Chinese, so the snippet shows where the match is.
    expect(markedWords(result?.snippet ?? null)).toContain('中国石油');
  });

  it('shows an organisation that builds nothing itself by the subsidiaries that do', () => {
    const builders = new Set(features.flatMap((feature) => feature.properties.builder?.organization ?? []));
    const parent = data.atlas.organizations.find((organization) => !builders.has(organization.id) && data.atlas.organizations.some((child) => child.parent === organization.id));
    if (parent === undefined) throw new Error('every organisation builds: nothing to test');
    const subsidiaries = data.atlas.organizations.filter((child) => child.parent === parent.id && builders.has(child.id)).map((child) => child.id);
    const result = search(parent.name.zh).find((candidate) => candidate.kind === 'organization' && candidate.id === parent.id);
    expect(result).toMatchObject({ builders: subsidiaries });
    expect(subsidiaries.length).toBeGreaterThan(0);
  });

  it('indexes organisations whose parents run in a loop, each with the builders below it', () => {
    // cnpc → cnpc-central-asia → cnpc: validation rejects it; the index must still be built.
    const looped = buildSearchIndex(withOrganizationParents(data, { cnpc: 'cnpc-central-asia', 'cnpc-central-asia': 'cnpc' }));
    const organizations = searchAtlas(looped, 'China National Petroleum', 'en').filter((result) => result.kind === 'organization');
    expect(organizations).toMatchObject([
      { id: 'cnpc', builders: ['cnpc'] },
      { id: 'cnpc-central-asia', builders: ['cnpc'] },
    ]);
    const selfParent = buildSearchIndex(withOrganizationParents(data, { cccc: 'cccc' }));
    expect(searchAtlas(selfParent, '中交集团', 'en').find((result) => result.id === 'cccc')).toMatchObject({ builders: ['cwe'] });
  });

  it('finds the pipeline sentence for 天然气', () => {
    const pipeline = projectNamed('zh', '天然气管道');
    expect(sentenceLocations(search('天然气'))).toEqual(expect.arrayContaining(pipeline.properties.mentions.map(sentenceOf)));
  });

  it('forgives a typo: Zhanatass finds Zhanatas', () => {
    expect(idsOf(search('Zhanatass'), 'project')).toContain(projectNamed('en', 'Zhanatas').id);
  });

  it('finds a name with a word left out (阿姆布哈拉泵站 for 阿姆布哈拉1号新建泵站)', () => {
    expect(idsOf(search('阿姆布哈拉泵站'), 'project')).toEqual([projectNamed('zh', '阿姆布哈拉1号新建泵站').id]);
  });

  it('requires every word: an unrelated second word empties the results', () => {
    expect(search('Shymkent')).not.toEqual([]);
    expect(search('Shymkent 风电')).toEqual([]);
  });

  it('titles a project in the visitor language and marks the match there', () => {
    const pumpStation = projectNamed('zh', '泵站');
    const [first] = search('泵站', 'zh');
    expect(first).toMatchObject({ kind: 'project', id: pumpStation.id, snippet: null });
    expect(plain(first?.title ?? [])).toBe(pumpStation.properties.name.zh);
    expect(markedWords(first?.title ?? null)).toEqual(['泵站']);
  });

  it('opens each sentence at the span the speech reader highlights, holding the matched text', () => {
    const results = sentencesOf(search('中国'));
    expect(results.length).toBeGreaterThan(0);
    for (const { speech, span, snippet } of results) {
      const text = data.speechesById.get(speech)?.paragraphs[span.paragraph]?.text ?? '';
      expect(sentenceAround(text, span.start, span.end)).toEqual({ start: span.start, end: span.end });
      const sentence = text.slice(span.start, span.end);
      for (const piece of snippet) if (piece.text !== '…') expect(sentence).toContain(piece.text);
    }
  });

  it('lists projects, then organisations, then sentences, at most a few of each', () => {
    const results = search('中国');
    const kinds = results.map((result) => RESULT_KINDS.indexOf(result.kind));
    expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
    for (const kind of RESULT_KINDS) expect(idsOf(results, kind).length).toBeLessThanOrEqual(RESULTS_PER_KIND[kind]);
    const sentencesWithChina = data.atlas.speeches.flatMap((speech) =>
      speech.paragraphs.flatMap(({ text }) => splitSentences(text).filter(({ start, end }) => text.slice(start, end).includes('中国'))),
    );
    expect(idsOf(results, 'sentence').length).toBe(Math.min(RESULTS_PER_KIND.sentence, sentencesWithChina.length));
  });

  it.each(['', '   ', '\n\t', '。，！'])('finds nothing for an empty query (%j)', (query) => {
    expect(search(query)).toEqual([]);
  });

  it.each(['<b>Shymkent</b>', '.*', '[', '\\', '${x}', '<script>alert(1)</script>', '?*+^$|'])('does not throw on markup or regex characters (%s)', (query) => {
    expect(() => search(query)).not.toThrow();
  });

  it('reads regex and markup characters around words as punctuation', () => {
    expect(search('.*+?^$|[]\\')).toEqual([]);
    expect(search('(风电)*')).toEqual(search('风电'));
    expect(search('<Shymkent>')).toEqual(search('Shymkent'));
  });
});

describe('searching the translations', () => {
  const s11 = data.speechesById.get('s11');
  const households = s11?.translations?.en.sentences.find((sentence) => sentence.id === 's11-p02.2');

  it('finds a sentence by an English word, shown in English with the word marked', () => {
    const [found] = sentencesOf(search('households', 'en'));
    expect(found).toMatchObject({ speech: 's11', span: { paragraph: households?.paragraph, start: households?.start, end: households?.end }, speaker: 'Tan Xiaofeng', snippetLanguage: 'en' });
    expect(markedWords(found?.snippet ?? null)).toEqual(['households']);
    expect(plain(found?.title ?? [])).toBe('Coordinating Efficiently to Raise Connectivity');
  });

  it('finds a sentence by a Russian word, shown in Russian', () => {
    const [found] = sentencesOf(search('домохозяйств', 'ru'));
    expect(found).toMatchObject({ speech: 's11', speaker: 'Тань Сяофэн', snippetLanguage: 'ru' });
    expect(markedWords(found?.snippet ?? null)).toEqual(['домохозяйств']);
  });

  it('shows the original when a Chinese query found the sentence, and only the original in Chinese', () => {
    const [english] = sentencesOf(search('千瓦时', 'en'));
    expect(english).toMatchObject({ speech: 's11', snippetLanguage: 'zh', speaker: 'Tan Xiaofeng' });
    const [chinese] = sentencesOf(search('千瓦时', 'zh'));
    expect(chinese).toMatchObject({ speech: 's11', snippetLanguage: 'zh', speaker: '谭晓峰' });
  });
});
