// Rendered at build time (vite.config.ts, prerenderFirstView) in a DOM made for the purpose, whose
// link is the default view and which holds the shipped atlas: the same App as in the browser.
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { App, preloadFirstView } from '../App';

const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

/** One piece: a page written at build time gains nothing from arriving in parts (React would move late parts in with scripts). */
const RENDER_OPTIONS = { progressiveChunkSize: Number.POSITIVE_INFINITY };

/**
 * The first view's HTML, with every lazily loaded part of it (the search box) in place. A part
 * that arrives after the page's frame would be written as an inline script that moves it in,
 * which the Content-Security-Policy forbids; so the lazy parts are loaded first, and one render
 * has all of them at hand.
 */
export async function renderFirstView(): Promise<string> {
  await preloadFirstView();
  const html = await new Response((await prerender(app, RENDER_OPTIONS)).prelude).text();
  if (html.includes('<script')) throw new Error(`the prerendered first view still has a part that arrives late (an inline script): …${html.slice(html.indexOf('<script') - 200, html.indexOf('<script') + 300)}…`);
  return html;
}
