// One store of the visitor's choices. Plain, serialisable values only: loaded data stays in
// react-query, map instances stay in the map.
import { create } from 'zustand';
import type { TextSpan } from '../data/atlasSchema';
import {
  EMPTY_FILTERS,
  defaultViewState,
  type Filters,
  type Language,
  type MainView,
  type MapViewport,
  type ReaderView,
  type UrlNotice,
  type ViewState,
} from './viewState';

type FilterKey = keyof Filters;

interface ViewActions {
  setLanguage: (language: Language) => void;
  toggleFilter: <K extends FilterKey>(key: K, value: Filters[K][number]) => void;
  clearFilters: () => void;
  selectProject: (id: string | null) => void;
  openSpeech: (speech: string, quote?: TextSpan | null) => void;
  closeSpeech: () => void;
  showReaderView: (readerView: ReaderView) => void;
  setViewport: (viewport: MapViewport) => void;
  showView: (view: MainView) => void;
  /** Adds the project to the comparison, or takes it out if it is there. */
  toggleCompare: (id: string) => void;
  clearCompare: () => void;
  setQuery: (query: string) => void;
  /** Shows another dataset (null: the forum's); choices that name its records no longer apply. */
  openDataset: (dataset: string | null) => void;
  /** Replaces every choice at once (restoring from the URL). */
  restore: (state: ViewState) => void;
  addNotices: (notices: UrlNotice[]) => void;
  dismissNotices: () => void;
}

export type ViewStore = ViewState & { notices: UrlNotice[] } & ViewActions;

export const useViewStore = create<ViewStore>()((set) => ({
  ...defaultViewState('en'),
  notices: [],
  setLanguage: (language) => set({ language }),
  toggleFilter: (key, value) =>
    set((state) => {
      const current = state.filters[key] as string[];
      const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
      return { filters: { ...state.filters, [key]: next } };
    }),
  clearFilters: () => set({ filters: EMPTY_FILTERS }),
  selectProject: (project) => set({ project }),
  openSpeech: (speech, quote = null) => set({ speech, quote }),
  closeSpeech: () => set({ speech: null, quote: null }),
  showReaderView: (readerView) => set({ readerView }),
  setViewport: (viewport) => set({ viewport }),
  showView: (view) => set({ view }),
  toggleCompare: (id) =>
    set((state) => ({ compare: state.compare.includes(id) ? state.compare.filter((item) => item !== id) : [...state.compare, id] })),
  clearCompare: () => set({ compare: [] }),
  setQuery: (query) => set({ query }),
  openDataset: (dataset) => set({ dataset, filters: EMPTY_FILTERS, project: null, speech: null, quote: null, compare: [] }),
  restore: (state) => set(state),
  addNotices: (notices) => set((state) => ({ notices: [...state.notices, ...notices] })),
  dismissNotices: () => set({ notices: [] }),
}));

export function pickViewState(store: ViewStore): ViewState {
  const { language, filters, project, speech, quote, readerView, viewport, view, compare, query, dataset } = store;
  return { language, filters, project, speech, quote, readerView, viewport, view, compare, query, dataset };
}
