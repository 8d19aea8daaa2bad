// The basemap a visitor gets: the files the app asks for name places, rivers, lakes and mountains
// in the interface language, in simplified Chinese and today's Russian; a broken file costs the
// map its background, never its projects.
import { Converter } from 'opencc-js';
import { builtAtlasData } from '../fixtures/builtAtlas';
import { expect, test } from './atlasPage';
import { screenPoint } from './mapGeometry';

const { atlas: dataset } = builtAtlasData();
const toSimplified = Converter({ from: 'tw', to: 'cn' });

type Names = { zh: string; en: string; ru: string };

/** Every object in a JSON document that carries a name in all three languages. */
function namesIn(json: unknown): Names[] {
  if (Array.isArray(json)) return json.flatMap(namesIn);
  if (typeof json !== 'object' || json === null) return [];
  const record = json as Record<string, unknown>;
  const own = typeof record.zh === 'string' && typeof record.en === 'string' && typeof record.ru === 'string' ? [record as Names] : [];
  return [...own, ...Object.values(record).flatMap(namesIn)];
}

const EXPECTED = {
  // Capitals, towns the projects are in, rivers, lakes and reservoirs, ranges and deserts.
  zh: ['阿斯塔纳', '塔什干', '比什凯克', '杜尚别', '阿拉木图', '霍尔果斯', '科斯塔奈', '奇姆肯特', '纳沃伊', '扎拉夫尚', '阿尔泰', '锡尔河', '阿姆河', '伊犁河', '额尔齐斯河', '卡普恰盖水库', '巴尔喀什湖', '咸海', '里海', '天山', '克孜勒库姆沙漠'],
  en: ['Astana', 'Tashkent', 'Bishkek', 'Dushanbe', 'Almaty', 'Khorgos', 'Kostanay', 'Shymkent', 'Navoiy', 'Zarafshan', 'Altai', 'Syr Darya', 'Amu Darya', 'Ili', 'Irtysh', 'Kapchagay Reservoir', 'Lake Balkhash', 'Aral Sea', 'Caspian Sea', 'Tian Shan', 'Kyzylkum'],
  ru: ['Астана', 'Ташкент', 'Бишкек', 'Душанбе', 'Алматы', 'Хоргос', 'Костанай', 'Шымкент', 'Навои', 'Зарафшан', 'Алтай', 'Сырдарья', 'Амударья', 'Или', 'Иртыш', 'Капчагайское вдхр.', 'оз. Балхаш', 'Аральское море', 'Каспийское море', 'Тянь-Шань', 'Кызылкум'],
} as const;

for (const language of ['zh', 'en', 'ru'] as const) {
  test(`the basemap files the map loads name places, waters and mountains in ${language}`, async ({ atlas, page }) => {
    const bodies: Promise<unknown>[] = [];
    page.on('response', (response) => {
      if (/\/basemap\/[^/]+\.json$/.test(new URL(response.url()).pathname)) bodies.push(response.json());
    });
    await atlas.open(`lang=${language}`);
    await atlas.waitForMap();
    const names = (await Promise.all(bodies)).flatMap(namesIn);
    expect(bodies.length, 'basemap files requested').toBeGreaterThanOrEqual(3);

    const inLanguage = new Set(names.map((name) => name[language]));
    for (const expected of EXPECTED[language]) expect(inLanguage.has(expected), expected).toBe(true);
    // Outdated forms Natural Earth still has.
    for (const outdated of ['Алма-Ата', 'Зыряновск', 'Нур-Султан', 'Zyryanovsk', 'Nur-Sultan']) expect(inLanguage.has(outdated), outdated).toBe(false);
    // Natural Earth writes some Chinese names in traditional characters: none may remain.
    expect(names.map((name) => name.zh).filter((zh) => toSimplified(zh) !== zh)).toEqual([]);
    // Rivers, lakes and names join once the projects are drawn.
    await expect(page.getByTestId('map')).toHaveAttribute('data-geography-drawn', 'true', { timeout: 60_000 });
    await atlas.screenshot(`basemap-${language}`);
  });
}

test('a malformed basemap file leaves the projects on the plain background, with one warning and no error dialog', async ({ atlas, page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' && /\[map\] basemap/.test(message.text())) warnings.push(message.text());
  });
  atlas.expectConsoleProblems(/\[map\] basemap: basemap\/geography\.json/);
  await page.route('**/basemap/geography.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"shapes":{"type":"Topology"}}' }));
  await atlas.open('lang=en');
  await atlas.waitForMap();
  await expect(page.getByTestId('map')).toHaveAttribute('data-project-count', String(dataset.projects.features.length));
  await expect(page.getByRole('status').filter({ hasText: 'The basemap could not be loaded' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  expect(warnings).toHaveLength(1);
  await atlas.screenshot('basemap-malformed');
});

test('on a wide screen the first view keeps Ürümqi and the names east of it to 90°E clear of the open legend', async ({ atlas, page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await atlas.open('lang=en');
  await atlas.waitForMap();
  const map = page.getByTestId('map');
  const [longitude = 0, latitude = 0, zoom = 0] = ((await map.getAttribute('data-map-center')) ?? '').split(',').map(Number);
  const mapBox = (await map.boundingBox())!;
  const legend = (await page.locator('.map-legend').boundingBox())!;
  const eastOfUrumqi = screenPoint([90, 43.8], { longitude, latitude, zoom }, mapBox);
  expect(eastOfUrumqi.x, '90°E at Ürümqi’s latitude, left of the legend').toBeLessThan(legend.x);
  expect(eastOfUrumqi.x).toBeGreaterThan(mapBox.x);
});
