// Cuts a paragraph into the sentences the speech reader highlights, so a search hit on a sentence
// opens exactly the span the reader would mark around it.
import { sentenceAround } from './locateQuote';

/** The paragraph's sentences, in order; together they cover the whole text. */
export function splitSentences(text: string): { start: number; end: number }[] {
  const sentences: { start: number; end: number }[] = [];
  // Each sentence starts where the previous one ended, which is a boundary by construction.
  for (let start = 0; start < text.length; ) {
    const sentence = sentenceAround(text, start, start + 1);
    sentences.push(sentence);
    start = sentence.end;
  }
  return sentences;
}
