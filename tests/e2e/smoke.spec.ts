import { expect, test } from './atlasPage';

test('the built app opens with its title and a map canvas', async ({ atlas, page }) => {
  await atlas.open();
  await expect(page).toHaveTitle(/Silk Road Atlas/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await atlas.waitForMap();
  await expect(page.getByTestId('map').locator('canvas').first()).toBeVisible();
  await atlas.screenshot('smoke-default');
});
