// Finds where a quote sits in a speech, and the sentence around it, so a visitor can be taken
// to the exact words.
import type { TextSpan } from '../../data/atlasSchema';
import { splitSentences } from './splitSentences';

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

/** The sentences (ending at 。！？ with any closing quote marks) that hold [start, end), as one span. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  const sentences = splitSentences(text);
  const first = sentences.find((sentence) => sentence.end > start);
  if (first === undefined) return { start: sentences.at(-1)?.start ?? 0, end: text.length };
  const last = sentences.findLast((sentence) => sentence.start < Math.max(end, start + 1)) ?? first;
  return { start: first.start, end: Math.max(last.end, first.end) };
}
