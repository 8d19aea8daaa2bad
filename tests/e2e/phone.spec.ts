// At phone size (390×844) the map fills the screen, filters and list open as a drawer and the
// details rise as a bottom sheet.
import { builtAtlasData } from '../fixtures/builtAtlas';
import { expect, test } from './atlasPage';

const { atlas: dataset } = builtAtlasData();
const PHONE = { width: 390, height: 844 };

test.use({ viewport: PHONE });

test('on a phone, filters and list are a drawer and the details a bottom sheet', async ({ atlas, page }) => {
  const project = dataset.projects.features.find((feature) => feature.properties.figures.length > 0)!;
  await atlas.open('lang=en');
  await atlas.waitForMap();
  const sidebar = page.getByRole('complementary', { name: 'Filters and projects' });
  await expect(sidebar).toBeHidden();
  const mapBox = (await page.getByTestId('map').boundingBox())!;
  expect(mapBox.width).toBe(PHONE.width);
  await atlas.screenshot('phone-default');

  await page.getByRole('button', { name: 'Filters & list' }).click();
  await expect(sidebar).toBeVisible();
  await expect(page.getByRole('button', { name: 'Close filters and list' })).toBeFocused();
  await atlas.screenshot('phone-drawer');
  await atlas.listRow(project.properties.name.en).click();
  await expect(sidebar).toBeHidden();

  const details = page.getByRole('complementary', { name: project.properties.name.en });
  await expect(details).toBeVisible();
  const sheet = (await details.boundingBox())!;
  expect(sheet.width).toBe(PHONE.width);
  expect(sheet.y + sheet.height).toBeCloseTo(PHONE.height, 0);
  expect(sheet.height).toBeLessThan(PHONE.height * 0.6);
  await atlas.screenshot('phone-details');
});

test('on a phone, every header control fits the screen in every language', async ({ atlas, page }) => {
  for (const language of ['ru', 'en', 'zh']) {
    await atlas.open(`lang=${language}`);
    const controls = page.getByRole('banner').locator('button, select, label, a');
    await expect(controls.first()).toBeVisible();
    const overflowing = await controls.evaluateAll((elements, width) =>
      elements
        .filter((element) => element.getClientRects().length > 0)
        .map((element) => ({ text: element.textContent?.trim() ?? '', box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.left < 0 || box.right > width))
        .map(({ text, box }) => `${text} (${Math.round(box.left)}–${Math.round(box.right)} px)`),
      PHONE.width,
    );
    expect(overflowing, `header controls past the ${PHONE.width} px screen in ${language}`).toEqual([]);
  }
});
