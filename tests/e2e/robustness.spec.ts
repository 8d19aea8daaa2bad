// Whatever arrives in the address bar, the app keeps working.
import fc from 'fast-check';
import { builtAtlasData } from '../fixtures/builtAtlas';
import { expect, test } from './atlasPage';

const { atlas: dataset } = builtAtlasData();

const PARAMS = ['v', 'lang', 'country', 'sector', 'builder', 'project', 'speech', 'quote', 'map', 'view', 'compare', 'q', 'data'];
const value = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('zh', 'en', 'ru', 'KZ,UZ', 'energy', 'cnpc', 's08', '2:0-10', '70,45,4', 'stats', 'compare', ''),
  fc.constantFrom(...dataset.projects.features.map((feature) => feature.id)),
  fc.constantFrom('<img src=x onerror=alert(1)>', '%E0%A4%A', '999:999-1', 'NaN,NaN,NaN', '../../etc/passwd'),
);
const queryString = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.array(fc.tuple(fc.constantFrom(...PARAMS), value), { maxLength: 6 }).map((pairs) =>
    pairs.map(([name, text]) => `${name}=${encodeURIComponent(text)}`).join('&'),
  ),
);

test('two hundred random query strings never crash the app', async ({ atlas, page }) => {
  // About 0.5 s a case on software WebGL with two cores; the budget leaves room for a busy machine.
  test.setTimeout(360_000);
  // A random data= names a file that is not there: the browser logs the 404 (or 400 for a
  // malformed path), the app shows why.
  atlas.expectConsoleProblems(/status of 40[04]/);
  await atlas.open('lang=en');
  await atlas.waitForMap();
  const heading = page.getByRole('heading', { level: 1 });
  await fc.assert(
    fc.asyncProperty(queryString, async (search) => {
      await page.evaluate((next) => {
        window.history.pushState(null, '', `?${next}`);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, search);
      await expect(heading).toBeVisible();
      expect(atlas.consoleProblems).toEqual([]);
    }),
    { numRuns: 200 },
  );
  // Everything above happened in one page: it still answers a visitor. The last random link may
  // have named a dataset that is not there, so go back to the forum's first.
  await page.evaluate(() => {
    window.history.pushState(null, '', '?lang=en');
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  await page.getByRole('tab', { name: /Statistics|统计|Статистика/ }).click();
  await expect(page.locator('.view-overlay')).toBeVisible();
});
