import { afterEach, describe, expect, it, vi } from 'vitest';
import { guardFirstView } from '../../src/prerender/firstViewGuard';

const SETTINGS = { prerenderedLanguage: 'en', urlVersion: '1', languages: ['zh', 'en', 'ru'] };

/** Runs the guard for a link in a browser with `languages`; returns <html>'s language and whether the page is marked stale. */
function guard(search: string, languages: string[] = ['en-US']) {
  window.history.replaceState(null, '', `/atlas/${search}`);
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
  delete document.documentElement.dataset.firstView;
  guardFirstView(SETTINGS);
  return { lang: document.documentElement.lang, stale: document.documentElement.dataset.firstView === 'stale' };
}

describe('guardFirstView', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps the prerendered view for the default link in an English browser, and after the app wrote v and lang', () => {
    expect(guard('')).toEqual({ lang: 'en', stale: false });
    expect(guard('?v=1&lang=en')).toEqual({ lang: 'en', stale: false });
  });

  it('marks the page stale for another language, from the link or the browser', () => {
    expect(guard('?lang=ru')).toEqual({ lang: 'ru', stale: true });
    expect(guard('', ['zh-CN', 'en'])).toEqual({ lang: 'zh', stale: true });
    expect(guard('?lang=en', ['zh-CN'])).toEqual({ lang: 'en', stale: false });
  });

  it('marks the page stale for any other choice in the link, or one the app will correct with a notice', () => {
    expect(guard('?project=zarafshan-wind-500').stale).toBe(true);
    expect(guard('?lang=en&sector=energy').stale).toBe(true);
    expect(guard('?data=data/other.json').stale).toBe(true);
    expect(guard('?v=2&lang=en').stale).toBe(true);
    expect(guard('?lang=xx')).toEqual({ lang: 'en', stale: true });
  });
});
