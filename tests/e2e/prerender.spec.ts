// The first view is in the page itself: names and figures paint before any script runs, read with
// JavaScript off, and the app takes the page over (hydrates it) without a warning. A link that asks
// for another view never paints the prerendered one.
import { expect, test } from './atlasPage';
import { paintedTexts, recordPaintedText } from './paintedText';

/** The forum's projects as the list names them in English, A–Z. */
const PROJECT_NAMES = [
  '“Chinese Modernization and the China–Central Asia Community with a Shared Future” Red Hall Forum',
  '“Direct to Central Asia” news mechanism',
  '“News Hotline” content-sharing platform',
  'ALLUR Group car maker, Kazakhstan',
  'Amu-Bukhara-1 new pumping station',
  'Central Asia–China gas pipeline',
  'China (Horgos)–Central Asia joint media workstation',
  'China–Central Asia News Alliance',
  'Initiative for cultural centres in both capitals (Astana and Beijing)',
  'Jointly filmed documentaries',
  'Kazakhstan 150 MW wind farm',
  'Moinak hydropower plant',
  'Multilingual editions of “Classic Quotes by Xi Jinping”',
  'Nur Navoi 100 MW solar plant',
  'Road rehabilitation projects, Kyrgyzstan',
  'Road rehabilitation projects, Tajikistan',
  'Shelek 60 MW wind farm',
  'Shymkent oil refinery',
  'Turgusun hydropower plant',
  'Uzbekistan 100 MW gas combined heat and power plant',
  'Western Europe–Western China highway projects',
  'Zarafshan 500 MW wind farm',
  'Zhanatas 100 MW wind farm',
];

/** Each project's headline figure beside its name, in list order (projects without one show none). */
const HEADLINE_FIGURES = [
  ['Kazakhstan 150 MW wind farm', '150 MW'],
  ['Nur Navoi 100 MW solar plant', '100 MW'],
  ['Shelek 60 MW wind farm', '60 MW'],
  ['Uzbekistan 100 MW gas combined heat and power plant', '100 MW'],
  ['Zarafshan 500 MW wind farm', '500 MW'],
  ['Zhanatas 100 MW wind farm', '100 MW'],
] as const;

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the page shows the header, the filters with counts, every project name and the headline figures', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Silk Road Atlas');
    await expect(page.locator('.project-row-name')).toHaveText(PROJECT_NAMES);
    for (const [name, figure] of HEADLINE_FIGURES) {
      await expect(page.locator('.project-row').filter({ hasText: name }).locator('.project-row-capacity')).toHaveText(figure);
    }
    await expect(page.getByText('23 of 23 projects shown')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Kazakhstan' })).toBeVisible();
    await expect(page.locator('.filter-option').filter({ hasText: 'Kazakhstan' })).toContainText('16');
  });

  test('a phone shows the filters and the list in place of the drawer and the map, which need scripts', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./');
    await expect(page.getByRole('checkbox', { name: 'Kazakhstan' })).toBeVisible();
    await page.locator('.project-row-name').last().scrollIntoViewIfNeeded();
    await expect(page.locator('.project-row-name').last()).toBeVisible();
    await expect(page.locator('.project-row-name').last()).toHaveText('Zhanatas 100 MW wind farm');
  });
});

test('the prerendered page is hydrated, not rendered again, with no console warning or error', async ({ atlas, page }) => {
  // The heading element parsed from the HTML, before any script of the app runs.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') (window as { parsedHeading?: Element | null }).parsedHeading = document.querySelector('h1');
    });
  });
  await atlas.open();
  await atlas.waitForMap();
  expect(await page.evaluate(() => (window as { parsedHeading?: Element | null }).parsedHeading === document.querySelector('h1'))).toBe(true);
  // Hydrated: the list answers a click.
  await atlas.listRow('Zarafshan 500 MW wind farm').click();
  await expect(page).toHaveURL(/project=zarafshan-wind-500/);
  expect(atlas.consoleProblems).toEqual([]);
});

test('a ?lang=ru link never paints the English or Chinese list, and shows the Russian one', async ({ atlas, page }) => {
  await recordPaintedText(page, '.project-row-name, h1');
  await atlas.open('lang=ru');
  await atlas.waitForMap();
  const frames = await paintedTexts(page);
  const painted = frames.flat();
  expect(painted.filter((text) => PROJECT_NAMES.includes(text) || text === 'Silk Road Atlas' || /[\u4e00-\u9fff]/.test(text))).toEqual([]);
  expect(painted).toContain('Атлас Шёлкового пути');
  await expect(page.locator('.project-row-name').first()).toHaveText(/[А-Яа-яЁё]/);
  expect(atlas.consoleProblems).toEqual([]);
});
