import { parseViewState, serializeViewState } from '../state/viewState';
import { pickViewState, type ViewStore } from '../state/viewStore';
import { PRERENDERED_LANGUAGE } from './firstViewGuard';

/**
 * Whether the page holds a prerendered first view that shows what the visitor's link asks for, so
 * React can hydrate it; otherwise the app renders afresh over it. The inline guard has already
 * marked a page whose link differs (firstViewGuard.ts); the store's reading of the link decides.
 */
export function hydratesPrerenderedView(root: HTMLElement, store: ViewStore): boolean {
  if (root.firstElementChild === null || document.documentElement.dataset.firstView === 'stale') return false;
  const prerendered = parseViewState('', PRERENDERED_LANGUAGE).state;
  return store.notices.length === 0 && serializeViewState(pickViewState(store)) === serializeViewState(prerendered);
}
