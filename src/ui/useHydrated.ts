import { useSyncExternalStore } from 'react';

const neverChanges = () => () => undefined;

/**
 * False while the page is rendered at build time and while the browser hydrates that render, true
 * from the render after: what only a browser can show (the map) waits for it, so the hydrating
 * render matches the prerendered HTML. A page rendered in the browser alone is true from the start.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  );
}
