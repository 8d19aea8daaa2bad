// Hand-written English and Russian translations of the speeches, one file per speech, keyed by the
// sentence ids the build computes (src/domain/provenance/speechSentences.ts). The Chinese stays the
// authority: each record carries a hash of the sentence it translates, so a changed original
// makes the build refuse the record until someone re-reads it.

export interface TranslatedText {
  en: string;
  ru: string;
}

export interface SentenceTranslation extends TranslatedText {
  /** sourceHash() of the Chinese sentence this translates. */
  source: string;
  /**
   * For each quote the curated records take from this sentence (keyed by the Chinese quote as
   * written there), the words of each translation that render it: exact substrings of en / ru.
   */
  quotes?: Record<string, TranslatedText>;
}

/** Where a non-Chinese speaker's Latin and Cyrillic spelling was found. */
export interface NameSource {
  title: string;
  url: string | null;
  note: string;
}

export interface SpeakerTranslation {
  /** sourceHash() of the speaker line as written ("人民日报社副总编辑 方江山"). */
  source: string;
  name: TranslatedText;
  nameSource: NameSource;
  role: TranslatedText;
  organization: TranslatedText;
}

export interface SpeechTranslation {
  speech: string;
  headline: SentenceTranslation;
  speaker: SpeakerTranslation;
  /** sentence id (s08-p03.1) → translation */
  sentences: Record<string, SentenceTranslation>;
}
