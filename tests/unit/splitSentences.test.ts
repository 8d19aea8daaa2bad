// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../src/domain/provenance/locateQuote';
import { splitSentences } from '../../src/domain/provenance/splitSentences';
import { builtAtlasData } from '../fixtures/builtAtlas';

const cut = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
  it('cuts after 。！？ and keeps closing quotation marks with their sentence', () => {
    expect(cut('他说：“朋友要长久。”我们同意！真的吗？最后一句没有句号')).toEqual(['他说：“朋友要长久。”', '我们同意！', '真的吗？', '最后一句没有句号']);
  });

  it('returns nothing for an empty paragraph', () => {
    expect(splitSentences('')).toEqual([]);
  });

  it('covers every paragraph of the speeches with the sentences the reader highlights', () => {
    for (const speech of builtAtlasData().atlas.speeches) {
      for (const { text } of speech.paragraphs) {
        const sentences = splitSentences(text);
        expect(sentences.map(({ start, end }) => text.slice(start, end)).join('')).toBe(text);
        for (const sentence of sentences) expect(sentenceAround(text, sentence.start, sentence.end)).toEqual(sentence);
      }
    }
  });
});
