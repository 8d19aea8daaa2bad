// Build step (Node): renders the default first view into index.html with react-dom/static, so the
// header, filters, project list and figures paint before any script runs and read with JavaScript
// off. The app hydrates it (src/main.tsx); the shipped atlas goes into the page with it, so the
// hydrating render has the same data (src/data/inlineAtlas.ts).
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { createServer, type Plugin } from 'vite';
import { INLINE_ATLAS_ID, inlineAtlasScript } from '../data/inlineAtlas';
import { PRERENDERED_LANGUAGE } from './firstViewGuard';

const ROOT_ELEMENT = '<div id="root"></div>';

/** Globals the app reads at module level or while rendering, taken from the made-up page. */
const PAGE_GLOBALS = ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'HTMLElement', 'Node'] as const;

export function prerenderFirstView({ atlasFile, guardScript }: { atlasFile: string; guardScript: string }): Plugin {
  return {
    name: 'prerender-first-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: async (html) => {
        if (!html.includes(ROOT_ELEMENT)) throw new Error(`index.html has no ${ROOT_ELEMENT} to prerender into`);
        const atlasJson = readFileSync(atlasFile, 'utf8');
        const markup = await renderInMadePage(atlasJson);
        return html
          .replace('<html>', '<html data-prerendered="">')
          .replace('</title>', `</title>\n    <script>${guardScript}</script>`)
          .replace(ROOT_ELEMENT, `<div id="root" lang="${PRERENDERED_LANGUAGE}">${markup}</div>\n    ${inlineAtlasScript(atlasJson)}`);
      },
    },
  };
}

/** Renders the app in a DOM whose link is the default view, in a browser that prefers the prerendered language. */
async function renderInMadePage(atlasJson: string): Promise<string> {
  const page = new JSDOM(`<!doctype html><html><body>${inlineAtlasScript(atlasJson)}</body></html>`, { url: 'https://atlas.invalid/' });
  Object.defineProperty(page.window.navigator, 'languages', { value: [PRERENDERED_LANGUAGE] });
  if (page.window.document.getElementById(INLINE_ATLAS_ID) === null) throw new Error('the made page lost the atlas');
  const global = globalThis as Record<string, unknown>;
  const saved = new Map(PAGE_GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(global, name)]));
  for (const name of PAGE_GLOBALS) Object.defineProperty(global, name, { value: page.window[name], configurable: true, writable: true });
  // The project's own config in serve mode: the same plugins (the offline copy's virtual module), none of the build's.
  const server = await createServer({ base: './', logLevel: 'error', appType: 'custom', server: { middlewareMode: true, hmr: false } });
  try {
    const { renderFirstView } = (await server.ssrLoadModule('/src/prerender/renderFirstView.tsx')) as typeof import('./renderFirstView');
    return await renderFirstView();
  } finally {
    await server.close();
    for (const [name, descriptor] of saved) {
      if (descriptor === undefined) delete global[name];
      else Object.defineProperty(global, name, descriptor);
    }
    page.window.close();
  }
}
