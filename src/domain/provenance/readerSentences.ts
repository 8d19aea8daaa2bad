// What the speech reader shows, sentence by sentence, in the original and in translation: the two
// share sentence ids, so a sentence on one side can mark its counterpart on the other, and the
// highlighted quote and every project mention are marked on both.
import type { ProjectFeature, Speech, SpeechTranslation, TextSpan } from '../../data/atlasSchema';
import { HIGHLIGHT_ID, quoteInSpeech, speechMarks, type ReaderMark } from './speechMarks';
import { speechSentences } from './speechSentences';
import { translatedSentenceAt } from './speechTranslation';

/** One sentence, its marks in its own offsets. */
export interface ReaderSentence {
  id: string;
  text: string;
  marks: ReaderMark[];
}

export interface ReaderParagraph {
  id: string;
  sentences: ReaderSentence[];
}

/** The paragraphs of the original, cut into sentences, each with the marks that fall in it. */
export function originalParagraphs(speech: Speech, projects: readonly ProjectFeature[], quote: TextSpan | null): ReaderParagraph[] {
  const marks = speechMarks(speech, projects, quote);
  const sentences = speechSentences(speech.paragraphs);
  return speech.paragraphs.map((paragraph, index) => ({
    id: paragraph.id,
    sentences: sentences
      .filter((sentence) => sentence.paragraph === index)
      .map(({ id, start, end, text }) => ({
        id,
        text,
        marks: (marks[index] ?? [])
          .map((mark) => ({ ...mark, start: Math.max(mark.start, start) - start, end: Math.min(mark.end, end) - start }))
          .filter((mark) => mark.end > mark.start),
      })),
  }));
}

/**
 * The paragraphs of the translation, with the same marks as the original where the translation
 * says which words render them: the highlighted sentence whole, the quote's words, and each mention's.
 */
export function translatedParagraphs(
  speech: Speech,
  translation: SpeechTranslation,
  projects: readonly ProjectFeature[],
  quote: TextSpan | null,
): ReaderParagraph[] {
  const marksBySentence = new Map<string, ReaderMark[]>();
  const add = (sentenceId: string, mark: ReaderMark) => marksBySentence.set(sentenceId, [...(marksBySentence.get(sentenceId) ?? []), mark]);
  /** The words of a translated sentence that render the original's words at `span`. */
  const wordsFor = (span: TextSpan) => {
    const sentence = translatedSentenceAt(translation, span);
    if (sentence === null) return null;
    // A whole sentence (a search hit) is the whole translated sentence.
    if (span.start === sentence.start && span.end === sentence.end) return { sentence, start: 0, end: sentence.text.length };
    const quoted = speech.paragraphs[span.paragraph]?.text.slice(span.start, span.end);
    const words = sentence.quotes.find((entry) => entry.quote === quoted);
    return words === undefined ? { sentence, start: 0, end: 0 } : { sentence, start: words.start, end: words.end };
  };

  const highlight = quoteInSpeech(speech, quote);
  if (highlight !== null) {
    const found = wordsFor(highlight);
    if (found !== null) {
      add(found.sentence.id, { start: 0, end: found.sentence.text.length, kind: 'sentence', id: HIGHLIGHT_ID });
      add(found.sentence.id, { start: found.start, end: found.end, kind: 'quote', id: HIGHLIGHT_ID });
    }
  }
  for (const project of projects) {
    for (const mention of project.properties.mentions) {
      if (mention.speech !== speech.id) continue;
      const found = wordsFor(mention.span);
      if (found !== null) add(found.sentence.id, { start: found.start, end: found.end, kind: 'mention', id: project.id });
    }
  }

  return speech.paragraphs.map((paragraph, index) => ({
    id: paragraph.id,
    sentences: translation.sentences
      .filter((sentence) => sentence.paragraph === index)
      .map(({ id, text }) => ({ id, text, marks: (marksBySentence.get(id) ?? []).filter((mark) => mark.end > mark.start) })),
  }));
}
