// The visitor's choices are read from the link when the store is created, before anything renders,
// so the first paint is already in the link's language and view.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

function openAt(search: string, browserLanguages: string[] = ['en-US']) {
  window.history.replaceState(null, '', `/${search}`);
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(browserLanguages);
  vi.resetModules();
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});
afterEach(() => vi.restoreAllMocks());

it('starts in the link’s language with its filters, project and dataset', async () => {
  openAt('?v=1&lang=ru&country=KZ,UZ&sector=energy&project=allur&data=data/other.json');
  const { useViewStore } = await import('../../src/state/viewStore');
  expect(useViewStore.getState()).toMatchObject({
    language: 'ru',
    filters: { countries: ['KZ', 'UZ'], sectors: ['energy'], builders: [] },
    project: 'allur',
    dataset: 'data/other.json',
    notices: [],
  });
});

it('speaks the browser’s language when the link names none', async () => {
  openAt('?v=1&sector=road', ['zh-CN', 'en']);
  const { useViewStore } = await import('../../src/state/viewStore');
  expect(useViewStore.getState()).toMatchObject({ language: 'zh', filters: { sectors: ['road'] } });
});

it('lists what the link got wrong from the start', async () => {
  openAt('?v=1&lang=en&sector=mining&view=table');
  const { useViewStore } = await import('../../src/state/viewStore');
  expect(useViewStore.getState().notices).toEqual([
    { param: 'sector', value: 'mining' },
    { param: 'view', value: 'table' },
  ]);
});

it('starts i18next and the page in the link’s language', async () => {
  openAt('?v=1&lang=ru');
  const { i18n } = await import('../../src/i18n/i18n');
  expect(i18n.language).toBe('ru');
  expect(i18n.t('appTitle')).toBe('Атлас Шёлкового пути');
  expect(document.documentElement.lang).toBe('ru');
});
