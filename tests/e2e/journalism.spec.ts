// For journalists and researchers: an embeddable view, a figure to cite with its evidence, and
// link previews (issue 16).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from './atlasPage';

const ZARAFSHAN = 'Zarafshan 500 MW wind farm';

test('an embed shows the drawn map and the selected project’s card, without header, sidebar or search', async ({ atlas, page }) => {
  await page.setViewportSize({ width: 300, height: 300 });
  await atlas.open('lang=en&embed=1&project=zarafshan-wind-500');
  await atlas.waitForMap();
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.locator('#sidebar')).toHaveCount(0);
  await expect(page.getByRole('searchbox')).toHaveCount(0);
  await expect(page.getByRole('combobox')).toHaveCount(0);
  const card = page.getByRole('article', { name: ZARAFSHAN });
  await expect(card).toContainText('500 MW');
  await expect(card.locator('blockquote[lang="zh"]').first()).toContainText('泽拉夫善500兆瓦风电项目');
  await expect(card).toContainText('Zarafshan 500 MW wind power project');
  const open = page.getByRole('link', { name: /Open in Silk Road Atlas/ });
  // The same view in the full atlas (the map has flown to the project): everything but embed=.
  await expect(open).toHaveAttribute('href', /^\?v=1&lang=en&project=zarafshan-wind-500(&map=[\d.,]+)?$/);
  // The map fills the width of a 300 px frame.
  const box = await page.getByTestId('map').boundingBox();
  expect(box?.width).toBe(300);
});

test('an unknown embed= is dropped with a notice and the full atlas shows', async ({ atlas, page }) => {
  await atlas.open('lang=en&embed=poster');
  await expect(page.getByRole('status').filter({ hasText: 'embed=poster' })).toBeVisible();
  await expect(page.getByRole('banner')).toBeVisible();
  expect(atlas.searchParams().get('embed')).toBeNull();
});

test('the iframe snippet from "Embed…" resizes the frame to its content on a host page', async ({ atlas, page, browser }) => {
  await atlas.open('lang=en&project=zarafshan-wind-500');
  await atlas.waitForMap();
  await page.getByRole('button', { name: 'Embed…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed…' });
  await expect(dialog.getByRole('checkbox', { name: /Resize to the content/ })).toBeChecked();
  await dialog.getByRole('combobox', { name: 'Height' }).selectOption('300');
  const snippet = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(snippet).toContain('embed=1');
  expect(snippet).toContain('height="300"');

  const host = await browser.newPage({ viewport: { width: 400, height: 900 } });
  await host.setContent(`<!doctype html><html><body style="margin:0"><h1>A newspaper</h1>${snippet}</body></html>`);
  const frame = host.frameLocator('iframe');
  await expect(frame.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
  await expect(frame.getByRole('article', { name: ZARAFSHAN })).toBeVisible();
  // The host follows the height the embed posts: the whole content, well over the 300 px asked for.
  await expect.poll(async () => host.locator('iframe').evaluate((element) => element.getBoundingClientRect().height)).toBeGreaterThan(300);
  const framed = await host.locator('iframe').evaluate((element) => element.getBoundingClientRect().height);
  const content = await frame.locator('.embed').evaluate((element) => Math.ceil(element.getBoundingClientRect().height));
  expect(framed).toBeGreaterThan(300);
  expect(Math.abs(framed - content)).toBeLessThanOrEqual(1);
  await host.close();
});

test('"Cite" for the Zarafshan capacity gives three styles with quote, speaker and permalink; the permalink highlights the sentence', async ({ atlas, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await atlas.open('lang=en&project=zarafshan-wind-500');
  await page.getByRole('complementary', { name: ZARAFSHAN }).getByRole('button', { name: 'Cite: Capacity' }).click();
  const card = page.getByRole('article', { name: `Capacity — ${ZARAFSHAN}` });
  await expect(card.getByText('500 MW', { exact: true })).toBeVisible();
  await expect(card.getByRole('blockquote')).toContainText('在乌兹别克斯坦，纳沃伊100兆瓦光伏电站和泽拉夫善500兆瓦风电项目每年可满足约50万户家庭的用电需求');
  await expect(card).toContainText('the Zarafshan 500 MW wind power project can meet the electricity needs of about 500,000 households every year');
  await expect(card).toContainText('Speaker: Tan Xiaofeng (Deputy General Manager, PowerChina Eurasia Regional Headquarters)');
  await expect(card).toContainText('Coordinating Efficiently to Raise Connectivity');
  await expect(card).toContainText('2025 China–Central Asia Media Cooperation Forum');
  const permalink = await card.getByRole('link', { name: /speech=s11/ }).getAttribute('href');
  expect(permalink).toMatch(/\/atlas\/\?v=1&lang=en&project=zarafshan-wind-500&speech=s11&quote=\d+:\d+-\d+$/);

  const styles = { 'APA 7': 'Tan, X. (2025). 高效协同，提升互联互通水平 [Coordinating Efficiently to Raise Connectivity] [Speech].', 'GB/T 7714-2015': '谭晓峰. 高效协同，提升互联互通水平: 在2025中国—中亚媒体合作论坛上的发言[EB/OL]. (2025)', 'ГОСТ Р 7.0.100–2018': 'Тань С. Эффективно взаимодействовать' };
  for (const [style, start] of Object.entries(styles)) {
    const group = card.getByRole('group', { name: style });
    await expect(group).toContainText(start);
    await expect(group).toContainText(permalink!);
  }
  await card.getByRole('group', { name: 'GB/T 7714-2015' }).getByRole('button', { name: 'Copy the GB/T 7714-2015 citation' }).click();
  await expect(card.getByRole('group', { name: 'GB/T 7714-2015' }).getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^谭晓峰\. .*\[EB\/OL\].*\.$/);

  await page.goto(permalink!);
  const reader = page.getByRole('region', { name: 'Speeches', exact: true });
  await expect(reader.locator('mark').first()).toContainText('泽拉夫善500兆瓦风电项目');
  await expect(reader.locator('mark').first()).toBeInViewport();
});

test('the citation card embeds on its own, and says so when the figure is unknown', async ({ atlas, page }) => {
  await atlas.open('lang=ru&embed=figure&figure=zarafshan-wind-500.capacity');
  await expect(page.getByRole('group', { name: 'ГОСТ Р 7.0.100–2018' })).toContainText('Тань С.');
  await expect(page.getByRole('banner')).toHaveCount(0);
  await atlas.open('lang=en&embed=figure&figure=zarafshan-wind-500.height');
  await expect(page.getByRole('alert')).toHaveText('Figure not found: this dataset has no figure “zarafshan-wind-500.height”.');
  await expect(page.getByRole('link', { name: 'Open Silk Road Atlas' })).toHaveAttribute('href', /\/atlas\/\?v=1&lang=en$/);
});

test('the built index.html carries link-preview tags and ships their image', async ({ request }) => {
  const html = readFileSync(fileURLToPath(new URL('../../dist/index.html', import.meta.url)), 'utf8');
  for (const tag of ['og:title', 'og:description', 'og:image']) expect(html).toMatch(new RegExp(`<meta property="${tag}" content="[^"]+"`));
  expect(html).toMatch(/<meta name="twitter:card" content="summary_large_image"/);
  // Twitter falls back to og:title, og:description and og:image; repeating them would only drift apart.
  expect(html).not.toMatch(/<meta name="twitter:(title|description|image)"/);
  const image = await request.get('preview.png');
  expect(image.headers()['content-type']).toBe('image/png');
});
