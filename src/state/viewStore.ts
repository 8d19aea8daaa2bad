// One store of the visitor's choices. Plain, serialisable values only: loaded data stays in
// react-query, map instances stay in the map.
import { create } from 'zustand';
import type { TextSpan } from '../data/atlasSchema';
import { browserLanguage, mergeNotices, parseViewState, type MainView, type MapViewport, type ReaderView, type UrlNotice, type ViewState } from './viewState';
import { EMPTY_FILTERS, type Filters, type Language } from '../vocabulary';

type FilterKey = keyof Filters;

/**
 * How a change enters the browser's history, said by whoever makes it: a visitor's navigation
 * pushes an entry, so Back undoes it; a correction of the link, a reconciliation with the loaded
 * data or a continuous change (a map move, typing) replaces the current entry. Each action has the
 * usual mode of its kind; those that take arguments also take `{ history }` to say otherwise
 * (the others are click handlers as they stand).
 */
export type HistoryMode = 'push' | 'replace';

export interface ChangeOptions {
  history?: HistoryMode;
}

interface ViewActions {
  setLanguage: (language: Language, options?: ChangeOptions) => void;
  toggleFilter: <K extends FilterKey>(key: K, value: Filters[K][number], options?: ChangeOptions) => void;
  clearFilters: () => void;
  selectProject: (id: string | null, options?: ChangeOptions) => void;
  openSpeech: (speech: string, quote?: TextSpan | null, options?: ChangeOptions) => void;
  closeSpeech: () => void;
  showReaderView: (readerView: ReaderView, options?: ChangeOptions) => void;
  /** Replaces the entry unless told otherwise: Back should not replay every pan. */
  setViewport: (viewport: MapViewport, options?: ChangeOptions) => void;
  showView: (view: MainView, options?: ChangeOptions) => void;
  /** Adds the project to the comparison, or takes it out if it is there. */
  toggleCompare: (id: string, options?: ChangeOptions) => void;
  clearCompare: () => void;
  /** Replaces the entry unless told otherwise: Back should not replay every key. */
  setQuery: (query: string, options?: ChangeOptions) => void;
  /** Shows another dataset (null: the forum's); choices that name its records no longer apply. */
  openDataset: (dataset: string | null, options?: ChangeOptions) => void;
  /** Replaces every choice at once (restoring from the URL, or correcting it): replaces the entry unless told otherwise. */
  /** Takes a reference layer opened by link out of the map and the link. */
  removeLayerLink: (url: string) => void;
  /** Hides a reference layer opened by link, or shows it again: the link keeps which. */
  toggleLayerLink: (url: string, options?: ChangeOptions) => void;
  restore: (state: ViewState, options?: ChangeOptions) => void;
  addNotices: (notices: readonly UrlNotice[]) => void;
  dismissNotices: () => void;
}

export type ViewStore = ViewState & {
  notices: UrlNotice[];
  /** How the latest change of the choices enters the browser's history (read by urlSync). */
  historyIntent: HistoryMode;
} & ViewActions;

// The link is read when the store is created, so the first render already shows what it asks for.
const opened = parseViewState(window.location.search, browserLanguage(navigator.languages));

export const useViewStore = create<ViewStore>()((set) => {
  /** Applies a change of the choices, noting how it enters the history. */
  const change = (update: (state: ViewStore) => Partial<ViewState>, fallback: HistoryMode, options: ChangeOptions = {}) =>
    set((state) => ({ ...update(state), historyIntent: options.history ?? fallback }));
  return {
    ...opened.state,
    notices: mergeNotices([], opened.notices),
    historyIntent: 'replace',
    setLanguage: (language, options) => change(() => ({ language }), 'push', options),
    toggleFilter: (key, value, options) =>
      change(
        (state) => {
          const current = state.filters[key] as string[];
          const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
          return { filters: { ...state.filters, [key]: next } };
        },
        'push',
        options,
      ),
    clearFilters: () => change(() => ({ filters: EMPTY_FILTERS }), 'push'),
    selectProject: (project, options) => change(() => ({ project }), 'push', options),
    openSpeech: (speech, quote = null, options) => change(() => ({ speech, quote }), 'push', options),
    closeSpeech: () => change(() => ({ speech: null, quote: null }), 'push'),
    showReaderView: (readerView, options) => change(() => ({ readerView }), 'push', options),
    setViewport: (viewport, options) => change(() => ({ viewport }), 'replace', options),
    showView: (view, options) => change(() => ({ view }), 'push', options),
    toggleCompare: (id, options) =>
      change((state) => ({ compare: state.compare.includes(id) ? state.compare.filter((item) => item !== id) : [...state.compare, id] }), 'push', options),
    clearCompare: () => change(() => ({ compare: [] }), 'push'),
    setQuery: (query, options) => change(() => ({ query }), 'replace', options),
    openDataset: (dataset, options) =>
      change(() => ({ dataset, filters: EMPTY_FILTERS, project: null, speech: null, quote: null, compare: [] }), 'push', options),
    removeLayerLink: (url) =>
      change((state) => ({ layers: state.layers.filter((layer) => layer !== url), hiddenLayers: state.hiddenLayers.filter((layer) => layer !== url) }), 'push'),
    toggleLayerLink: (url, options) =>
      change(
        (state) => ({ hiddenLayers: state.hiddenLayers.includes(url) ? state.hiddenLayers.filter((layer) => layer !== url) : [...state.hiddenLayers, url] }),
        'push',
        options,
      ),
    restore: (state, options) => change(() => pickViewState(state), 'replace', options),
    addNotices: (notices) => set((state) => ({ notices: mergeNotices(state.notices, notices) })),
    dismissNotices: () => set({ notices: [] }),
  };
});

/** The choices alone, without notices or actions. */
export function pickViewState(store: ViewState): ViewState {
  const { language, filters, project, speech, quote, readerView, viewport, view, compare, query, dataset, layers, hiddenLayers, embed, figure } = store;
  return { language, filters, project, speech, quote, readerView, viewport, view, compare, query, dataset, layers, hiddenLayers, embed, figure };
}
