// The reference data of one quote: who said it, in which speech, at which forum, and the link
// that opens the sentence. Pure: the link and today's date come in as arguments.
import type { Speech } from '../../data/atlasSchema';
import type { CitedSpeech } from './formatCitations';

/** The forum's name in each language, keyed by the source's own (Chinese) title. */
const FORUM_NAMES: Readonly<Record<string, { zh: string; en: string; ru: string }>> = {
  '2025 中国—中亚媒体合作论坛': {
    zh: '2025中国—中亚媒体合作论坛',
    en: '2025 China–Central Asia Media Cooperation Forum',
    ru: 'Форум по медиасотрудничеству Китай — Центральная Азия 2025',
  },
};

/** The year the source title names (the article gives no day); null if it names none. */
export function sourceYear(title: string): number | null {
  const match = /(?:19|20)\d{2}/.exec(title);
  return match === null ? null : Number(match[0]);
}

export function citedSpeech(
  speech: Speech,
  sourceTitle: string,
  permalink: string,
  accessed: string,
): CitedSpeech {
  const { en, ru } = speech.translations ?? {};
  return {
    speakerOriginal: speech.speaker.name,
    speakerLatin: en?.speaker.name ?? null,
    speakerCyrillic: ru?.speaker.name ?? null,
    headline: { zh: speech.headline, en: en?.headline ?? null, ru: ru?.headline ?? null },
    forum: FORUM_NAMES[sourceTitle] ?? { zh: sourceTitle, en: sourceTitle, ru: sourceTitle },
    year: sourceYear(sourceTitle),
    url: permalink,
    accessed,
  };
}
