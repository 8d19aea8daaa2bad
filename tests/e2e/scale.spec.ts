// The app with a synthetic dataset a thousand times the forum's: the same code path as a million
// projects (read in a worker, filtered on the GPU, listed virtually), at a size a test can afford.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import type { Atlas } from '../../src/data/atlasSchema';
import { CELL_COLOR, SECTOR_COLORS, type RGB } from '../../src/map/palette';
import { filterProjects } from '../../src/domain/filters/filterProjects';
import { sortProjects } from '../../src/domain/list/sortProjects';
import { EMPTY_FILTERS } from '../../src/vocabulary';
import { expect, test } from './atlasPage';

const COUNT = 20_000;
const DATA_URL = `data/synthetic-${COUNT}.json`;
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const file = fileURLToPath(new URL(`./artifacts/synthetic-${COUNT}.json`, import.meta.url));

// Written by the same command a visitor would use (npm run data:synth), which validates it.
mkdirSync(fileURLToPath(new URL('./artifacts/', import.meta.url)), { recursive: true });
execFileSync(process.execPath, ['--import', 'tsx', 'data/scripts/synth-atlas.ts', '--count', String(COUNT), '--seed', '3', '--out', file], { cwd: repoRoot });
const features = (JSON.parse(readFileSync(file, 'utf8')) as Atlas).projects.features;

/** Longer than any frame, shorter than a frozen page: a frame requested now must come within this. */
const FROZEN_MS = 5_000;

test.beforeEach(async ({ page }) => {
  await page.route(`**/${DATA_URL}`, (route) => route.fulfill({ path: file, contentType: 'application/json' }));
});

test(`${COUNT} projects load in a worker, counted in cells on the map and only a screenful in the list`, async ({ atlas: visit, page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await visit.open(`lang=en&data=${DATA_URL}`);
  await visit.waitForMap();
  const map = page.getByTestId('map');
  await expect(map).toHaveAttribute('data-project-count', String(COUNT));
  await expect(map).toHaveAttribute('data-map-shows', 'cells');
  expect(workers.some((url) => url.includes('atlas.worker'))).toBe(true);

  const rows = page.locator('#project-list li');
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(COUNT));
  expect(await rows.count()).toBeLessThan(100);
  const firstByName = sortProjects(features, { key: 'name', direction: 'ascending' }, 'en')[0]!;
  await expect(rows.first()).toContainText(firstByName.properties.name.en);
  await visit.screenshot('scale-20000');
});

test('a filter updates the map and the list without freezing the page', async ({ atlas: visit, page }) => {
  await visit.open(`lang=en&data=${DATA_URL}`);
  await visit.waitForMap();
  const inKazakhstan = filterProjects(features, { ...EMPTY_FILTERS, countries: ['KZ'] });
  expect(inKazakhstan.length).toBeGreaterThan(0);
  expect(inKazakhstan.length).toBeLessThan(COUNT);

  await page.getByRole('checkbox', { name: 'Kazakhstan' }).check();
  // A frame requested right after the change is drawn: the page went on painting.
  const frameCame = await page.evaluate(
    (limit) => new Promise<boolean>((resolve) => {
      requestAnimationFrame(() => resolve(true));
      setTimeout(() => resolve(false), limit);
    }),
    FROZEN_MS,
  );
  expect(frameCame).toBe(true);
  await expect(page.getByTestId('map')).toHaveAttribute('data-project-count', String(inKazakhstan.length));
  await expect(page.locator('#project-list li').first()).toHaveAttribute('aria-setsize', String(inKazakhstan.length));
  await visit.waitForMap();
});

/** Pixels of the map's upper left (away from the legend's swatches) within a small distance of `color`. */
async function pixelsOf(page: Page, color: RGB): Promise<number> {
  const box = await page.getByTestId('map').boundingBox();
  if (box === null) throw new Error('map has no box');
  const png = PNG.sync.read(await page.screenshot({ clip: { x: box.x, y: box.y, width: box.width * 0.6, height: box.height * 0.6 } }));
  let count = 0;
  for (let index = 0; index < png.data.length; index += 4) {
    const distance = Math.hypot(png.data[index]! - color[0], png.data[index + 1]! - color[1], png.data[index + 2]! - color[2]);
    if (distance < 24) count += 1;
  }
  return count;
}

/** Around Tashkent, close enough that the view holds markers rather than cells. */
const CLOSE_VIEW = 'map=69.300,41.300,7.00';

test('a sector filter takes the other sectors’ markers off the map (filtered on the GPU)', async ({ atlas: visit, page }) => {
  await visit.open(`lang=en&data=${DATA_URL}&${CLOSE_VIEW}`);
  await visit.waitForMap();
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-shows', 'markers');
  const energyBefore = await pixelsOf(page, SECTOR_COLORS.energy);
  expect(energyBefore).toBeGreaterThan(1000);

  await page.getByRole('checkbox', { name: 'Media & culture' }).check();
  const mediaOnly = filterProjects(features, { ...EMPTY_FILTERS, sectors: ['media_culture'] });
  await expect(page.getByTestId('map')).toHaveAttribute('data-project-count', String(mediaOnly.length));
  // The map redraws on its next frame.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await pixelsOf(page, SECTOR_COLORS.energy)).toBeLessThan(energyBefore / 100);
  expect(await pixelsOf(page, SECTOR_COLORS.media_culture)).toBeGreaterThan(100);
  await visit.screenshot('scale-20000-media-only');
});

/** The first pixel of `color` in the map's upper left, in page coordinates. */
async function findPixel(page: Page, color: RGB): Promise<{ x: number; y: number }> {
  const box = await page.getByTestId('map').boundingBox();
  if (box === null) throw new Error('map has no box');
  const png = PNG.sync.read(await page.screenshot({ clip: { x: box.x, y: box.y, width: box.width * 0.6, height: box.height * 0.6 } }));
  for (let index = 0; index < png.data.length; index += 4) {
    if (Math.hypot(png.data[index]! - color[0], png.data[index + 1]! - color[1], png.data[index + 2]! - color[2]) < 12) {
      const pixel = index / 4;
      return { x: box.x + (pixel % png.width), y: box.y + Math.floor(pixel / png.width) + 3 };
    }
  }
  throw new Error(`no pixel of ${color.join(',')} on the map`);
}

test('a cell tells what it counts when pointed at, and zooming in turns the cells into markers', async ({ atlas: visit, page }) => {
  // A camera of its own: the first view's fit depends on the screen and the legend, and a click on a cell zooms in two levels.
  await visit.open(`lang=en&data=${DATA_URL}&map=75.000,45.000,4.00`);
  await visit.waitForMap();
  const map = page.getByTestId('map');
  await expect(map).toHaveAttribute('data-map-shows', 'cells');
  const cell = await findPixel(page, CELL_COLOR);
  await page.mouse.move(cell.x, cell.y);
  const tooltip = page.getByTestId('map-tooltip');
  await expect(tooltip).toContainText(/[\d,]+ projects? in this area/);
  await expect(tooltip).toContainText('Click to zoom in');
  await visit.screenshot('scale-20000-cell-tooltip');

  await page.mouse.click(cell.x, cell.y);
  await expect(page).toHaveURL(/map=[\d.]+,[\d.]+,6\.00/, { timeout: 30_000 });
  await expect(map).toHaveAttribute('data-map-shows', 'markers');
  await visit.waitForMap();
  // The markers now come in tiles; pointing at one still finds its project.
  const marker = await findPixel(page, SECTOR_COLORS.energy);
  await page.mouse.move(marker.x, marker.y);
  await expect(tooltip).toContainText('Energy');
  await expect(tooltip).not.toContainText('in this area');
  await visit.screenshot('scale-20000-zoomed-in');
});

test('a project far down the list, selected by link, is scrolled into view and marked', async ({ atlas: visit }) => {
  const byName = sortProjects(features, { key: 'name', direction: 'ascending' }, 'en');
  const target = byName[Math.floor(byName.length * 0.9)]!;
  await visit.open(`lang=en&data=${DATA_URL}&project=${target.id}`);
  await visit.waitForMap();
  const row = visit.listRow(target.properties.name.en);
  await expect(row).toHaveAttribute('aria-current', 'true');
  await expect(row).toBeInViewport();
  await visit.screenshot('scale-20000-selected');
});

test('a broken project deep in a large file is named by record and field (read in batches in the worker)', async ({ atlas: visit, page }) => {
  const broken = JSON.parse(readFileSync(file, 'utf8')) as Atlas;
  const index = 15_432;
  const feature = broken.projects.features[index]!;
  (feature.properties as { sector: string }).sector = 'space';
  await page.route('**/data/broken-large.json', (route) => route.fulfill({ body: JSON.stringify(broken), contentType: 'application/json' }));
  await visit.open('lang=en&data=data/broken-large.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('data/broken-large.json is not a valid atlas');
  await expect(alert).toContainText(`projects.features[${index}].properties.sector`);
  await expect(alert).toContainText(`[project ${feature.id}]`);
});
