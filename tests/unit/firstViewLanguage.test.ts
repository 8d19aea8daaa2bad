// The inline guard (src/prerender/firstViewGuard.ts) repeats the app's choice of language
// (browserLanguage and the link's `lang`, src/state/viewState.ts), because it runs as text before
// any script. Both must choose the same language for every browser and link: if the page's
// <html lang> and the app disagreed, the prerendered page would be kept or dropped wrongly.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstViewGuardScript } from '../../src/prerender/firstViewGuard';
import { browserLanguage, parseViewState } from '../../src/state/viewState';

/** The guard's settings as vite.config.ts writes them into the page. */
const SCRIPT = firstViewGuardScript({ prerenderedLanguage: 'en', urlVersion: '1', languages: ['zh', 'en', 'ru'] });

/** The language the inline script gives <html>, for a browser preferring `languages` that opens `search`. */
function guardLanguage(languages: string[], search: string): string {
  window.history.replaceState(null, '', `/atlas/${search}`);
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
  document.documentElement.lang = '';
  // The script as the page runs it: its text, not the function it was made from.
  new Function(SCRIPT)();
  return document.documentElement.lang;
}

const appLanguage = (languages: string[], search: string) => parseViewState(search, browserLanguage(languages)).state.language;

const CASES: { languages: string[]; search: string; language: string }[] = [
  { languages: ['en-US'], search: '', language: 'en' },
  { languages: ['zh-CN', 'en'], search: '', language: 'zh' },
  { languages: ['zh-Hant-TW'], search: '', language: 'zh' },
  { languages: ['ZH-cn'], search: '', language: 'zh' },
  { languages: ['ru-RU'], search: '?v=1', language: 'ru' },
  { languages: ['fr-FR', 'de', 'ru', 'zh'], search: '', language: 'ru' },
  { languages: ['fr-FR', 'pt-BR'], search: '', language: 'en' },
  { languages: [], search: '', language: 'en' },
  { languages: ['zh_CN'], search: '', language: 'en' },
  { languages: ['kk-KZ', 'ru-KZ'], search: '?project=zarafshan-wind-500', language: 'ru' },
  { languages: ['zh-CN'], search: '?lang=en', language: 'en' },
  { languages: ['en-US'], search: '?lang=ru', language: 'ru' },
  { languages: ['ru'], search: '?lang=zh&sector=energy', language: 'zh' },
  { languages: ['ru'], search: '?lang=xx', language: 'ru' },
  { languages: ['zh'], search: '?lang=EN', language: 'zh' },
  { languages: ['zh'], search: '?lang=', language: 'zh' },
  { languages: ['en'], search: '?lang=ru&lang=zh', language: 'ru' },
];

describe('the first view guard and the app choose the same language', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(CASES)('$languages with "$search": $language', ({ languages, search, language }) => {
    expect(appLanguage(languages, search)).toBe(language);
    expect(guardLanguage(languages, search)).toBe(language);
  });
});
