// After one visit the atlas opens with the network off: the service worker has the app, the
// dataset and the basemap. The other specs block service workers (playwright.config.ts), so that
// their routed requests reach the page.
import { rawBuiltAtlas } from '../fixtures/builtAtlas';
import { expect, test } from './atlasPage';

test.use({ serviceWorkers: 'allow' });

test('after one visit, the atlas opens offline: map, list and a speech', async ({ atlas, page, context }) => {
  const speech = rawBuiltAtlas().speeches[0]!;
  await atlas.open('lang=en');
  await atlas.waitForMap();
  // Installed and in control: everything it precaches is stored.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  await atlas.open(`lang=en&speech=${speech.id}`);
  await atlas.waitForMap();
  // The forum's 23 projects, listed.
  await expect(page.locator('#project-list li')).toHaveCount(23);
  const reader = page.getByRole('region', { name: 'Speeches', exact: true });
  await expect(reader).toBeVisible();
  await expect(reader.locator('article')).toContainText(speech.translations?.en.headline ?? speech.headline);
});
