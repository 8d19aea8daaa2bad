// A visitor's own CSV or GeoJSON beside the forum's projects: drawn beneath them, with its legend
// entry, tooltip, column dialog, unplaced rows named, the projects' size scale, and removal.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { expect, test } from './atlasPage';
import { mapParam, screenPoint, type Viewport } from './mapGeometry';
import { syntheticPlantsCsv } from '../bench/layerAtScale';

/** The Shelek 60 MW wind farm, a site-precise point in the forum's data. */
const SHELEK: [number, number] = [78.74394, 43.71169];
const view: Viewport = { longitude: SHELEK[0] + 1, latitude: SHELEK[1], zoom: 6 };

function csvFile(name: string, text: string) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text) };
}

async function openFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel('Open a dataset…').setInputFiles(file);
}

async function pixel(page: Page, point: { x: number; y: number }): Promise<[number, number, number]> {
  const png = PNG.sync.read(await page.screenshot({ clip: { x: Math.round(point.x), y: Math.round(point.y), width: 1, height: 1 } }));
  return [png.data[0]!, png.data[1]!, png.data[2]!];
}

const distance = (a: readonly number[], b: readonly number[]) => Math.max(...a.map((value, index) => Math.abs(value - b[index]!)));

async function mapPoint(page: Page, coordinate: [number, number]) {
  const box = await page.getByTestId('map').boundingBox();
  if (box === null) throw new Error('map has no box');
  return screenPoint(coordinate, view, box);
}

test('a CSV with lat/lon headers is drawn beneath the projects, with a legend entry and a tooltip; removing it restores the map', async ({ atlas, page }) => {
  await atlas.open(`lang=en&${mapParam(view)}`);
  await atlas.waitForMap();
  const centre = await mapPoint(page, SHELEK);
  // Inside a 4,000 MW plant's circle (20 px), outside the 60 MW project's (8 px).
  const ring = { x: centre.x + 14, y: centre.y };
  const before = { ring: await pixel(page, ring) };

  await openFile(page, csvFile('plants.csv', `name,lat,lon,capacity_mw\nPlant under Shelek,${SHELEK[1]},${SHELEK[0]},4000\nAlmaty TPP-2,43.29,76.78,510\n`));
  const entry = page.locator('.reference-legend li[data-layer="plants.csv"]');
  await expect(entry).toContainText('plants.csv · 2 shown');
  await atlas.waitForMap();
  await expect.poll(async () => distance(await pixel(page, ring), before.ring)).toBeGreaterThan(25);
  // The project, in the energy sector's vermillion, still covers its own spot: the layer lies beneath it.
  expect(distance(await pixel(page, centre), [213, 94, 0])).toBeLessThan(40);

  await page.mouse.move(ring.x, ring.y);
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText('Plant under Shelek');
  await expect(tooltip).toContainText('capacity_mw4000');
  await expect(tooltip).toContainText('From your file “plants.csv”, not from the speeches');
  await atlas.screenshot('reference-layer-desktop');
  await page.mouse.move(5, 5);

  await entry.getByRole('button', { name: 'Remove the layer plants.csv' }).click();
  await expect(page.locator('.reference-legend')).toHaveCount(0);
  await expect.poll(async () => distance(await pixel(page, ring), before.ring)).toBeLessThan(6);
});

test('a CSV with unusual headers opens the column dialog, and the chosen columns draw the layer', async ({ atlas, page }) => {
  await atlas.open(`lang=en&${mapParam(view)}`);
  await atlas.waitForMap();
  // Both coordinate columns hold numbers under 90: the values cannot tell which is which.
  const file = csvFile('sites.csv', 'site,east,north,kind\nKapchagay solar,77.1,43.9,solar\n');
  await openFile(page, file);
  const dialog = page.getByRole('dialog', { name: 'Which columns hold what in sites.csv?' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Latitude').selectOption('north');
  await dialog.getByLabel('Longitude').selectOption('east');
  await dialog.getByLabel('Category').selectOption('kind');
  await dialog.getByRole('button', { name: 'Draw the layer' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('.reference-legend li[data-layer="sites.csv"]')).toContainText('1 shown');
  await atlas.waitForMap();
  const point = await mapPoint(page, [77.1, 43.9]);
  await page.mouse.move(point.x, point.y);
  await expect(page.getByRole('tooltip')).toContainText('Kapchagay solar');
  await expect(page.getByRole('tooltip')).toContainText('kindsolar');

  // The same header again: the choice is remembered, no dialog.
  await openFile(page, { ...file, name: 'sites-again.csv' });
  await expect(page.locator('.reference-legend li[data-layer="sites-again.csv"]')).toContainText('1 shown');
  await expect(dialog).toHaveCount(0);
});

test('the atlas’s own GeoJSON export, reopened, becomes a reference layer of its 23 features, the 5 without a place named', async ({ atlas, page }) => {
  await atlas.open('lang=en');
  await atlas.waitForMap();
  await page.getByRole('tab', { name: 'Statistics' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'GeoJSON (map data)' }).click();
  const download = await downloading;
  const buffer = readFileSync(await download.path());
  const exported = JSON.parse(buffer.toString('utf8')) as { features: { geometry: unknown }[] };
  // 23 projects: 18 with a place, and the 5 China Media Group initiatives with "geometry": null.
  expect(exported.features).toHaveLength(23);
  expect(exported.features.filter((feature) => feature.geometry !== null)).toHaveLength(18);
  await page.getByRole('tab', { name: 'Map', exact: true }).click();
  await openFile(page, { name: download.suggestedFilename(), mimeType: 'application/geo+json', buffer });
  // Still the forum's dataset (no banner), with the export beside it.
  await expect(page.locator('.dataset-banner')).toHaveCount(0);
  const entry = page.locator(`.reference-legend li[data-layer="${download.suggestedFilename()}"]`);
  await expect(entry).toContainText('18 shown');
  await expect(entry).toContainText('5 not placed');
  await expect(page.getByTestId('map')).toHaveAttribute('data-project-count', '23');
});

test('a CSV with three bad rows loads the rest and names those three', async ({ atlas, page }) => {
  await atlas.open('lang=en');
  await atlas.waitForMap();
  const rows = [
    'name,latitude,longitude,capacity_mw',
    'Good one,41.3,69.2,100',
    'No longitude,41.3,,100',
    'Good two,42.0,70.0,',
    'Too far north,123,70,50',
    'Good three,40.1,65.4,20',
    'Not a number,40.5,66,n/a',
    'Good four,39.0,66.9,5',
    'Good five,43.2,76.9,300',
  ];
  await openFile(page, csvFile('mixed.csv', `${rows.join('\n')}\n`));
  const entry = page.locator('.reference-legend li[data-layer="mixed.csv"]');
  await expect(entry).toContainText('5 shown');
  await entry.getByText('3 not placed').click();
  await expect(entry.locator('.reference-legend__problems li')).toHaveText([
    'row 3: no longitude',
    'row 5: latitude 123 is outside −90…90',
    'row 7: capacity “n/a” is not a number',
  ]);
});

test('a layer with capacities is sized on the projects’ scale, and the size legend shows it', async ({ atlas, page }) => {
  await atlas.open('lang=en');
  await atlas.waitForMap();
  const sizes = page.locator('.map-legend-sizes circle');
  // The forum's largest stated capacity is the 500 MW Zarafshan wind farm.
  await expect(sizes.last()).toHaveAttribute('data-capacity', '500');
  await openFile(page, csvFile('big.csv', 'name,lat,lon,capacity (GW)\nEkibastuz GRES-1,51.88,75.37,4\nToktogul HPP,41.67,72.66,1.2\n'));
  const entry = page.locator('.reference-legend li[data-layer="big.csv"]');
  await expect(entry).toContainText('Sized by capacity on the projects’ scale (largest 4,000 MW)');
  // One scale for both: its largest step is now the layer's 4,000 MW, drawn as the layer's swatch is.
  await expect(sizes.last()).toHaveAttribute('data-capacity', '4000');
  await expect(sizes.last()).toHaveAttribute('r', '20');
  await expect(entry.locator('circle')).toHaveAttribute('data-capacity', '4000');
  await expect(entry.locator('circle')).toHaveAttribute('r', '20');
  await expect(sizes.first()).toHaveAttribute('data-capacity', '1000');
});

const PLANTS_CSV = readFileSync(new URL('../fixtures/layers/central-asia-power-plants.csv', import.meta.url));
const SECOND_CSV = 'name,lat,lon\nKambarata-1 site,41.78,73.33\nRogun site,38.7,69.78\n';

/** Serves the layer files a link names, under the app's own origin; any other name is missing. */
async function serveLayerFiles(page: Page) {
  await page.route('**/atlas/layers/**', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop();
    if (name === 'plants.csv') return route.fulfill({ body: PLANTS_CSV, contentType: 'text/csv' });
    if (name === 'second.csv') return route.fulfill({ body: SECOND_CSV, contentType: 'text/csv' });
    if (name === 'broken.geojson') return route.fulfill({ body: '{"type":"FeatureCollection","features":[', contentType: 'application/geo+json' });
    return route.fulfill({ status: 404, body: 'not found' });
  });
}

test('two layer links are both drawn with legend entries; a hidden one stays hidden after a reload, and Back shows it again', async ({ atlas, page }) => {
  await serveLayerFiles(page);
  await atlas.open('lang=en&layer=layers/plants.csv&layer=layers/second.csv');
  await atlas.waitForMap();
  await expect(page.locator('.reference-legend li[data-layer="layers/plants.csv"]')).toContainText('layers/plants.csv · 5 shown');
  await expect(page.locator('.reference-legend li[data-layer="layers/second.csv"]')).toContainText('layers/second.csv · 2 shown');

  const showSecond = page.getByRole('checkbox', { name: 'Show layers/second.csv' });
  await expect(showSecond).toBeChecked();
  await showSecond.uncheck();
  await expect(page).toHaveURL(/layerHidden=layers%2Fsecond\.csv/);

  await page.reload();
  await atlas.waitForMap();
  await expect(page.getByRole('checkbox', { name: 'Show layers/second.csv' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Show layers/plants.csv' })).toBeChecked();

  await page.goBack();
  await expect(page).not.toHaveURL(/layerHidden=/);
  await expect(page.getByRole('checkbox', { name: 'Show layers/second.csv' })).toBeChecked();
  await expect(page.locator('.reference-legend li')).toHaveCount(2);
});

test('a layer link to another origin, a missing file or a malformed file each gets a notice naming it, and the rest of the app works', async ({ atlas, page }) => {
  await serveLayerFiles(page);
  atlas.expectConsoleProblems(/status of 404/);
  const links = ['https://example.com/plants.csv', 'layers/missing.csv', 'layers/broken.geojson', 'layers/plants.csv'];
  await atlas.open(`lang=en&${links.map((link) => `layer=${encodeURIComponent(link)}`).join('&')}`);
  await atlas.waitForMap();
  const alert = page.locator('.layer-failures');
  await expect(alert).toContainText('The layer https://example.com/plants.csv could not be loaded: only same-origin links');
  await expect(alert).toContainText('The layer layers/missing.csv could not be loaded: HTTP 404');
  await expect(alert).toContainText('layers/broken.geojson is not a GeoJSON FeatureCollection');
  await expect(page.locator('.reference-legend li')).toHaveCount(1);
  await expect(page.locator('.reference-legend li[data-layer="layers/plants.csv"]')).toContainText('5 shown');
  // The rest of the app still answers: the statistics view opens.
  await page.getByRole('tab', { name: 'Statistics' }).click();
  await expect(page).toHaveURL(/view=stats/);
});

test('a dropped file is not in the copied link, and the copy button says so; exports stay the forum’s data only', async ({ atlas, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await atlas.open('lang=en');
  await atlas.waitForMap();
  await openFile(page, csvFile('my-plants.csv', 'name,lat,lon,capacity_mw\nMy plant,43.29,76.78,510\n'));
  await expect(page.locator('.reference-legend li[data-layer="my-plants.csv"]')).toContainText('1 shown');

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('.copy-link__note')).toHaveText('Layers opened from your computer are not in the link.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).not.toContain('my-plants');
  expect(new URL(link).searchParams.getAll('layer')).toEqual([]);

  await page.getByRole('tab', { name: 'Statistics' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'GeoJSON (map data)' }).click();
  const exported = readFileSync(await (await downloading).path(), 'utf8');
  expect((JSON.parse(exported) as { features: unknown[] }).features).toHaveLength(23);
  expect(exported).not.toContain('My plant');
  const downloadingCsv = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV (one row per figure)' }).click();
  expect(readFileSync(await (await downloadingCsv).path(), 'utf8')).not.toContain('My plant');
});

test('the statistics view sets the layer’s capacity by country beside the speeches’ in one chart, labelled as not from the speeches, in each language', async ({ atlas, page }) => {
  await serveLayerFiles(page);
  await atlas.open('lang=en&view=stats&layer=layers/plants.csv');
  const section = page.locator('.layer-totals[data-layer="layers/plants.csv"]');
  await expect(section.getByRole('heading', { name: 'Capacity by country (MW): the speeches beside layers/plants.csv' })).toBeVisible();
  const legend = section.locator('.recharts-legend-wrapper');
  await expect(legend).toContainText('Stated in the speeches');
  await expect(legend).toContainText('layers/plants.csv (your file, not from the speeches)');
  // Both series are drawn: the speeches' bars and the file's five countries.
  await expect(section.locator('.recharts-bar').nth(1).locator('.recharts-bar-rectangle path')).toHaveCount(5);
  expect(await section.locator('.recharts-bar').first().locator('.recharts-bar-rectangle path').count()).toBeGreaterThan(0);
  const table = section.locator('table').first();
  await expect(table.locator('tr', { hasText: 'Kazakhstan' })).toContainText('4,000 MW');
  await expect(table.locator('tr', { hasText: 'Tajikistan' })).toContainText('3,000 MW');

  await atlas.open('lang=zh&view=stats&layer=layers/plants.csv');
  await expect(page.locator('.layer-totals .recharts-legend-wrapper')).toContainText('layers/plants.csv（您的文件，非出自讲话）');
  await atlas.open('lang=ru&view=stats&layer=layers/plants.csv');
  await expect(page.locator('.layer-totals .recharts-legend-wrapper')).toContainText('layers/plants.csv (ваш файл, не из выступлений)');
});

/** The centre of the density cell (64 screen pixels at a whole zoom level) that holds a coordinate. */
function cellCentre([longitude, latitude]: [number, number], level: number): [number, number] {
  const size = 512 * 2 ** level;
  const sin = Math.sin((latitude * Math.PI) / 180);
  const x = ((longitude + 180) / 360) * size;
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size;
  const [centreX, centreY] = [(Math.floor(x / 64) + 0.5) * 64, (Math.floor(y / 64) + 0.5) * 64];
  return [(centreX / size) * 360 - 180, (Math.atan(Math.sinh(Math.PI * (1 - (2 * centreY) / size))) * 180) / Math.PI];
}

test('a 100,000-row CSV is counted in cells at a wide view, its counts in the tooltip; zoomed in, its own points are drawn', async ({ atlas, page }, testInfo) => {
  test.slow();
  // The bench's file: rows spread evenly over 52–90°E, 36–54°N. "Plant 2" (2 MW) is at 73.29°E, 43.19°N.
  const plant2: [number, number] = [73.29, 43.19];
  const wide: Viewport = { longitude: plant2[0], latitude: plant2[1], zoom: 4.5 };
  await atlas.open(`lang=en&${mapParam(wide)}`);
  await atlas.waitForMap();
  const path = testInfo.outputPath('plants.csv');
  writeFileSync(path, syntheticPlantsCsv(100_000));
  await page.getByLabel('Open a dataset…').setInputFiles(path);
  const entry = page.locator('.reference-legend li[data-layer="plants.csv"]');
  await expect(entry).toContainText('plants.csv · 100000 shown', { timeout: 90_000 });
  await expect(entry).toContainText('Too many points for this view: counted in areas');
  await atlas.waitForMap();

  const box = await page.getByTestId('map').boundingBox();
  if (box === null) throw new Error('map has no box');
  const cell = screenPoint(cellCentre(plant2, 4), wide, box);
  await page.mouse.move(cell.x, cell.y);
  const tooltip = page.getByRole('tooltip');
  // About 100,000 / (38° × 18°) rows a square degree, some 1.4° by 1.0° to a cell here: about 200.
  await expect(tooltip).toContainText(/\d{2,3} points of your layer in this area/);
  await expect(tooltip).toContainText(/MW in all, where \d{2,3} state a capacity/);
  await expect(tooltip).toContainText('From your file “plants.csv”, not from the speeches');
  await page.mouse.move(5, 5);

  // Four steps in, about 2.5° by 1.4° in view: some 500 rows, drawn as points.
  for (let step = 0; step < 4; step += 1) await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-center', /,8\.50$/);
  await expect(entry).not.toContainText('counted in areas');
  await atlas.waitForMap();
  const close = screenPoint(plant2, { ...wide, zoom: 8.5 }, box);
  await page.mouse.move(close.x, close.y);
  // The file's walk repeats every 68,400 rows: Plant 68402 (606 MW) shares Plant 2's place and lies over it.
  await expect(tooltip.locator('strong')).toHaveText(/^Plant (2|68402)$/);
  await expect(tooltip).toContainText(/capacity_mw(2|606)fuel/);
});
