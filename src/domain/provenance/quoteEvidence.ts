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
