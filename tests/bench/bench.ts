// npm run bench — one table of what the atlas costs, each figure measured in this run next to its
// baseline: first-view bytes against the bare stack (React + MapLibre + deck.gl), time to a ready
// map against bare MapLibre with the same basemap, filter updates three ways at 10k–1M points, the
// app itself on a million synthetic projects, and the domain functions at a million projects in
// Node. Benchmarks print figures; no test asserts time.
//
// Options: --skip-build (reuse dist/), --runs N (page loads per page, default 3),
// --sizes 10000,100000,1000000 (filter bench), --count N (Node domain bench, default 1,000,000),
// --app-count N (the app itself on a synthetic dataset, default 1,000,000),
// --only-pages (first views and Lighthouse only: no filter, scale, layer or domain benches),
// --only-domain (the Node domain bench only: no build, no browser).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { createStaticServer } from '../e2e/serveDist.mjs';
import { codeBytes, gzipSize, openFirstView, staticEntryFiles, type FirstView } from '../e2e/firstView';
import { measureAppAtScale } from './appAtScale';
import { measureLayerDrop } from './layerAtScale';
import { runLighthouse } from './lighthouse';
import type { DomainResult } from './domainBench';
import type { FilterState, Strategy } from './pages/filter';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(repoRoot, 'dist');
const { values } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    sizes: { type: 'string', default: '10000,100000,1000000' },
    count: { type: 'string', default: '1000000' },
    'app-count': { type: 'string', default: '1000000' },
    'only-pages': { type: 'boolean', default: false },
    'only-domain': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const sizes = (values.sizes ?? '').split(',').map(Number);

/** Filter changes timed per strategy: one facet, another, a third, all three at once, and back to none. */
const CHANGES: FilterState[] = [
  [null, [0], null],
  [[1], null, null],
  [null, null, [2]],
  [
    [1, 2],
    [0, 3],
    [2, 4],
  ],
  [null, null, null],
];
const STRATEGIES: { strategy: Strategy; label: string }[] = [
  { strategy: 'gpu', label: 'deck.gl category filter (this app)' },
  { strategy: 'rebuild', label: 'deck.gl layer rebuilt from a CPU-filtered array' },
  { strategy: 'maplibre', label: 'MapLibre GeoJSON source + setFilter' },
];

interface Row {
  measure: string;
  value: string;
  baseline: string;
  baselineValue: string;
  ratio: string;
}
const rows: Row[] = [];
const add = (measure: string, value: string, baseline = '—', baselineValue = '—', ratio = '—') => rows.push({ measure, value, baseline, baselineValue, ratio });

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const ms = (value: number) => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(0)} ms`);
const ratio = (value: number, baseline: number) => `×${(value / baseline).toFixed(2)}`;
const median = (list: readonly number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? Number.NaN;
const log = (message: string) => console.error(`[bench] ${message}`);

function buildApp() {
  log('building the app (npm run build)');
  const result = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
}

/** The baseline pages (tests/bench/pages), built like the app with Vite into a temporary folder. */
async function buildPages(): Promise<string> {
  log('building the baseline pages');
  const outDir = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const root = join(repoRoot, 'tests/bench/pages');
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    // Compressed as the app is, so both are served alike.
    plugins: [compression({ algorithms: ['gzip', 'brotliCompress'] })],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 4000,
      rollupOptions: { input: { floor: join(root, 'floor.html'), maplibre: join(root, 'maplibre.html'), filter: join(root, 'filter.html') } },
    },
  });
  // The app's built basemap, with its precompressed copies.
  cpSync(join(dist, 'basemap'), join(outDir, 'basemap'), { recursive: true });
  return outDir;
}

/** Where the synthetic dataset for the app at scale is served, beside the app. */
const SCALE_DATA_PREFIX = '/atlas/bench-data/';

/**
 * The app under /atlas/, the baseline pages under /bench/ and the synthetic datasets under
 * /atlas/bench-data/, all served as `npm run serve` serves the app (tests/e2e/serveDist.mjs):
 * precompressed files, cache headers.
 */
function serve(pagesDir: string, dataDir: string): Promise<{ server: Server; origin: string }> {
  // The datasets are written while the server runs: read on each request.
  const server = createStaticServer({ [SCALE_DATA_PREFIX]: { dir: dataDir, live: true }, '/atlas/': { dir: dist }, '/bench/': { dir: pagesDir } });
  return new Promise((resolveServer) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolveServer({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}` });
  }));
}

/** The geography file with no rivers, lakes or names: the app as it was before the basemap (country shapes and names only). */
const NO_GEOGRAPHY = JSON.stringify({
  shapes: { type: 'Topology', arcs: [], objects: Object.fromEntries(['labels', 'rivers', 'lakes'].map((key) => [key, { type: 'GeometryCollection', geometries: [] }])) },
  riverNames: { type: 'Topology', arcs: [], objects: { riverNames: { type: 'GeometryCollection', geometries: [] } } },
});

interface FirstViewOptions {
  /** Serve the app an empty geography file. */
  withoutGeography?: boolean;
}

async function firstViews(browser: Browser, url: string, base: string, { withoutGeography = false }: FirstViewOptions = {}): Promise<FirstView[]> {
  const views: FirstView[] = [];
  for (let run = 0; run < runs; run += 1) {
    // A new context each time: nothing cached, as on a first visit.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    if (withoutGeography) await page.route('**/basemap/geography.json', (route) => route.fulfill({ contentType: 'application/json', body: NO_GEOGRAPHY }));
    views.push(await openFirstView(page, url, base, 120_000));
    await context.close();
  }
  return views;
}

async function measurePages(browser: Browser, origin: string, pagesDir: string) {
  log(`loading the app and the baselines, ${runs} times each`);
  const app = await firstViews(browser, `${origin}/atlas/?lang=en`, `${origin}/atlas/`);
  const bareMapLibre = await firstViews(browser, `${origin}/bench/maplibre.html`, `${origin}/bench/`);
  const floor = await firstViews(browser, `${origin}/bench/floor.html`, `${origin}/bench/`);
  const withoutGeography = await firstViews(browser, `${origin}/atlas/?lang=en`, `${origin}/atlas/`, { withoutGeography: true });

  const appCode = codeBytes(dist, app[0]?.requested ?? []);
  const floorCode = codeBytes(pagesDir, floor[0]?.requested ?? []);
  const entry = codeBytes(dist, staticEntryFiles(dist));
  add('first-view JS, gzip (requested until the map is ready)', kib(appCode.js), 'React + MapLibre + deck.gl, bare', kib(floorCode.js), ratio(appCode.js, floorCode.js));
  add('first-view CSS, gzip', kib(appCode.css), 'React + MapLibre + deck.gl, bare', kib(floorCode.css), ratio(appCode.css, floorCode.css));
  add('entry chunk + static imports, JS gzip (lazy chunks excluded)', kib(entry.js));
  const lazyFeatures = ['SpeechReader', 'StatisticsView', 'CompareView', 'ChartFigure', 'SearchBox'];
  const early = lazyFeatures.filter((name) => appCode.files.some((file) => file.includes(`/${name}-`)));
  add('lazy feature chunks requested before the map is ready', early.length === 0 ? 'none' : early.join(', '));
  const data = (app[0]?.requested ?? []).filter((path) => path.endsWith('.json'));
  const dataBytes = data.reduce((sum, path) => sum + gzipSize(join(dist, path)), 0);
  add(`first-view data, gzip (${data.map((path) => path.replace(/^.*\//, '')).join(', ')})`, kib(dataBytes));
  add(
    'navigation → map ready (median)',
    ms(median(app.map((view) => view.readyMs))),
    'bare MapLibre, same basemap',
    ms(median(bareMapLibre.map((view) => view.readyMs))),
    ratio(median(app.map((view) => view.readyMs)), median(bareMapLibre.map((view) => view.readyMs))),
  );
  add(
    'navigation → map ready (median)',
    ms(median(app.map((view) => view.readyMs))),
    'React + MapLibre + deck.gl, one layer, no basemap',
    ms(median(floor.map((view) => view.readyMs))),
    ratio(median(app.map((view) => view.readyMs)), median(floor.map((view) => view.readyMs))),
  );
  // Issue 13: the basemap's rivers, lakes and names may slow the ready map by at most ×1.1.
  add(
    'navigation → map ready (median)',
    ms(median(app.map((view) => view.readyMs))),
    'the app without the basemap geography (countries only, as before the basemap)',
    ms(median(withoutGeography.map((view) => view.readyMs))),
    ratio(median(app.map((view) => view.readyMs)), median(withoutGeography.map((view) => view.readyMs))),
  );
}

/** Lighthouse (desktop preset) on the app and on bare MapLibre with the same basemap, one after the other. */
async function measureLighthouse(origin: string) {
  log('Lighthouse on the app');
  const app = await runLighthouse(`${origin}/atlas/?lang=en`);
  log('Lighthouse on the bare MapLibre page');
  const bare = await runLighthouse(`${origin}/bench/maplibre.html`);
  const baseline = 'bare MapLibre, same basemap (Lighthouse)';
  add('Lighthouse performance score (desktop)', String(app.performance), baseline, String(bare.performance), ratio(app.performance, bare.performance));
  add('Lighthouse first contentful paint', ms(app.fcpMs), baseline, ms(bare.fcpMs), ratio(app.fcpMs, bare.fcpMs));
  add('Lighthouse largest contentful paint', ms(app.lcpMs), baseline, ms(bare.lcpMs), ratio(app.lcpMs, bare.lcpMs));
  add('Lighthouse total blocking time', ms(app.tbtMs), baseline, ms(bare.tbtMs), ratio(app.tbtMs, bare.tbtMs));
  add('Lighthouse bytes transferred', kib(app.bytes), baseline, kib(bare.bytes), ratio(app.bytes, bare.bytes));
  const failing = (titles: string[]) => (titles.length === 0 ? '' : ` (failing: ${titles.join('; ')})`);
  add(`Lighthouse accessibility score (app)${failing(app.failedAccessibility)}`, String(app.accessibility));
  add(`Lighthouse best-practices score (app)${failing(app.failedBestPractices)}`, String(app.bestPractices));
}

async function measureFilters(browser: Browser, origin: string) {
  for (const size of sizes) {
    const results = new Map<Strategy, { submitted: number; drawn: number; setup: number }>();
    for (const { strategy } of STRATEGIES) {
      log(`filter updates: ${size} points, ${strategy}`);
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${origin}/bench/filter.html`);
      await page.waitForFunction(() => typeof window.runFilterBench === 'function');
      const result = await page.evaluate(([count, name, changes]) => window.runFilterBench(count, name, changes), [size, strategy, CHANGES] as const);
      results.set(strategy, {
        submitted: median(result.updates.map((update) => update.submittedMs)),
        drawn: median(result.updates.map((update) => update.drawnMs)),
        setup: result.setupMs,
      });
      await context.close();
    }
    const points = `${size.toLocaleString('en')} points`;
    const gpu = results.get('gpu');
    const rebuild = results.get('rebuild');
    const mapLibre = results.get('maplibre');
    if (gpu === undefined || rebuild === undefined || mapLibre === undefined) continue;
    const [, rebuildLabel, mapLibreLabel] = STRATEGIES.map(({ label }) => label);
    const runsOf = `median of ${CHANGES.length}`;
    add(`filter change → frame handed to WebGL (main thread), ${points}, ${runsOf}`, ms(gpu.submitted), rebuildLabel, ms(rebuild.submitted), ratio(gpu.submitted, rebuild.submitted));
    add(`filter change → frame drawn, ${points}, ${runsOf}`, ms(gpu.drawn), rebuildLabel, ms(rebuild.drawn), ratio(gpu.drawn, rebuild.drawn));
    add(`filter change → frame drawn, ${points}, ${runsOf}`, ms(gpu.drawn), mapLibreLabel, ms(mapLibre.drawn), ratio(gpu.drawn, mapLibre.drawn));
    if (size === sizes[sizes.length - 1]) add(`data → first frame drawn in full, ${points}`, ms(gpu.setup), mapLibreLabel, ms(mapLibre.setup), ratio(gpu.setup, mapLibre.setup));
  }
}

/** Writes a synthetic dataset with the visitor's command (npm run data:synth), then opens the app on it. */
async function measureApp(browser: Browser, origin: string, dataDir: string) {
  const count = Number(values['app-count']);
  const name = `synthetic-${count}.json`;
  log(`writing a ${count.toLocaleString('en')}-project dataset (npm run data:synth)`);
  const synth = spawnSync('npm', ['run', 'data:synth', '--', '--count', String(count), '--out', join(dataDir, name)], { cwd: repoRoot, encoding: 'utf8' });
  if (synth.status !== 0) throw new Error(`data:synth failed:\n${synth.stderr}`);
  const at = `the app with ${count.toLocaleString('en')} projects`;
  const own = 'own work (waits for the GPU taken out)';
  // The first view counts the projects in cells; a close view draws markers from the tiles near it.
  const views = [
    { label: 'first view (cells)', query: '' },
    { label: 'close view near Tashkent, zoom 9.5 (markers)', query: '&map=69.300,41.300,9.50' },
  ];
  for (const { label, query } of views) {
    log(`opening the app on it: ${label}`);
    const app = await measureAppAtScale(browser, `${origin}/atlas/?lang=en&data=bench-data/${name}${query}`, 30 * 60_000);
    add(`${at}, ${label}: navigation → map ready`, ms(app.readyMs));
    add(`${at}, ${label}: longest main-thread task while loading`, ms(app.load.longestTaskMs), own, ms(app.load.longestOwnWorkMs));
    add(`${at}, ${label}: page JS heap once ready (after GC)`, mib(app.heapBytes));
    add(`${at}, ${label}: country filter click → map redrawn`, ms(app.filterMs));
    add(`${at}, ${label}: longest main-thread task for that filter change`, ms(app.filter.longestTaskMs), own, ms(app.filter.longestOwnWorkMs));
  }
}

/** A visitor's 100,000-row CSV dropped as a reference layer on the forum's map. */
async function measureLayer(browser: Browser, origin: string) {
  const rows = 100_000;
  log(`dropping a ${rows.toLocaleString('en')}-row CSV as a reference layer`);
  const layer = await measureLayerDrop(browser, `${origin}/atlas/?lang=en`, rows, 10 * 60_000);
  const at = `reference layer from a ${rows.toLocaleString('en')}-row CSV (${mib(layer.bytes)})`;
  add(`${at}: drop → layer drawn`, ms(layer.drawnMs));
  add(`${at}: longest main-thread task meanwhile`, ms(layer.load.longestTaskMs), 'own work (waits for the GPU taken out)', ms(layer.load.longestOwnWorkMs));
}

function measureDomain() {
  log(`domain functions in Node at ${Number(values.count).toLocaleString('en')} projects (a fresh process)`);
  const result = spawnSync(
    process.execPath,
    ['--max-old-space-size=16384', '--expose-gc', '--import', 'tsx', join(repoRoot, 'tests/bench/domainBench.ts'), '--count', String(values.count)],
    { cwd: repoRoot, encoding: 'utf8', maxBuffer: 2 ** 26 },
  );
  if (result.status !== 0) throw new Error(`domainBench failed:\n${result.stderr}`);
  const lastLine = result.stdout.trim().split('\n').at(-1) ?? '[]';
  for (const entry of JSON.parse(lastLine) as DomainResult[]) {
    const at = `, ${entry.count.toLocaleString('en')} projects`;
    const value = entry.unit === 'ms' ? ms(entry.value) : entry.unit === 'bytes' ? mib(entry.value) : `${entry.value.toFixed(0)} MiB`;
    const measure = `${entry.label}${at}${entry.note === undefined ? '' : ` (${entry.note})`}`;
    if (entry.baseline === undefined) add(measure, value);
    else add(measure, value, entry.baseline.label, ms(entry.baseline.value), ratio(entry.value, entry.baseline.value));
  }
}

function printTable(browserVersion: string) {
  const header: Row = { measure: 'measure', value: 'this app', baseline: 'baseline', baselineValue: 'baseline value', ratio: 'ratio' };
  const columns = Object.keys(header) as (keyof Row)[];
  const cells = [header, ...rows];
  const widths = columns.map((column) => Math.max(...cells.map((row) => row[column].length)));
  const line = (row: Row) => `| ${columns.map((column, index) => row[column].padEnd(widths[index] ?? 0)).join(' | ')} |`;
  const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.versions.node}, ${browserVersion} (SwiftShader WebGL)`;
  console.log(`Machine: ${machine}\n`);
  console.log(line(header));
  console.log(`| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`);
  for (const row of rows) console.log(line(row));
}

async function main() {
  const started = performance.now();
  if (values['only-domain']) {
    measureDomain();
    printTable('no browser');
    log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    return;
  }
  if (!values['skip-build']) buildApp();
  const pagesDir = await buildPages();
  const dataDir = mkdtempSync(join(tmpdir(), 'atlas-bench-data-'));
  const { server, origin } = await serve(pagesDir, dataDir);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    await measurePages(browser, origin, pagesDir);
    await measureLighthouse(origin);
    if (!values['only-pages']) {
      await measureFilters(browser, origin);
      await measureApp(browser, origin, dataDir);
      await measureLayer(browser, origin);
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const browserVersion = `Chromium ${browser.version()}`;
  if (!values['only-pages']) measureDomain();
  rmSync(pagesDir, { recursive: true, force: true });
  printTable(browserVersion);
  log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

await main();
