// @vitest-environment node
// segmentWords finds the words of Latin and Cyrillic text with a pattern instead of Intl.Segmenter (far
// cheaper when a hundred thousand names are indexed): the two must find the same words everywhere.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentWords } from '../../src/domain/search/buildSearchIndex';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const segmenterWords = (text: string) =>
  [...segmenter.segment(text)]
    .filter((segment) => segment.isWordLike === true)
    .map(({ segment, index }) => ({ text: segment, start: index }));

/** All of printable ASCII and of the basic Cyrillic block, the quotes and dashes names use, and the joiners often. */
const ascii = Array.from({ length: 95 }, (_, offset) => String.fromCharCode(0x20 + offset));
const cyrillic = Array.from({ length: 96 }, (_, offset) => String.fromCharCode(0x400 + offset));
const joiners = [..."aZ09 .,':;_ёЖ‘’"];
const character = fc.constantFrom(...ascii, ...cyrillic, ...'\n\t№‘’“”«»–—', ...joiners, ...joiners);
/** Now and then a character the pattern leaves to the segmenter. */
const other = fc.constantFrom('风', 'é', '·', '\u00AD', '①', 'ﬁ');

describe('segmentWords', () => {
  it('finds the words Intl.Segmenter finds, at the same places', () => {
    const text = fc.array(fc.oneof({ weight: 30, arbitrary: character }, { weight: 1, arbitrary: other }), { maxLength: 16 }).map((characters) => characters.join(''));
    fc.assert(
      fc.property(text, (text) => {
        expect(segmentWords(text).map(({ start, end }) => ({ text: text.slice(start, end), start }))).toEqual(segmenterWords(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps a word its joiners: apostrophes and dots between letters, commas between digits', () => {
    expect(segmentWords("Don't stop: 1,000.5 km, U.S. No.5 a_b _ __").map((word) => word.term)).toEqual(["don't", 'stop', '1,000.5', 'km', 'u.s', 'no', '5', 'a_b', '__']);
  });
});
