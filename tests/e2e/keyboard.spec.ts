// A keyboard-only visitor: the skip link first, a chooser that holds focus, Escape closing one layer
// at a time, and the view switch as a tab set.
import { builtAtlasData } from '../fixtures/builtAtlas';
import { expect, test } from './atlasPage';
import { mapParam, screenPoint, type Viewport } from './mapGeometry';

const { atlas: dataset } = builtAtlasData();
// The Tashkent power plant sits on a vertex of the gas pipeline: one click there hits both.
const PLANT = dataset.projects.features.find((feature) => feature.id === 'genertec-uzbekistan-gas-chp')!;
const PIPELINE = dataset.projects.features.find((feature) => feature.id === 'central-asia-china-gas-pipeline')!;
const PLANT_AT = PLANT.geometry?.coordinates as [number, number];
const pipelinePath = PIPELINE.geometry?.coordinates as [number, number][];
const PIPELINE_NEXT = pipelinePath[pipelinePath.findIndex(([x, y]) => x === PLANT_AT[0] && y === PLANT_AT[1]) + 1]!;
// The plant left of centre: the speech reader (640 px, original only) covers the map's right side.
const VIEW: Viewport = { longitude: PLANT_AT[0] + 1.5, latitude: PLANT_AT[1], zoom: 7 };

/** The pipeline is dashed and a gap takes no clicks: step along it from the plant until a click hits both. */
async function openChooser(atlas: import('./atlasPage').AtlasPage, extra = '') {
  await atlas.open(`lang=en&${mapParam(VIEW)}${extra}`);
  await atlas.waitForMap();
  const box = (await atlas.page.getByTestId('map').boundingBox())!;
  const plant = screenPoint(PLANT_AT, VIEW, box);
  const onward = screenPoint(PIPELINE_NEXT, VIEW, box);
  const length = Math.hypot(onward.x - plant.x, onward.y - plant.y);
  const chooser = atlas.page.getByRole('dialog', { name: 'Several projects here' });
  for (let step = 0; step <= 8 && !(await chooser.isVisible()); step += 1) {
    const along = step / length;
    await atlas.page.mouse.click(plant.x + (onward.x - plant.x) * along, plant.y + (onward.y - plant.y) * along);
  }
  await expect(chooser).toBeVisible();
  return chooser;
}

test('Tab from page load reaches the skip link first, and the skip link leads into the project list', async ({ atlas, page }) => {
  await atlas.open('lang=en');
  await atlas.waitForMap();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to project list' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await atlas.screenshot('skip-link-focused');
  await page.keyboard.press('Enter');
  const list = page.locator('#project-list');
  await expect(list).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(list.locator(':focus')).toHaveCount(1);
});

test('on a phone the skip link opens the drawer at the list, and closing the drawer returns focus to its toggle', async ({ atlas, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await atlas.open('lang=en');
  await atlas.waitForMap();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#project-list')).toBeFocused();
  await expect(page.getByRole('complementary', { name: 'Filters and projects' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary', { name: 'Filters and projects' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Filters & list' })).toBeFocused();
});

test('the chooser keeps focus while open and returns it to the map on close', async ({ atlas, page }) => {
  const chooser = await openChooser(atlas);
  await expect(chooser.getByRole('button', { name: PLANT.properties.name.en, exact: true })).toBeFocused();
  // Two choices with a compare toggle each, and the close button: ten presses go round it twice.
  for (let press = 0; press < 10; press += 1) {
    await page.keyboard.press(press % 3 === 2 ? 'Shift+Tab' : 'Tab');
    await expect(chooser.locator(':focus')).toHaveCount(1);
  }
  await expect(chooser).toContainText(PIPELINE.properties.name.en);
  await page.keyboard.press('Escape');
  await expect(chooser).toBeHidden();
  await expect(page.getByTestId('map').locator(':focus')).toHaveCount(1);
});

test('Escape closes one layer at a time: the chooser, then the speech reader', async ({ atlas, page }) => {
  const chooser = await openChooser(atlas, `&speech=${dataset.speeches[0]!.id}&reader=original`);
  const reader = page.getByRole('region', { name: 'Speeches', exact: true });
  await expect(reader).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(chooser).toBeHidden();
  await expect(reader).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(reader).toBeHidden();
});

test('Escape closes the drawer before the speech reader on a phone', async ({ atlas, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await atlas.open(`lang=en&speech=${dataset.speeches[0]!.id}`);
  await atlas.waitForMap();
  const reader = page.getByRole('region', { name: 'Speeches', exact: true });
  await expect(reader).toBeVisible();
  const toggle = page.getByRole('button', { name: 'Filters & list' });
  await toggle.click();
  const drawer = page.getByRole('complementary', { name: 'Filters and projects' });
  await expect(drawer).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(reader).toBeVisible();
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(reader).toBeHidden();
});

test('the view tabs answer to the arrow keys, Home and End, with one tab in the Tab order', async ({ atlas, page }) => {
  await atlas.open('lang=en');
  await atlas.waitForMap();
  const tabs = page.getByRole('tablist', { name: 'Views' });
  const tab = (name: string | RegExp) => tabs.getByRole('tab', { name });
  await tab('Map').focus();
  await page.keyboard.press('ArrowRight');
  await expect(tab('Statistics')).toBeFocused();
  await expect(tab('Statistics')).toHaveAttribute('aria-selected', 'true');
  expect(atlas.searchParams().get('view')).toBe('stats');
  await expect(page.getByRole('tabpanel', { name: 'Statistics' })).toBeVisible();
  await page.keyboard.press('End');
  await expect(tab(/^Compare/)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(tab('Map')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(tab(/^Compare/)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(tab('Map')).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.locator('[tabindex="0"]')).toHaveCount(1);
  await atlas.screenshot('view-tabs');
});
