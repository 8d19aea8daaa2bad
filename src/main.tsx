import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startOfflineCopy } from './features/shell/offlineCopy';
import { startUrlSync } from './state/urlSync';
import './styles.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
// Before anything renders, so the address bar mirrors every change from the first one on.
startUrlSync();
// The offline copy never blocks or breaks the first view.
startOfflineCopy();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
