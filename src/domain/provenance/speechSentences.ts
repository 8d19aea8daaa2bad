// The sentences of a speech with the ids that translations are keyed by. An id names the
// paragraph and the sentence's place in it (s08-p03.1), so it stays put while the text does.
import { splitSentences } from './splitSentences';

export interface SpeechSentence {
  /** `${paragraph id}.${1-based position}`, e.g. s08-p03.1 */
  id: string;
  /** index of the paragraph in its speech */
  paragraph: number;
  /** UTF-16 offsets of the sentence in its paragraph */
  start: number;
  end: number;
  text: string;
}

export function speechSentences(paragraphs: readonly { id: string; text: string }[]): SpeechSentence[] {
  return paragraphs.flatMap(({ id, text }, paragraph) =>
    splitSentences(text).map(({ start, end }, index) => ({ id: `${id}.${index + 1}`, paragraph, start, end, text: text.slice(start, end) })),
  );
}
