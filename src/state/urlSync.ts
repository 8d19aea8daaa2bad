// Mirrors the store in the address bar: each choice is a history entry (Back undoes it); map moves
// and typing in the search box replace the current entry so Back does not replay every pan or key.
import { parseViewState, serializeViewState, type Language } from './viewState';
import { pickViewState, useViewStore } from './viewStore';

export function startUrlSync(fallbackLanguage: Language): () => void {
  const restoreFromLocation = () => {
    const { state, notices } = parseViewState(window.location.search, fallbackLanguage);
    useViewStore.getState().restore(state);
    if (notices.length > 0) useViewStore.getState().addNotices(notices);
  };
  restoreFromLocation();
  window.history.replaceState(null, '', serializeViewState(pickViewState(useViewStore.getState())) + window.location.hash);

  const unsubscribe = useViewStore.subscribe((store, previous) => {
    const next = serializeViewState(pickViewState(store));
    if (next === window.location.search) return;
    const continuousChange =
      serializeViewState({ ...pickViewState(previous), viewport: store.viewport, query: store.query }) === next;
    if (continuousChange) window.history.replaceState(null, '', next + window.location.hash);
    else window.history.pushState(null, '', next + window.location.hash);
  });
  const onPopState = () => {
    const { state } = parseViewState(window.location.search, fallbackLanguage);
    useViewStore.getState().restore(state);
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}

export function browserLanguage(languages: readonly string[]): Language {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'zh' || base === 'en' || base === 'ru') return base;
  }
  return 'en';
}
