// A link is read before the first paint: the page never shows another language than the link's,
// and never fetches a dataset the link did not ask for.
import { rawBuiltAtlas } from '../fixtures/builtAtlas';
import { expect, test } from './atlasPage';
import { paintedTexts, recordPaintedText } from './paintedText';

declare global {
  interface Window {
    pageLanguages?: (string | null)[];
  }
}

test('a ?lang=ru link is Russian from the first painted frame on, <html lang> included', async ({ atlas, page }) => {
  // Every value <html lang> takes, from before the first script runs.
  await page.addInitScript(() => {
    const languages: (string | null)[] = [];
    window.pageLanguages = languages;
    const note = () => languages.push(document.documentElement?.getAttribute('lang') ?? null);
    note();
    new MutationObserver(note).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['lang'] });
  });
  // The heading as painted: the prerendered English page is in the HTML, but never painted for this link.
  await recordPaintedText(page, 'h1');
  await atlas.open('lang=ru');
  await atlas.waitForMap();
  const languages = await page.evaluate(() => window.pageLanguages ?? []);
  expect(languages.filter((lang) => lang !== null && lang !== 'ru')).toEqual([]);
  const headings = (await paintedTexts(page)).flat();
  expect(headings[0]).toBe('Атлас Шёлкового пути');
  expect(headings.filter((heading) => heading !== 'Атлас Шёлкового пути')).toEqual([]);
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
