import type { SentenceWithWords } from '../domain/provenance/speechTranslation';

/** A sentence with the quoted words in <mark>. */
export function MarkedWords({ sentence: { text, words } }: { sentence: SentenceWithWords }) {
  if (words === null) return text;
  return (
    <>
      {text.slice(0, words.start)}
      <mark>{text.slice(words.start, words.end)}</mark>
      {text.slice(words.end)}
    </>
  );
}
