// Joins the hand-written translations (data/translations/sNN.ts) to the speeches, sentence by
// sentence, and refuses any that is incomplete or stale: a sentence, headline or speaker field
// without its English or Russian, a record for a sentence that no longer exists or whose Chinese
// changed, quoted words that are not in the translation, and a figure whose translation does not
// state the same number with the same qualifier.
import type { Atlas, Figure, QuoteRef, Speech, SpeechTranslation, TranslationLanguage } from '../../src/data/atlasSchema';
import { TRANSLATION_LANGUAGES } from '../../src/data/atlasSchema';
import type { AtlasProblem } from '../../src/data/validateAtlas';
import { speechSentences, type SpeechSentence } from '../../src/domain/provenance/speechSentences';
import { readEnglishQuantities } from '../../src/domain/quantities/readEnglishQuantities';
import { readRussianQuantities } from '../../src/domain/quantities/readRussianQuantities';
import { statesFigure, type StatedQuantity } from '../../src/domain/quantities/statedQuantities';
import { sourceHash } from '../translations/sourceHash';
import type { SentenceTranslation, SpeechTranslation as TranslationRecord, TranslatedText } from '../translations/translationTypes';
import { detailMessage } from '../../src/data/loadMessages';

const LANGUAGE_NAMES: Readonly<Record<TranslationLanguage, string>> = { en: 'English', ru: 'Russian' };
const READERS: Readonly<Record<TranslationLanguage, (text: string) => StatedQuantity[]>> = {
  en: readEnglishQuantities,
  ru: readRussianQuantities,
};

/** A quote a curated record takes from a speech, and the figure it states (null for a mention, builder or status). */
export interface TakenQuote {
  ref: QuoteRef;
  figure: Figure | null;
}

/** Every quote the atlas's records take: mentions, builders, statuses and figures alike. */
export function takenQuotes(atlas: Atlas): TakenQuote[] {
  const quote = (ref: QuoteRef): TakenQuote => ({ ref, figure: null });
  const figure = (ref: Figure): TakenQuote => ({ ref, figure: ref });
  return [
    ...atlas.projects.features.flatMap(({ properties }) => [
      ...(properties.builder === null ? [] : [quote(properties.builder)]),
      ...(properties.status === null ? [] : [quote(properties.status)]),
      ...properties.mentions.map(quote),
      ...properties.figures.map(figure),
    ]),
    ...atlas.organizations.flatMap((organization) => organization.figures.map(figure)),
    ...atlas.groups.flatMap((group) => group.figures.map(figure)),
  ];
}

/** Where a record's problems are: the curated file and the field in it. */
function recordPath(speech: string, field: string): string {
  return `data/translations/${speech}.ts ${field}`;
}

const isBlank = (text: string) => text.trim() === '';

/** The sentence a quote sits in; null when it runs across two (no sentence translation can hold it). */
function sentenceOf(sentences: readonly SpeechSentence[], span: QuoteRef['span']): SpeechSentence | null {
  return sentences.find((sentence) => sentence.paragraph === span.paragraph && sentence.start <= span.start && span.end <= sentence.end) ?? null;
}

function figureLabel(figure: Figure): string {
  return `figure ${figure.id} (${figure.value} ${figure.unit}, ${figure.qualifier ?? 'no qualifier'})`;
}

function readingLabel(quantities: readonly StatedQuantity[]): string {
  if (quantities.length === 0) return 'no number';
  return quantities.map((quantity) => `${quantity.value} (${quantity.qualifier ?? 'no qualifier'})`).join(', ');
}

/** Checks one speech's record against its speech; returns the translations when there is nothing to fix. */
function translateSpeech(
  speech: Speech,
  record: TranslationRecord,
  taken: readonly TakenQuote[],
): { translations: Speech['translations'] | null; problems: AtlasProblem[] } {
  const problems: AtlasProblem[] = [];
  const report = (field: string, message: string) => problems.push({ path: recordPath(speech.id, field), record: `speech ${speech.id}`, message: detailMessage(message) });
  const paragraphId = (sentence: SpeechSentence) => speech.paragraphs[sentence.paragraph]?.id ?? '';
  const where = (sentence: SpeechSentence) => `sentence ${sentence.id} (speech ${speech.id}, paragraph ${paragraphId(sentence)})`;

  const checkText = (field: string, text: TranslatedText, what: string) => {
    for (const language of TRANSLATION_LANGUAGES) {
      if (isBlank(text[language])) report(`${field}.${language}`, `${what} has no ${LANGUAGE_NAMES[language]} translation`);
    }
  };
  const checkSource = (field: string, recorded: string, original: string, what: string) => {
    const current = sourceHash(original);
    if (recorded !== current) {
      report(`${field}.source`, `${what} changed since it was translated (hash ${recorded}, now ${current}: "${original}"); re-read the Chinese, update the translation, then the hash`);
    }
  };

  checkSource('headline', record.headline.source, speech.headline, `the headline of speech ${speech.id}`);
  checkText('headline', record.headline, `the headline of speech ${speech.id}`);
  const { speaker } = record;
  checkSource('speaker', speaker.source, speech.speaker.line, `the speaker line of speech ${speech.id}`);
  for (const field of ['name', 'role', 'organization'] as const) checkText(`speaker.${field}`, speaker[field], `the speaker's ${field} in speech ${speech.id}`);
  for (const field of ['title', 'note'] as const) {
    if (isBlank(speaker.nameSource[field])) report(`speaker.nameSource.${field}`, `says nothing of where the spelling of the speaker's name in speech ${speech.id} comes from`);
  }

  const sentences = speechSentences(speech.paragraphs);
  const sentenceIds = new Set(sentences.map((sentence) => sentence.id));
  for (const id of Object.keys(record.sentences)) {
    if (!sentenceIds.has(id)) report(`sentences["${id}"]`, `translates sentence ${id}, which speech ${speech.id} no longer has; remove the record or give it the right id`);
  }

  const quotesBySentence = new Map<string, TakenQuote[]>();
  for (const quote of taken) {
    if (quote.ref.speech !== speech.id) continue;
    const sentence = sentenceOf(sentences, quote.ref.span);
    if (sentence === null) {
      report('sentences', `the quote "${quote.ref.quote}" runs across two sentences of speech ${speech.id}; quote words from one sentence`);
      continue;
    }
    quotesBySentence.set(sentence.id, [...(quotesBySentence.get(sentence.id) ?? []), quote]);
  }

  const checkSentence = (sentence: SpeechSentence, translation: SentenceTranslation) => {
    const field = `sentences["${sentence.id}"]`;
    checkSource(field, translation.source, sentence.text, where(sentence));
    checkText(field, translation, where(sentence));
    const quotes = quotesBySentence.get(sentence.id) ?? [];
    const entries = translation.quotes ?? {};
    const wanted = new Set(quotes.map((quote) => quote.ref.quote));
    for (const quote of Object.keys(entries)) {
      if (!wanted.has(quote)) report(`${field}.quotes["${quote}"]`, `names the quote "${quote}", which no record takes from ${where(sentence)}; remove the entry`);
    }
    for (const quote of wanted) {
      const entry = entries[quote];
      if (entry === undefined) {
        report(`${field}.quotes`, `has no entry for the quote "${quote}" taken from ${where(sentence)}`);
        continue;
      }
      for (const language of TRANSLATION_LANGUAGES) {
        const words = entry[language];
        if (isBlank(words)) report(`${field}.quotes["${quote}"].${language}`, `the quote "${quote}" in ${where(sentence)} has no ${LANGUAGE_NAMES[language]} words`);
        else if (!isBlank(translation[language]) && !translation[language].includes(words)) {
          report(`${field}.quotes["${quote}"].${language}`, `"${words}" is not in the ${LANGUAGE_NAMES[language]} translation of ${where(sentence)}; copy the words exactly`);
        }
      }
    }
    for (const { ref, figure } of quotes) {
      const entry = entries[ref.quote];
      if (figure === null || entry === undefined) continue;
      for (const language of TRANSLATION_LANGUAGES) {
        const quantities = READERS[language](entry[language]);
        if (isBlank(entry[language]) || statesFigure(quantities, figure)) continue;
        report(
          `${field}.quotes["${ref.quote}"].${language}`,
          `${figureLabel(figure)} is not what the ${LANGUAGE_NAMES[language]} words "${entry[language]}" of ${where(sentence)} state: they read as ${readingLabel(quantities)}`,
        );
      }
    }
  };

  for (const sentence of sentences) {
    const translation = record.sentences[sentence.id];
    if (translation === undefined) report(`sentences["${sentence.id}"]`, `${where(sentence)} has no translation record`);
    else checkSentence(sentence, translation);
  }

  if (problems.length > 0) return { translations: null, problems };
  const translated = (language: TranslationLanguage): SpeechTranslation => {
    const name = speaker.name[language];
    const role = speaker.role[language];
    const organization = speaker.organization[language];
    return {
      headline: record.headline[language],
      speaker: { line: `${name}, ${role}, ${organization}`, name, role, organization },
      nameSource: speaker.nameSource,
      sentences: sentences.map(({ id, paragraph, start, end }) => {
        // Checked above: every sentence has its record, and every entry's words are in its text.
        const translation = record.sentences[id] as SentenceTranslation;
        const text = translation[language];
        const quotes = [...new Set((quotesBySentence.get(id) ?? []).map(({ ref }) => ref.quote))].map((quote) => {
          const words = (translation.quotes?.[quote] as TranslatedText)[language];
          const at = text.indexOf(words);
          return { quote, start: at, end: at + words.length };
        });
        return { id, paragraph, start, end, text, quotes };
      }),
    };
  };
  return { translations: { en: translated('en'), ru: translated('ru') }, problems };
}

/** The speeches with their checked translations, and every problem found in the records. */
export function translateSpeeches(
  speeches: readonly Speech[],
  records: readonly TranslationRecord[],
  taken: readonly TakenQuote[],
): { speeches: Speech[]; problems: AtlasProblem[] } {
  const problems: AtlasProblem[] = [];
  const recordsBySpeech = new Map<string, TranslationRecord>();
  for (const record of records) {
    const known = speeches.some((speech) => speech.id === record.speech);
    const path = recordPath(record.speech, 'speech');
    if (!known) problems.push({ path, record: `speech ${record.speech}`, message: detailMessage(`translates speech ${record.speech}, which the source text does not have`) });
    else if (recordsBySpeech.has(record.speech)) problems.push({ path, record: `speech ${record.speech}`, message: detailMessage('a second translation record for this speech') });
    else recordsBySpeech.set(record.speech, record);
  }
  const translated = speeches.map((speech) => {
    const record = recordsBySpeech.get(speech.id);
    if (record === undefined) {
      problems.push({ path: 'data/translations/index.ts', record: `speech ${speech.id}`, message: detailMessage(`speech ${speech.id} has no translation record`) });
      return speech;
    }
    const result = translateSpeech(speech, record, taken);
    problems.push(...result.problems);
    return result.translations === null ? speech : { ...speech, translations: result.translations };
  });
  return { speeches: translated, problems };
}
