// The service worker that keeps an offline copy of the atlas (vite-plugin-pwa, Workbox). Without it
// (no support, or registration fails) the app works exactly as before: nothing here throws.
import { registerSW } from 'virtual:pwa-register';

/** Set for the one page load after a new deployment took over, so the visitor is told. */
const UPDATED_KEY = 'atlas-updated';

export function startOfflineCopy(): void {
  if (!('serviceWorker' in navigator)) return;
  // A controller already in place means this is an update, not the first install.
  const updating = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (updating) sessionStorage.setItem(UPDATED_KEY, '1');
  });
  registerSW({ immediate: true, onRegisterError: (error: unknown) => console.info('No offline copy of the atlas:', error) });
}

/** True once after a new deployment was picked up (the page reloads into it). */
export function takeUpdatedFlag(): boolean {
  const updated = sessionStorage.getItem(UPDATED_KEY) !== null;
  sessionStorage.removeItem(UPDATED_KEY);
  return updated;
}
