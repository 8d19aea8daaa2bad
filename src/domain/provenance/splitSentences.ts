// Cuts a paragraph into the sentences the speech reader highlights, so a search hit on a sentence
// opens exactly the span the reader would mark around it. The platform's sentence segmenter (ICU)
// ends a sentence at 。！？ and keeps closing quote marks with it (。” stays in the sentence).
const SENTENCES = new Intl.Segmenter('zh', { granularity: 'sentence' });

/** The paragraph's sentences, in order; together they cover the whole text. */
export function splitSentences(text: string): { start: number; end: number }[] {
  return Array.from(SENTENCES.segment(text), ({ index, segment }) => ({ start: index, end: index + segment.length }));
}
