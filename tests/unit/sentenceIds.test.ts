// Translations and links are keyed by sentence ids (s08-p03.1): whatever cuts the sentences, every
// speech keeps the ids and spans it had when they were pinned (tests/fixtures/sentenceIds.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { speechSentences } from '../../src/domain/provenance/speechSentences';
import { builtAtlasData } from '../fixtures/builtAtlas';

const pinned = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/sentenceIds.json'), 'utf8')) as Record<string, string[]>;
const { atlas } = builtAtlasData();

describe('sentence ids of the forum speeches', () => {
  it('covers all 12 speeches', () => {
    expect(atlas.speeches.map((speech) => speech.id)).toEqual(Object.keys(pinned));
    expect(Object.keys(pinned)).toHaveLength(12);
  });

  for (const speech of atlas.speeches) {
    it(`${speech.id} keeps its sentence ids and spans`, () => {
      expect(speechSentences(speech.paragraphs).map(({ id, start, end }) => `${id} ${start}-${end}`)).toEqual(pinned[speech.id]);
    });
  }
});
