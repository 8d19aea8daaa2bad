// Which changes add a history entry: a visitor's navigation pushes one (Back undoes it); a
// correction, a reconciliation with the data or a map move replaces the current one, so a corrected
// link never traps the Back button.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type StoreModule = typeof import('../../src/state/viewStore');

let stopSync: () => void;
let store: StoreModule['useViewStore'];

/** Opens the app on `search`: a fresh store and URL sync, as on a page load. */
async function openAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  vi.resetModules();
  ({ useViewStore: store } = await import('../../src/state/viewStore'));
  const { startUrlSync } = await import('../../src/state/urlSync');
  stopSync = startUrlSync();
}

/** The URL is written once the task that changed the store is over. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
});
afterEach(() => {
  stopSync();
  vi.restoreAllMocks();
});

describe('the URL sync', () => {
  it('pushes an entry for a visitor’s choice', async () => {
    await openAt('?v=1&lang=en');
    const entries = window.history.length;
    store.getState().toggleFilter('sectors', 'energy');
    await settled();
    expect(window.location.search).toBe('?v=1&lang=en&sector=energy');
    expect(window.history.length).toBe(entries + 1);
  });

  it('replaces the entry for a map move', async () => {
    await openAt('?v=1&lang=en');
    const entries = window.history.length;
    store.getState().setViewport({ longitude: 70, latitude: 45, zoom: 4 });
    await settled();
    expect(window.location.search).toBe('?v=1&lang=en&map=70.000,45.000,4.00');
    expect(window.history.length).toBe(entries);
  });

  it('replaces the entry for a correction of the link', async () => {
    await openAt('?v=1&lang=en&project=atlantis');
    const entries = window.history.length;
    const { project: _dropped, ...corrected } = store.getState();
    store.getState().restore({ ...corrected, project: null });
    await settled();
    expect(window.location.search).toBe('?v=1&lang=en');
    expect(window.history.length).toBe(entries);
  });

  it('makes one entry of a choice and the correction that follows it in the same task', async () => {
    await openAt('?v=1&lang=en');
    const entries = window.history.length;
    store.getState().selectProject('atlantis');
    store.getState().restore({ ...store.getState(), project: null, view: 'stats' });
    await settled();
    expect(window.location.search).toBe('?v=1&lang=en&view=stats');
    expect(window.history.length).toBe(entries + 1);
  });

  it('makes one entry of a choice made of several changes', async () => {
    await openAt('?v=1&lang=en&speech=s02');
    const entries = window.history.length;
    store.getState().selectProject('p1');
    store.getState().closeSpeech();
    await settled();
    expect(window.location.search).toBe('?v=1&lang=en&project=p1');
    expect(window.history.length).toBe(entries + 1);
  });

  it('lets the caller replace the entry for a choice', async () => {
    await openAt('?v=1&lang=en');
    const entries = window.history.length;
    store.getState().showView('stats', { history: 'replace' });
    await settled();
    expect(window.location.search).toBe('?v=1&lang=en&view=stats');
    expect(window.history.length).toBe(entries);
  });

  it('writes the link it was opened with in its own form, without a new entry', async () => {
    window.history.pushState(null, '', '/?v=1&lang=en');
    const entries = window.history.length;
    await openAt('?lang=ru&sector=energy,energy');
    expect(window.location.search).toBe('?v=1&lang=ru&sector=energy');
    expect(window.history.length).toBe(entries);
  });

  it('restores the state of an entry the visitor goes back to, with its map view', async () => {
    await openAt('?v=1&lang=en&map=60.000,40.000,3.00');
    store.getState().setViewport({ longitude: 70, latitude: 45, zoom: 4 });
    store.getState().selectProject('p1');
    await settled();
    window.history.replaceState(null, '', '/?v=1&lang=ru&map=60.000,40.000,3.00');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState()).toMatchObject({ language: 'ru', project: null, viewport: { longitude: 60, latitude: 40, zoom: 3 } });
  });
});

describe('notices', () => {
  it('name each dropped value once, however often it is dropped', async () => {
    await openAt('?v=1&lang=en&sector=mining');
    store.getState().addNotices([{ param: 'project', value: 'atlantis' }]);
    store.getState().addNotices([
      { param: 'project', value: 'atlantis' },
      { param: 'sector', value: 'mining' },
    ]);
    expect(store.getState().notices).toEqual([
      { param: 'sector', value: 'mining' },
      { param: 'project', value: 'atlantis' },
    ]);
  });
});
