// The Node half of `npm run bench`: what a dataset of N projects costs outside the browser — its
// file, parsing and validating it, and the domain functions the views call on every change. Run by
// bench.ts in a process of its own (a fresh heap to measure); prints one JSON line of results.
import { gzipSync } from 'node:zlib';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Atlas } from '../../src/data/atlasSchema';
import { indexAtlas } from '../../src/data/loadAtlas';
import { validateAtlas } from '../../src/data/validateAtlas';
import { facetIndex } from '../../src/domain/filters/facetIndex';
import { facetOptionValues } from '../../src/domain/filters/facetOptions';
import { facetCounts, filterProjects } from '../../src/domain/filters/filterProjects';
import { datasetOrders, sortProjects, type ProjectSort } from '../../src/domain/list/sortProjects';
import { buildSearchIndex, buildSearchIndexInChunks } from '../../src/domain/search/buildSearchIndex';
import { searchAtlas } from '../../src/domain/search/searchAtlas';
import { metricContributions } from '../../src/domain/stats/figureContributions';
import { totalsByUnit } from '../../src/domain/stats/figureTotals';
import { filterStatistics } from '../../src/domain/stats/filterStatistics';
import { outcomeTotals } from '../../src/domain/stats/outcomeTotals';
import Supercluster, { type PointFeature } from 'supercluster';
import { densityCells, shownInView } from '../../src/map/densityCells';
import { shapeAnchor, widened } from '../../src/map/geoBounds';
import { projectShapes } from '../../src/map/projectShapes';
import { AtlasIndex, EMPTY_FILTERS, type Filters } from '../../src/vocabulary';
import { atlasJsonChunks, synthesizeAtlas } from '../../data/scripts/syntheticAtlas';
import { countryShapesByAlpha2 } from '../../data/scripts/worldCountries';
import { densityCellsByScan, shownInViewByScan } from './baselines/densityCellsByScan';
import { countsProjectByProject, filterProjectByProject, sortedByComparison } from '../fixtures/projectByProject';
import { reference } from '../fixtures/statisticsReference';
import { datasetOf } from '../fixtures/datasetOf';
import type { AtlasFile } from '../fixtures/builtAtlas';

export interface DomainResult {
  label: string;
  count: number;
  /** Milliseconds (median of the runs), or bytes for sizes. */
  value: number;
  unit: 'ms' | 'bytes' | 'MiB';
  /** The same measure for the previous approach, when there is one. */
  baseline?: { label: string; value: number };
  note?: string;
}

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000000' },
    'search-count': { type: 'string', default: '100000' },
    'stats-count': { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '3' },
  },
});
const count = Number(values.count);
const searchCount = Math.min(count, Number(values['search-count']));
const statsCount = Math.min(count, Number(values['stats-count']));
const runs = Number(values.runs);

const results: DomainResult[] = [];
let peakHeap = 0;
const sampleHeap = () => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};
const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();

/** Median of `runs` timings; the result of the last run is returned for the next step. */
function timed<T>(fn: () => T, repeat = runs): { ms: number; result: T } {
  const timings: number[] = [];
  let result!: T;
  for (let run = 0; run < repeat; run += 1) {
    const start = performance.now();
    result = fn();
    timings.push(performance.now() - start);
    sampleHeap();
  }
  timings.sort((a, b) => a - b);
  return { ms: timings[Math.floor(timings.length / 2)] ?? Number.NaN, result };
}

const shapes = countryShapesByAlpha2();
let synthesized: Atlas | null = synthesizeAtlas({ count, seed: 1, countryShapes: shapes });

// The file: written in pieces, since a million projects make more text than one string may hold.
let chunks: string[] | null = [...atlasJsonChunks(synthesized)];
synthesized = null;
const characters = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
const bytes = chunks.reduce((sum, chunk) => sum + Buffer.byteLength(chunk), 0);
const gzipBytes = chunks.reduce((sum, chunk) => sum + gzipSync(chunk).length, 0);
results.push({ label: 'dataset file (JSON)', count, value: bytes, unit: 'bytes', note: `${(characters / 1e6).toFixed(0)} M characters; V8's longest string is 537 M` });
results.push({ label: 'dataset file (gzip)', count, value: gzipBytes, unit: 'bytes' });
collectGarbage();

const [head = '', ...rest] = chunks;
const tail = rest.pop() ?? '';
const pieces = rest;
const parse = timed(() => {
  const atlas = JSON.parse(head + tail) as AtlasFile;
  for (const piece of pieces) for (const feature of JSON.parse(`[${piece.replace(/^,/, '')}]`) as AtlasFile['projects']['features']) atlas.projects.features.push(feature);
  return atlas;
}, 1);
chunks = null;
pieces.length = 0;
collectGarbage();
results.push({ label: 'JSON.parse (in 10k-project pieces)', count, value: parse.ms, unit: 'ms' });
const validation = timed(() => validateAtlas(parse.result), 1);
if (!validation.result.ok) throw new Error('the synthetic atlas is not valid');
results.push({ label: 'validateAtlas (zod + consistency)', count, value: validation.ms, unit: 'ms' });
const atlas = validation.result.atlas;
collectGarbage();

const indexing = timed(() => indexAtlas(atlas), 1);
const data = indexing.result;
results.push({ label: 'indexAtlas', count, value: indexing.ms, unit: 'ms' });
const features = data.atlas.projects.features;

const oneCountry: Filters = { countries: ['KZ'], sectors: [], builders: [] };
const threeFacets: Filters = { countries: ['KZ', 'UZ'], sectors: ['energy'], builders: ['silk-energy', 'steppe-power'] };
const byName: ProjectSort = { key: 'name', direction: 'ascending' };
// Built on first use and kept: what the first filter, count or map layer pays once per dataset.
const dataset = datasetOf(features);
const facetIndexing = timed(() => dataset.get(facetIndex), 1);
const kept = dataset.get(facetIndex);
const orders = dataset.get(datasetOrders);
results.push({ label: 'facetIndex (once per dataset)', count, value: facetIndexing.ms, unit: 'ms' });
const filtering = timed(() => filterProjects(features, threeFacets, kept));
const filteringBefore = timed(() => filterProjectByProject(features, threeFacets));
results.push({ label: 'filterProjects (3 facets)', count, value: filtering.ms, unit: 'ms', baseline: { label: "project by project (the tests' reference)", value: filteringBefore.ms } });
const facets = timed(() => facetCounts(features, threeFacets, kept));
const facetsBefore = timed(() => countsProjectByProject(features, threeFacets));
results.push({ label: 'facetCounts (3 facets)', count, value: facets.ms, unit: 'ms', baseline: { label: "project by project (the tests' reference)", value: facetsBefore.ms } });
const ordering = timed(() => sortProjects(features, byName, 'en', features, orders), 1);
results.push({ label: 'sortProjects (name, en; dataset order, once per sort and language)', count, value: ordering.ms, unit: 'ms' });
const shown = filterProjects(features, oneCountry, kept);
const sorting = timed(() => sortProjects(shown, byName, 'en', features, orders));
const sortingBefore = timed(() => sortedByComparison(shown, byName, 'en'), 1);
results.push({
  label: `sortProjects (name, en; ${shown.length} shown, dataset order kept)`,
  count,
  value: sorting.ms,
  unit: 'ms',
  baseline: { label: 'comparison sort of the shown projects (the previous sortProjects)', value: sortingBefore.ms },
});
// What the page computes on the main thread when a filter changes: the visible list (once, shared),
// the counts, the options, and the list in its order. The map only swaps its passing categories.
const filterChange = (filters: Filters) => {
  const visible = filterProjects(features, filters, kept);
  facetCounts(features, filters, kept);
  facetOptionValues(features, filters, kept);
  return sortProjects(visible, byName, 'en', features, orders);
};
for (const [name, filters] of [['one country', oneCountry], ['3 facets', threeFacets], ['all cleared', EMPTY_FILTERS]] as const) {
  const change = timed(() => filterChange(filters));
  results.push({ label: `filter change, ${name} (${change.result.length} shown)`, count, value: change.ms, unit: 'ms', note: 'filterProjects + facetCounts + facetOptionValues + sortProjects' });
}

// The map's share of the data: points and routes split and tiled once per dataset, then per change
// of filter or view whether the view is crowded, and the cells of one zoom level.
const tiling = timed(() => projectShapes(features), 1);
results.push({ label: 'projectShapes (points and routes split and tiled, once per dataset)', count, value: tiling.ms, unit: 'ms' });
const region = { west: 46, south: 35, east: 96, north: 56 };
const nearTashkent = { west: 68.8, south: 40.9, east: 69.8, north: 41.7 };
const scanned = "every project scanned, hand-written Mercator (the previous densityCells; baselines/densityCellsByScan.ts)";
// Each project's anchor projected on a dataset's first view query; the k-d tree waits for the first
// close view (a wide one is scanned), so a visitor who never zooms in never builds it.
const firstQuery = (query: (fresh: AtlasIndex) => number, before?: (fresh: AtlasIndex) => number) => {
  const fresh = new AtlasIndex(features);
  fresh.get(facetIndex);
  before?.(fresh);
  return timed(() => query(fresh), 1).ms;
};
results.push({
  label: 'first view query on a dataset, the region (each anchor projected, once per dataset)',
  count,
  value: firstQuery((fresh) => shownInView(fresh, oneCountry, region)),
  unit: 'ms',
  baseline: { label: scanned, value: firstQuery((fresh) => shownInViewByScan(fresh, oneCountry, region)) },
});
results.push({
  label: 'first close view on a dataset, near Tashkent, after the region (the k-d tree built, once per dataset)',
  count,
  value: firstQuery((fresh) => shownInView(fresh, oneCountry, nearTashkent), (fresh) => shownInView(fresh, oneCountry, region)),
  unit: 'ms',
  baseline: { label: scanned, value: firstQuery((fresh) => shownInViewByScan(fresh, oneCountry, nearTashkent), (fresh) => shownInViewByScan(fresh, oneCountry, region)) },
});
// Anchors (and the tree) built for the dataset itself, untimed: the rows below time queries alone.
shownInView(dataset, oneCountry, region);
shownInView(dataset, oneCountry, nearTashkent);
shownInViewByScan(dataset, oneCountry, region);
for (const [name, view] of [['the region', region], ['a close view near Tashkent', nearTashkent]] as const) {
  const inView = timed(() => shownInView(dataset, oneCountry, view));
  const inViewBefore = timed(() => shownInViewByScan(dataset, oneCountry, view));
  results.push({ label: `shownInView (one country, ${name}: ${inView.result} shown)`, count, value: inView.ms, unit: 'ms', baseline: { label: scanned, value: inViewBefore.ms } });
}
// Each project's cell at a zoom level is found once per level.
for (const [level, area] of [[4, null], [4, widened(region, 0.5)], [9, widened(nearTashkent, 0.5)]] as const) {
  densityCells(dataset, EMPTY_FILTERS, level);
  densityCellsByScan(dataset, EMPTY_FILTERS, level);
  const counting = timed(() => densityCells(dataset, oneCountry, level, area));
  const countingBefore = timed(() => densityCellsByScan(dataset, oneCountry, level, area));
  const where = area === null ? 'everywhere' : level === 4 ? 'around the region' : 'around Tashkent';
  results.push({
    label: `densityCells (one country, zoom level ${level}, ${where}: ${counting.result.length} cells)`,
    count,
    value: counting.ms,
    unit: 'ms',
    baseline: { label: scanned, value: countingBefore.ms },
  });
}
// The candidate for the cells that was not taken: supercluster, loaded with the shown projects on each
// filter change (its index cannot filter), then asked for the clusters of the same zoom level.
const clustering = timed(() => {
  const points = filterProjects(features, oneCountry).flatMap((project): PointFeature<{ sector: string }>[] =>
    project.geometry === null ? [] : [{ type: 'Feature', geometry: { type: 'Point', coordinates: [...shapeAnchor(project.geometry)] }, properties: { sector: project.properties.sector } }],
  );
  return new Supercluster<{ sector: string }>({ radius: 64, extent: 512, maxZoom: 10 }).load(points).getClusters([-180, -85, 180, 85], 4);
});
results.push({
  label: `supercluster load + getClusters (one country, zoom 4: ${clustering.result.length} clusters), not adopted`,
  count,
  value: clustering.ms,
  unit: 'ms',
  baseline: { label: 'densityCells, one country, zoom level 4, everywhere (this app)', value: timed(() => densityCells(dataset, oneCountry, 4)).ms },
});

const capacityTotals = timed(() => totalsByUnit(metricContributions(data, shown, 'capacity').contributions));
results.push({ label: `capacity totals (${shown.length} shown)`, count, value: capacityTotals.ms, unit: 'ms' });
const outcomes = timed(() => outcomeTotals(data, shown));
results.push({ label: `outcomeTotals (${shown.length} shown)`, count, value: outcomes.ms, unit: 'ms' });

// The search index (and, below full size, the statistics) measured on the first projects only.
const subset = (size: number) =>
  size === count ? data : indexAtlas({ ...atlas, projects: { ...atlas.projects, features: features.slice(0, size) }, groups: [] });
const statsData = subset(statsCount);
for (const [name, filters] of [['one country', oneCountry], ['all shown', EMPTY_FILTERS]] as const) {
  const statsShown = filterProjects(statsData.atlas.projects.features, filters);
  const statistics = timed(() => filterStatistics(statsData, statsShown));
  const statisticsBefore = timed(() => reference.filterStatistics(statsData, statsShown), 1);
  results.push({
    label: `filterStatistics (statistics view, ${name}: ${statsShown.length} shown)`,
    count: statsCount,
    value: statistics.ms,
    unit: 'ms',
    baseline: { label: "one pass per row and metric (the tests' reference)", value: statisticsBefore.ms },
  });
}
const searchData = subset(searchCount);
const indexBuild = timed(() => buildSearchIndex(searchData), 1);
results.push({ label: 'buildSearchIndex', count: searchCount, value: indexBuild.ms, unit: 'ms' });
// What the search box runs: the same work in chunks, yielding between them. The event loop's longest
// delay is the longest the page would wait on it.
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
loopDelay.enable();
const chunkedStart = performance.now();
await buildSearchIndexInChunks(searchData);
const chunkedMs = performance.now() - chunkedStart;
loopDelay.disable();
results.push({
  label: 'buildSearchIndexInChunks (the search box)',
  count: searchCount,
  value: chunkedMs,
  unit: 'ms',
  note: `longest stretch without yielding ${(loopDelay.max / 1e6).toFixed(0)} ms (documents listed before the first chunk)`,
});
const search = timed(() => searchAtlas(indexBuild.result, '风电 Kazakhstan', 'en'));
results.push({ label: 'searchAtlas ("风电 Kazakhstan")', count: searchCount, value: search.ms, unit: 'ms' });

sampleHeap();
results.push({ label: 'peak JS heap (sampled after each step)', count, value: peakHeap / 2 ** 20, unit: 'MiB' });
console.log(JSON.stringify(results));
