// A speech in the interface language: its translation, its speaker, and for a quote the sentence
// that holds it in the original and in translation, with the quoted words located in each.
import type { QuoteRef, Speech, SpeechTranslation, TextSpan, TranslatedSentence, TranslationLanguage } from '../../data/atlasSchema';
import { sentenceAround } from './locateQuote';

/** The language a speech is translated into for an interface language; null for Chinese, the original. */
export function translationLanguage(language: string): TranslationLanguage | null {
  return language === 'en' || language === 'ru' ? language : null;
}

/** The speech's translation into the interface language; null in Chinese or when the dataset carries none. */
export function speechTranslation(speech: Speech, language: string): SpeechTranslation | null {
  const target = translationLanguage(language);
  return target === null ? null : (speech.translations?.[target] ?? null);
}

/** The speaker as the interface language names them; in Chinese (or without a translation) as the article does. */
export function speakerIn(speech: Speech, language: string): Speech['speaker'] {
  return speechTranslation(speech, language)?.speaker ?? speech.speaker;
}

/** The headline in the interface language, or the original's. */
export function headlineIn(speech: Speech, language: string): string {
  return speechTranslation(speech, language)?.headline ?? speech.headline;
}

/** The translated sentence whose original holds `span`. */
export function translatedSentenceAt(translation: SpeechTranslation, span: TextSpan): TranslatedSentence | null {
  return (
    translation.sentences.find((sentence) => sentence.paragraph === span.paragraph && sentence.start <= span.start && span.end <= sentence.end) ?? null
  );
}

/** A sentence and where in it the quoted words are, in order (none: the translation marks no words for the quote). */
export interface SentenceWithWords {
  text: string;
  words: { start: number; end: number }[];
}

/** The original sentence around a quote, with the quote located in it. */
export function originalSentenceOf(speech: Speech, ref: QuoteRef): SentenceWithWords {
  const paragraph = speech.paragraphs[ref.span.paragraph]?.text ?? '';
  const sentence = sentenceAround(paragraph, ref.span.start, ref.span.end);
  return { text: paragraph.slice(sentence.start, sentence.end), words: [{ start: ref.span.start - sentence.start, end: ref.span.end - sentence.start }] };
}

/** The translation of the sentence around a quote, with the words that render the quote; null when there is none. */
export function translatedSentenceOf(speech: Speech, ref: QuoteRef, language: string): SentenceWithWords | null {
  const translation = speechTranslation(speech, language);
  const sentence = translation === null ? null : translatedSentenceAt(translation, ref.span);
  if (sentence === null) return null;
  const words = sentence.quotes.find((quote) => quote.quote === ref.quote);
  return { text: sentence.text, words: words === undefined ? [] : [{ start: words.start, end: words.end }] };
}

/** The words of the translation that render a quote, or '' when the dataset has none. */
export function translatedQuoteWords(speech: Speech | undefined, ref: QuoteRef, language: TranslationLanguage): string {
  const sentence = speech === undefined ? null : translatedSentenceOf(speech, ref, language);
  const words = sentence?.words[0];
  return sentence === null || words === undefined ? '' : sentence.text.slice(words.start, words.end);
}
