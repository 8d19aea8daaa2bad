// Finds where a quote sits in a speech, and the sentence around it, so a visitor can be taken
// to the exact words.
import type { TextSpan } from '../../data/atlasSchema';

export type QuoteLocation = { ok: true; span: TextSpan } | { ok: false; reason: string };

export function locateQuote(paragraphs: readonly string[], quote: string): QuoteLocation {
  const spans: TextSpan[] = [];
  paragraphs.forEach((text, paragraph) => {
    for (let start = text.indexOf(quote); start !== -1; start = text.indexOf(quote, start + 1)) {
      spans.push({ paragraph, start, end: start + quote.length });
    }
  });
  const [only, ...others] = spans;
  if (only === undefined) return { ok: false, reason: 'not found verbatim' };
  if (others.length > 0) return { ok: false, reason: `occurs ${spans.length} times; quote more words so it is unique` };
  return { ok: true, span: only };
}

const SENTENCE_END = /[。！？]/;
const CLOSING_MARKS = /[”’」』）)]/;

/** The sentence (ending at 。！？ plus any closing quote marks) that contains [start, end). */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let sentenceStart = start;
  while (sentenceStart > 0 && !isSentenceBoundary(text, sentenceStart)) sentenceStart -= 1;
  let sentenceEnd = Math.max(end, sentenceStart);
  while (sentenceEnd < text.length && !isSentenceBoundary(text, sentenceEnd)) sentenceEnd += 1;
  return { start: sentenceStart, end: sentenceEnd };
}

/** True when a sentence ends just before `index`. */
function isSentenceBoundary(text: string, index: number): boolean {
  const previous = text[index - 1] ?? '';
  const next = text[index] ?? '';
  if (CLOSING_MARKS.test(next)) return false;
  if (SENTENCE_END.test(previous)) return true;
  // A closing mark ends the sentence when the mark itself follows a sentence end: 。”
  return CLOSING_MARKS.test(previous) && SENTENCE_END.test(text[index - 2] ?? '');
}
