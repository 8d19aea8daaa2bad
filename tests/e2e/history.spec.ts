// The Back button: a link the atlas had to correct takes no history entry of its own, and going
// back or forward restores the whole view, the map's included.
import { builtAtlasData } from '../fixtures/builtAtlas';
import { expect, test } from './atlasPage';

const { projectsById } = builtAtlasData();

test('Back leaves a corrected link for the page before it, and the correction is noted once', async ({ atlas, page }) => {
  await atlas.open('lang=en&view=stats');
  await expect(page.getByRole('tab', { name: 'Statistics' })).toHaveAttribute('aria-selected', 'true');
  const entriesBefore = await page.evaluate(() => window.history.length);

  await atlas.open('v=1&project=atlantis');
  const notice = page.getByRole('status').filter({ hasText: 'were not understood' });
  await expect(notice.locator('code')).toHaveText(['project=atlantis']);
  await atlas.waitForMap();
  expect(atlas.searchParams().get('project')).toBeNull();
  expect(await page.evaluate(() => window.history.length)).toBe(entriesBefore + 1);

  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Statistics' })).toHaveAttribute('aria-selected', 'true');
  expect(atlas.searchParams().get('view')).toBe('stats');
  await expect(notice).toHaveCount(0);
});

test('Back and Forward move the map to the view of their entry', async ({ atlas, page }) => {
  const start = '60.000,42.000,4.00';
  const project = projectsById.get('turgusun-hpp')!;
  await atlas.open(`lang=en&map=${start}`);
  await atlas.waitForMap();
  const map = page.getByTestId('map');
  await expect(map).toHaveAttribute('data-map-center', start);

  await atlas.listRow(project.properties.name.en).click();
  await expect.poll(() => atlas.searchParams().get('map')).not.toBe(start);
  const atProject = atlas.searchParams().get('map')!;
  await expect(map).toHaveAttribute('data-map-center', atProject);

  await page.goBack();
  await expect(page.getByRole('complementary', { name: project.properties.name.en })).toHaveCount(0);
  expect(atlas.searchParams().get('map')).toBe(start);
  await expect(map).toHaveAttribute('data-map-center', start);

  await page.goForward();
  await expect(page.getByRole('complementary', { name: project.properties.name.en })).toBeVisible();
  await expect(map).toHaveAttribute('data-map-center', atProject);
});
