import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { startOfflineCopy } from './features/shell/offlineCopy';
import { hydratesPrerenderedView } from './prerender/prerenderedView';
import { startUrlSync } from './state/urlSync';
import { useViewStore } from './state/viewStore';
import './styles.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
// Before anything renders, so the address bar mirrors every change from the first one on.
startUrlSync();
// The offline copy never blocks or breaks the first view.
startOfflineCopy();
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
if (hydratesPrerenderedView(root, useViewStore.getState())) hydrateRoot(root, app);
// Rendered at once over the prerendered view, so the skeleton gives way to the linked view directly.
else flushSync(() => createRoot(root).render(app));
// The prerendered view's language mark and skeleton are the app's from here on.
root.removeAttribute('lang');
delete document.documentElement.dataset.firstView;
