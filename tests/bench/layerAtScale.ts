// A visitor's 100,000-row CSV dropped on the app, in headless Chromium: time from the drop to the
// layer drawn, and the longest main-thread task meanwhile (the file is parsed in a worker).
// Part of `npm run bench`; runnable alone: `node --import tsx tests/bench/layerAtScale.ts <app url>`.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { taskFigures, type TaskFigures, type TraceEvent } from './appAtScale';

export interface LayerAtScale {
  rows: number;
  bytes: number;
  /** File handed to the page → legend entry shown and two frames drawn. */
  drawnMs: number;
  load: TaskFigures;
}

/** Power plants spread over Central Asia, with a name, coordinates, a capacity and a fuel. */
export function syntheticPlantsCsv(rows: number): string {
  const lines = ['name,latitude,longitude,capacity_mw,fuel'];
  const fuels = ['gas', 'coal', 'hydro', 'wind', 'solar'];
  for (let index = 0; index < rows; index += 1) {
    // A fixed walk, not Math.random: every run draws the same file.
    const latitude = 36 + ((index * 7919) % 1800) / 100;
    const longitude = 52 + ((index * 104_729) % 3800) / 100;
    lines.push(`Plant ${index + 1},${latitude.toFixed(4)},${longitude.toFixed(4)},${(index % 997) + 1},${fuels[index % fuels.length]}`);
  }
  return `${lines.join('\n')}\n`;
}

const DROP_MARK = 'bench:layer-drop';

export async function measureLayerDrop(browser: Browser, appUrl: string, rows: number, timeout: number): Promise<LayerAtScale> {
  const csv = Buffer.from(syntheticPlantsCsv(rows));
  // Handed over by path, as a visitor's file is: a buffer would reach the page as base64 that
  // Playwright's own script decodes there, seconds of main-thread work that are not the app's.
  const folder = mkdtempSync(join(tmpdir(), 'atlas-layer-'));
  const csvPath = join(folder, 'plants.csv');
  writeFileSync(csvPath, csv);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(appUrl);
  await page.locator('[data-map-ready="true"]').waitFor({ timeout });
  const tracePath = join(tmpdir(), `atlas-layer-trace-${process.pid}.json`);
  await browser.startTracing(page, { path: tracePath, categories: ['toplevel', 'gpu', 'blink.user_timing', 'devtools.timeline'] });
  const start = await page.evaluate((name) => performance.mark(name).startTime, DROP_MARK);
  await page.getByLabel('Open a dataset…').setInputFiles(csvPath);
  await page.locator('.reference-legend li[data-layer="plants.csv"]').waitFor({ timeout });
  const end = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))));
  await browser.stopTracing();
  await context.close();
  const trace = JSON.parse(readFileSync(tracePath, 'utf8')) as { traceEvents: TraceEvent[] };
  rmSync(tracePath, { force: true });
  rmSync(folder, { recursive: true, force: true });
  const from = trace.traceEvents.find((event) => event.name === DROP_MARK)?.ts ?? 0;
  return { rows, bytes: csv.byteLength, drawnMs: end - start, load: taskFigures(trace.traceEvents, from, Number.POSITIVE_INFINITY) };
}

// Alone: measure once against an app already served at the given URL.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const url = process.argv[2] ?? 'http://127.0.0.1:4173/atlas/?lang=en';
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    console.log(JSON.stringify(await measureLayerDrop(browser, url, 100_000, 10 * 60_000)));
  } finally {
    await browser.close();
  }
}
