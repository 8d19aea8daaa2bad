// What a first view costs: time from navigation until the page marks its map ready
// (data-map-ready="true"), and the files the browser requested until then. Shared by the bundle
// budget test and `npm run bench`, so both measure the same thing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface FirstView {
  /** Milliseconds from navigation start to the map marked ready. */
  readyMs: number;
  /** Same-origin paths (after the site's base) of everything requested before that moment. */
  requested: string[];
}

declare global {
  interface Window {
    mapReadyAt?: number;
  }
}

/** Opens `url` and waits for the map to be ready; `base` is the URL prefix the paths are made relative to. */
export async function openFirstView(page: Page, url: string, base: string, timeout = 60_000): Promise<FirstView> {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (window.mapReadyAt === undefined && document.querySelector('[data-map-ready="true"]') !== null) {
        window.mapReadyAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-ready'] });
  });
  await page.goto(url);
  await page.waitForFunction(() => window.mapReadyAt !== undefined, null, { timeout });
  const { readyMs, names } = await page.evaluate(() => {
    const readyAt = window.mapReadyAt ?? Number.POSITIVE_INFINITY;
    const entries = performance.getEntriesByType('resource').filter((entry) => entry.startTime <= readyAt);
    return { readyMs: readyAt, names: entries.map((entry) => entry.name) };
  });
  const prefix = new URL(base, url).href;
  return { readyMs, requested: names.filter((name) => name.startsWith(prefix)).map((name) => decodeURIComponent(new URL(name).pathname.slice(new URL(prefix).pathname.length))) };
}

export interface CodeBytes {
  js: number;
  css: number;
  files: string[];
}

/** A file's size gzipped at zlib's default level, as a static host would serve it. */
export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file)).length;
}

/** gzip sizes of the JS and CSS among `paths`, read from `root`. */
export function codeBytes(root: string, paths: readonly string[]): CodeBytes {
  const files = [...new Set(paths)].filter((path) => /\.(js|css)$/.test(path));
  const size = (path: string) => gzipSize(join(root, path));
  return {
    js: files.filter((path) => path.endsWith('.js')).reduce((sum, path) => sum + size(path), 0),
    css: files.filter((path) => path.endsWith('.css')).reduce((sum, path) => sum + size(path), 0),
    files,
  };
}

/** The entry script and what index.html preloads for it (its static imports), and its stylesheets. */
export function staticEntryFiles(root: string): string[] {
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const references = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.\/([^"]+\.(?:js|css))"/g)].map((match) => match[1] ?? '');
  return references.filter((path) => path !== '');
}
