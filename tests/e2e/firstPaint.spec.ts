// A link is read before the first paint: the page never shows another language than the link's,
// and never fetches a dataset the link did not ask for.
import { rawBuiltAtlas } from '../fixtures/builtAtlas';
import { expect, test } from './atlasPage';

interface Moment {
  lang: string | null;
  heading: string | null;
}

declare global {
  interface Window {
    pageMoments?: Moment[];
  }
}

test('a ?lang=ru link is Russian from the first painted DOM on, <html lang> included', async ({ atlas, page }) => {
  // Every value <html lang> takes, and the heading beside it, from before the first script runs.
  await page.addInitScript(() => {
    const moments: Moment[] = [];
    window.pageMoments = moments;
    const now = () => ({ lang: document.documentElement?.getAttribute('lang') ?? null, heading: document.querySelector('h1')?.textContent ?? null });
    moments.push(now());
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        if (mutation.type === 'attributes' && mutation.target === document.documentElement) moments.push({ lang: mutation.oldValue, heading: null });
      }
      moments.push(now());
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['lang'], attributeOldValue: true });
  });
  await atlas.open('lang=ru');
  await atlas.waitForMap();
  const moments = await page.evaluate(() => window.pageMoments ?? []);
  expect(moments.map((moment) => moment.lang).filter((lang) => lang !== null && lang !== 'ru')).toEqual([]);
  expect(moments.find((moment) => moment.heading !== null)).toEqual({ lang: 'ru', heading: 'Атлас Шёлкового пути' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
});

test('a ?data= link fetches that dataset and never the shipped one', async ({ atlas, page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.route('**/data/other.json', (route) => route.fulfill({ json: rawBuiltAtlas() }));
  await atlas.open('lang=en&data=data/other.json');
  await atlas.waitForMap();
  expect(requested).toContain('/atlas/data/other.json');
  expect(requested).not.toContain('/atlas/data/atlas.json');
});

test('the basemap and MapLibre are requested with the page, each once, not when the map mounts', async ({ atlas, page }) => {
  await atlas.open('lang=en');
  await atlas.waitForMap();
  const { basemap, mapLibreStart, entryLoaded } = await page.evaluate(() => {
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const file = (entry: PerformanceResourceTiming) => new URL(entry.name).pathname.split('/').pop() ?? '';
    return {
      basemap: entries.filter((entry) => entry.name.includes('/basemap/')).map((entry) => `${file(entry)} by ${entry.initiatorType}`).sort(),
      mapLibreStart: entries.filter((entry) => /\/maplibre-gl-[\w-]+\.js$/.test(entry.name)).map((entry) => entry.startTime),
      entryLoaded: entries.find((entry) => /\/index-[\w-]+\.js$/.test(entry.name))?.responseEnd ?? 0,
    };
  });
  expect(basemap).toEqual(['countries-50m.json by link', 'country-labels.json by link', 'geography.json by link']);
  // Once, and asked for while the entry script itself is still arriving.
  expect(mapLibreStart).toHaveLength(1);
  expect(mapLibreStart[0]).toBeLessThan(entryLoaded);
  // A preload the page did not use would be a console warning.
  expect(atlas.consoleProblems).toEqual([]);
});
