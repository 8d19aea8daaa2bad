// A visitor who switches dataset while a large one is still being read: the abandoned reading
// stops, its count never shows, nothing of it stays in memory, and the map is not rebuilt.
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { expect, test } from './atlasPage';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/** Served by the test server as any file of the site (routing ten megabytes through the test runner takes longer than reading them). */
const siteData = fileURLToPath(new URL('../../dist/data/', import.meta.url));
/** Two files large enough that reading each takes seconds here, with counts that tell them apart. */
const FIRST = { count: 12_000, url: 'data/switch-first.json', file: `${siteData}switch-first.json`, shown: '12,000' };
const LAST = { count: 9_000, url: 'data/switch-last.json', file: `${siteData}switch-last.json`, shown: '9,000' };

test.beforeAll(async () => {
  test.setTimeout(180_000);
  mkdirSync(siteData, { recursive: true });
  // Written by the command a visitor would use (npm run data:synth), which validates them.
  const synth = (count: number, seed: number, out: string) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', 'data/scripts/synth-atlas.ts', '--count', String(count), '--seed', String(seed), '--out', out], { cwd: repoRoot });
  await Promise.all([synth(FIRST.count, 4, FIRST.file), synth(LAST.count, 5, LAST.file)]);
});

/** Moves within the app, as Back and Forward do: no new page, the app follows the URL. */
async function goWithinApp(page: Page, query: string) {
  await page.evaluate((next) => {
    window.history.pushState(null, '', `?${next}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, query);
}

/** The page's JavaScript heap once everything unreachable is collected, in bytes. */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  // Twice: the first collection can leave objects whose finalisers free more.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

const mapShows = (page: Page, count: number) => expect(page.getByTestId('map')).toHaveAttribute('data-project-count', String(count), { timeout: 60_000 });

test('switching twice while a large dataset loads shows only the last, counts only its projects, and keeps nothing of the first', async ({ atlas, page }) => {
  test.setTimeout(240_000);
  // One load of the last file alone, from the forum's map as below: the heap it needs.
  await atlas.open('lang=en');
  await atlas.waitForMap();
  await goWithinApp(page, `lang=en&data=${LAST.url}`);
  await mapShows(page, LAST.count);
  await atlas.waitForMap();
  const singleLoad = await heapAfterGc(page);

  await atlas.open('lang=en');
  await atlas.waitForMap();
  const canvas = page.getByTestId('map').locator('canvas.maplibregl-canvas');
  await canvas.evaluate((element) => element.setAttribute('data-e2e-first-canvas', ''));

  // Every text the progress line takes, however briefly.
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { progressTexts: seen });
    new MutationObserver(() => {
      const text = document.querySelector('.load-state progress + p')?.textContent;
      if (text != null && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const progressTexts = () => page.evaluate(() => (window as unknown as { progressTexts: string[] }).progressTexts.splice(0));

  await goWithinApp(page, `lang=en&data=${FIRST.url}`);
  await expect(page.getByText(`of ${FIRST.shown} projects read and checked`)).toBeVisible();
  await goWithinApp(page, `lang=en&data=${LAST.url}`);
  // From here on the app shows the last file's loading.
  await expect(page.getByRole('status').filter({ hasText: 'switch-last.json' })).toBeVisible();
  await progressTexts();
  await mapShows(page, LAST.count);

  const whileLast = await progressTexts();
  expect.soft(whileLast.filter((text) => text.includes(FIRST.shown)), 'the first file’s count while the last one loads').toEqual([]);
  await expect.soft(page.locator('#project-list li').first()).toHaveAttribute('aria-setsize', String(LAST.count));
  await expect.soft(page.locator('canvas[data-e2e-first-canvas]'), 'the map from before the switches').toHaveCount(1);
  await atlas.waitForMap();
  // Let an abandoned reading that was not stopped finish, as it would have by now on its own.
  await page.waitForTimeout(5_000);
  expect(await page.getByTestId('map').getAttribute('data-project-count')).toBe(String(LAST.count));
  const afterSwitches = await heapAfterGc(page);
  expect(afterSwitches / singleLoad, `heap after the switches ${afterSwitches} B, after one load ${singleLoad} B`).toBeLessThan(1.1);
});
