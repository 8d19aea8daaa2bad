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

/** The header's rows: the vertical bands its visible controls and title take, overlapping boxes one band. */
async function headerRows(page: import('@playwright/test').Page): Promise<number> {
  const boxes = await page
    .getByRole('banner')
    .locator('h1, input, button, select, label')
    .evaluateAll((elements) =>
      elements
        .filter((element) => element.getClientRects().length > 0 && element.getBoundingClientRect().width > 1)
        .map((element) => {
          const box = element.getBoundingClientRect();
          return { top: box.top, bottom: box.bottom };
        }),
    );
  const bands: { top: number; bottom: number }[] = [];
  for (const box of boxes.sort((a, b) => a.top - b.top)) {
    const band = bands.find((shown) => box.top < shown.bottom - 2 && box.bottom > shown.top + 2);
    if (band === undefined) bands.push({ ...box });
    else band.bottom = Math.max(band.bottom, box.bottom);
  }
  return bands.length;
}

const HEADER_ACTIONS = {
  en: { more: 'More', actions: ['Open a dataset…', 'Copy link', 'Embed…', 'Print brief', 'Speeches', 'Language'] },
  ru: { more: 'Ещё', actions: ['Открыть набор данных…', 'Копировать ссылку', 'Встроить…', 'Печать сводки', 'Выступления', 'Язык'] },
  zh: { more: '更多', actions: ['打开数据集…', '复制链接', '嵌入…', '打印简报', '发言全文', '语言'] },
};

for (const [language, { more, actions }] of Object.entries(HEADER_ACTIONS)) {
  test(`on a phone in ${language} the header takes two rows, and every action is reached by keyboard through “${more}”`, async ({ atlas, page }) => {
    await atlas.open(`lang=${language}`);
    await atlas.waitForMap();
    expect(await headerRows(page), 'rows of the header').toBeLessThanOrEqual(2);
    const toggle = page.getByRole('banner').getByRole('button', { name: more });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const reached: string[] = [];
    for (let press = 0; press < actions.length; press += 1) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const focused = document.activeElement;
          if (focused === null) return '';
          const label = focused.closest('label');
          // A file input and the language select are named by their label.
          return (label?.textContent ?? focused.textContent ?? '').replace(/中文|English|Русский/g, '').trim();
        }),
      );
    }
    expect(reached).toEqual(actions);
    await page.keyboard.press('Escape');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toBeFocused();
    await expect(page.getByRole('banner').getByRole('button', { name: actions[2] })).toBeHidden();
  });
}
