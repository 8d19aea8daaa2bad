// A figure's source as a reference in three styles, formatted by hand: citation-js with CSL would
// add some 400 KiB of code for three short strings, and none of the three styles' CSL files
// covers a speech at a forum known only by its year. Each formatter follows its guide's pattern
// for the nearest kind of work (tests/unit/formatCitations.test.ts names the guide's examples).

/** What a reference needs, in the three scripts the styles write. */
export interface CitedSpeech {
  /** The speaker as the original writes the name: 方江山, 晓姆·卡吉巴耶娃. */
  speakerOriginal: string;
  /** The name in Latin and Cyrillic letters as the atlas's translation gives it; null without one. */
  speakerLatin: string | null;
  speakerCyrillic: string | null;
  headline: { zh: string; en: string | null; ru: string | null };
  /** The forum's name in each language. */
  forum: { zh: string; en: string; ru: string };
  /** The only date the source gives; null when it gives none. */
  year: number | null;
  /** The link that opens the quoted sentence in the atlas. */
  url: string;
  /** When the reader looked it up, as YYYY-MM-DD. */
  accessed: string;
}

/**
 * Surname and given names of a romanised name. A name written in Chinese with a middle dot
 * (晓姆·卡吉巴耶娃) is a foreign name in its own order, given name first; a Chinese name puts
 * the surname first (Fang Jiangshan).
 */
export function splitName(original: string, romanised: string): { surname: string; given: string[] } {
  const parts = romanised.trim().split(/\s+/);
  if (original.includes('·')) return { surname: parts.at(-1) ?? romanised, given: parts.slice(0, -1) };
  return { surname: parts[0] ?? romanised, given: parts.slice(1) };
}

function initials(given: readonly string[]): string {
  return given.map((name) => `${name[0] ?? ''}.`).join(' ');
}

function initialsFirst({ surname, given }: { surname: string; given: string[] }): string {
  return given.length === 0 ? surname : `${initials(given)} ${surname}`;
}

/** APA 7, a speech or presentation: Author, A. (Year). *Title* [Speech]. Event. URL */
export function formatApa(source: CitedSpeech): { text: string; italic: string } {
  const author = source.speakerLatin === null ? source.speakerOriginal : authorWithInitials(source.speakerOriginal, source.speakerLatin, ', ');
  // A non-English title is given as published with its English translation in square brackets.
  const title = source.headline.zh;
  const translated = source.headline.en === null ? '' : ` [${source.headline.en}]`;
  const text = `${author}${author.endsWith('.') ? '' : '.'} (${source.year ?? 'n.d.'}). ${title}${translated} [Speech]. ${source.forum.en}. ${source.url}`;
  return { text, italic: title };
}

function authorWithInitials(original: string, romanised: string, separator: string): string {
  const { surname, given } = splitName(original, romanised);
  return given.length === 0 ? surname : `${surname}${separator}${initials(given)}`;
}

/**
 * GB/T 7714-2015, an online electronic resource (EB/OL): 主要责任者. 题名[EB/OL]. (发表日期)[引用日期]. 获取和访问路径.
 */
export function formatGbt(source: CitedSpeech): string {
  return `${source.speakerOriginal}. ${source.headline.zh}: 在${source.forum.zh}上的发言[EB/OL]. ${source.year === null ? '' : `(${source.year})`}[${source.accessed}]. ${source.url}.`;
}

/**
 * ГОСТ Р 7.0.100–2018, an electronic resource in a site: Автор И. Заглавие : сведения / И. Автор.
 * – Текст : электронный // Сайт : [сайт]. – Год. – URL: … (дата обращения: ДД.ММ.ГГГГ).
 */
export function formatGost(source: CitedSpeech, site: string): string {
  const [year, month, day] = source.accessed.split('-');
  const accessed = `${day}.${month}.${year}`;
  const cyrillic = source.speakerCyrillic;
  const heading = cyrillic === null ? source.speakerOriginal : authorWithInitials(source.speakerOriginal, cyrillic, ' ');
  // The statement of responsibility puts the initials first: / Р. Кажибаева
  const statement = cyrillic === null ? source.speakerOriginal : initialsFirst(splitName(source.speakerOriginal, cyrillic));
  const title = source.headline.ru ?? source.headline.zh;
  return `${heading} ${title} : выступление на форуме «${source.forum.ru}» / ${statement}. – Текст : электронный // ${site} : [сайт]. – ${source.year ?? '[б. г.]'}. – URL: ${source.url} (дата обращения: ${accessed}).`;
}
