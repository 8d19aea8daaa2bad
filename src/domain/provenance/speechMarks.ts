// What the speech reader marks in each paragraph: every project mention, and the quote a visitor
// came to read with the sentence around it.
import type { ProjectFeature, Speech, TextSpan } from '../../data/atlasSchema';
import { sentenceAround } from './locateQuote';
import type { TextMark } from './segmentParagraph';

export type ReaderMark = TextMark<'sentence' | 'quote' | 'mention'>;

/** The id of the sentence and quote marks; a mention mark's id is its project's id. */
export const HIGHLIGHT_ID = 'highlight';

/** The quote's span when it fits its paragraph (a quote from a shared link may not). */
export function quoteInSpeech(speech: Speech, quote: TextSpan | null): TextSpan | null {
  if (quote === null) return null;
  const paragraph = speech.paragraphs[quote.paragraph];
  const fits = paragraph !== undefined && quote.start < quote.end && quote.end <= paragraph.text.length;
  return fits ? quote : null;
}

/** Marks per paragraph of `speech`, in paragraph order: sentence and quote first, then mentions in project order. */
export function speechMarks(speech: Speech, projects: readonly ProjectFeature[], quote: TextSpan | null): ReaderMark[][] {
  const marks: ReaderMark[][] = speech.paragraphs.map(() => []);
  const highlight = quoteInSpeech(speech, quote);
  if (highlight !== null) {
    const text = speech.paragraphs[highlight.paragraph]?.text ?? '';
    const sentence = sentenceAround(text, highlight.start, highlight.end);
    marks[highlight.paragraph]?.push(
      { ...sentence, kind: 'sentence', id: HIGHLIGHT_ID },
      { start: highlight.start, end: highlight.end, kind: 'quote', id: HIGHLIGHT_ID },
    );
  }
  for (const project of projects) {
    for (const mention of project.properties.mentions) {
      if (mention.speech !== speech.id) continue;
      marks[mention.span.paragraph]?.push({ start: mention.span.start, end: mention.span.end, kind: 'mention', id: project.id });
    }
  }
  return marks;
}

/** The projects a piece of text cites, once each, in mark order. */
export function citedProjects(marks: readonly ReaderMark[]): string[] {
  return [...new Set(marks.filter((mark) => mark.kind === 'mention').map((mark) => mark.id))];
}
