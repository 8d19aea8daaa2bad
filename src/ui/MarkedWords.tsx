import type { SentenceWithWords } from '../domain/provenance/speechTranslation';

/** A sentence with the quoted words in <mark> (several quotes from one sentence each get theirs). */
export function MarkedWords({ sentence: { text, words } }: { sentence: SentenceWithWords }) {
  if (words.length === 0) return text;
  return (
    <>
      {words.map((range, index) => (
        <span key={range.start}>
          {text.slice(index === 0 ? 0 : (words[index - 1]?.end ?? 0), range.start)}
          <mark>{text.slice(range.start, range.end)}</mark>
        </span>
      ))}
      {text.slice(words.at(-1)?.end ?? 0)}
    </>
  );
}
