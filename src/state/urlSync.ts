// Mirrors the store in the address bar. Whether a change adds a history entry is said by whoever
// made it (the store's historyIntent): a visitor's choice pushes, a correction or a map move
// replaces. The changes of one task are written together, so a choice and the corrections it sets
// off make one entry, and a corrected link never adds one of its own.
import { browserLanguage, parseViewState, serializeViewState } from './viewState';
import { pickViewState, useViewStore, type HistoryMode } from './viewStore';

function writeLocation(mode: HistoryMode) {
  const search = serializeViewState(pickViewState(useViewStore.getState()));
  if (search === window.location.search) return;
  const url = search + window.location.hash;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

/** Starts mirroring; the store has already read the link it was opened with. */
export function startUrlSync(): () => void {
  // The link as opened, in its own form (version, language, dropped values gone).
  writeLocation('replace');

  let pending: HistoryMode | null = null;
  const writePending = () => {
    if (pending === null) return;
    const mode = pending;
    pending = null;
    writeLocation(mode);
  };
  const unsubscribe = useViewStore.subscribe(({ historyIntent }) => {
    if (pending === null) queueMicrotask(writePending);
    pending = pending === 'push' ? 'push' : historyIntent;
  });

  // Back or Forward: the entry is already in the address bar; restoring it only corrects it in place.
  const onPopState = () => {
    const { state, notices } = parseViewState(window.location.search, browserLanguage(navigator.languages));
    const store = useViewStore.getState();
    store.restore(state, { history: 'replace' });
    store.addNotices(notices);
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
    pending = null;
  };
}
