// What stands behind a quote wherever the atlas shows one: the sentence of the speech that holds it,
// that sentence in the interface language when the atlas translates it, and who said it.
import type { QuoteRef, Speech } from '../../data/atlasSchema';
import { originalSentenceOf, speechTranslation, translatedSentenceOf, type SentenceWithWords } from './speechTranslation';

export interface SpeakerLine {
  name: string;
  role: string;
  organization: string;
  /** The language the speaker is named in: the interface language when the speech is translated, else Chinese. */
  language: string;
}

export interface QuoteEvidence {
  /** The Chinese sentence, the quoted words marked. */
  original: SentenceWithWords;
  /** The sentence in the interface language; null in Chinese or without a translation. */
  translation: SentenceWithWords | null;
  speaker: SpeakerLine;
}

export function quoteEvidence(speech: Speech, quote: QuoteRef, language: string): QuoteEvidence {
  const translated = speechTranslation(speech, language);
  const { name, role, organization } = translated?.speaker ?? speech.speaker;
  return {
    original: originalSentenceOf(speech, quote),
    translation: translatedSentenceOf(speech, quote, language),
    speaker: { name, role, organization, language: translated === null ? 'zh' : language },
  };
}

/** Several quotes from one sentence (one speaker, one sentence): the sentence once, each quote's words marked; null for none. */
export function sharedQuoteEvidence(speech: Speech, quotes: readonly QuoteRef[], language: string): QuoteEvidence | null {
  const [first, ...others] = quotes.map((quote) => quoteEvidence(speech, quote, language));
  if (first === undefined) return null;
  const all = [first, ...others];
  const merged = (sentences: SentenceWithWords[]): SentenceWithWords => ({ text: sentences[0]?.text ?? '', words: mergeRanges(sentences.flatMap((sentence) => sentence.words)) });
  return {
    original: merged(all.map((evidence) => evidence.original)),
    translation: first.translation === null ? null : merged(all.flatMap((evidence) => (evidence.translation === null ? [] : [evidence.translation]))),
    speaker: first.speaker,
  };
}

/** Ranges in order, overlapping ones joined (two figures can be read from the same words). */
function mergeRanges(ranges: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
