// The Node half of `npm run bench`: what a dataset of N projects costs outside the browser — its
// file, parsing and validating it, and the domain functions the views call on every change. Run by
// bench.ts in a process of its own (a fresh heap to measure); prints one JSON line of results.
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import type { Atlas, ProjectFeature } from '../../src/data/atlasSchema';
import { indexAtlas } from '../../src/data/loadAtlas';
import { validateAtlas } from '../../src/data/validateAtlas';
import { facetCounts, filterProjects, type FacetCounts } from '../../src/domain/filters/filterProjects';
import { sortProjects } from '../../src/domain/list/sortProjects';
import { buildSearchIndex } from '../../src/domain/search/buildSearchIndex';
import { searchAtlas } from '../../src/domain/search/searchAtlas';
import { metricContributions } from '../../src/domain/stats/figureContributions';
import { totalsByUnit } from '../../src/domain/stats/figureTotals';
import { filterStatistics } from '../../src/domain/stats/filterStatistics';
import { outcomeTotals } from '../../src/domain/stats/outcomeTotals';
import type { Filters } from '../../src/state/viewState';
import { atlasJsonChunks, synthesizeAtlas } from '../../data/scripts/syntheticAtlas';
import { countryShapesByAlpha2 } from '../../data/scripts/worldCountries';

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
    'stats-count': { type: 'string', default: '100000' },
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

/** The facet counts as they were: one pass per facet, each testing every facet with Array.includes. */
function facetCountsPerFacet(features: readonly ProjectFeature[], filters: Filters): FacetCounts {
  const valuesOf = {
    countries: (feature: ProjectFeature) => feature.properties.countries as readonly string[],
    sectors: (feature: ProjectFeature) => [feature.properties.sector],
    builders: (feature: ProjectFeature) => (feature.properties.builder === null ? [] : [feature.properties.builder.organization]),
  };
  const facets = Object.keys(valuesOf) as (keyof Filters)[];
  const matches = (feature: ProjectFeature, except: keyof Filters) =>
    facets.every((facet) => facet === except || filters[facet].length === 0 || valuesOf[facet](feature).some((value) => (filters[facet] as string[]).includes(value)));
  const counts: FacetCounts = { countries: new Map(), sectors: new Map(), builders: new Map() };
  for (const facet of facets) {
    for (const feature of features) {
      if (!matches(feature, facet)) continue;
      for (const value of valuesOf[facet](feature)) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
    }
  }
  return counts;
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
  const atlas = JSON.parse(head + tail) as Atlas;
  for (const piece of pieces) for (const feature of JSON.parse(`[${piece.replace(/^,/, '')}]`) as ProjectFeature[]) atlas.projects.features.push(feature);
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
const filtering = timed(() => filterProjects(features, threeFacets));
results.push({ label: 'filterProjects (3 facets)', count, value: filtering.ms, unit: 'ms' });
const facets = timed(() => facetCounts(features, threeFacets));
const facetsBefore = timed(() => facetCountsPerFacet(features, threeFacets));
results.push({ label: 'facetCounts (3 facets)', count, value: facets.ms, unit: 'ms', baseline: { label: 'one pass per facet, Array.includes', value: facetsBefore.ms } });
const sorting = timed(() => sortProjects(features, { key: 'name', direction: 'ascending' }, 'en'), 1);
results.push({ label: 'sortProjects (name, en)', count, value: sorting.ms, unit: 'ms' });

const shown = filterProjects(features, oneCountry);
const capacityTotals = timed(() => totalsByUnit(metricContributions(data, shown, 'capacity').contributions));
results.push({ label: `capacity totals (${shown.length} shown)`, count, value: capacityTotals.ms, unit: 'ms' });
const outcomes = timed(() => outcomeTotals(data, shown));
results.push({ label: `outcomeTotals (${shown.length} shown)`, count, value: outcomes.ms, unit: 'ms' });

// At full size these two take minutes (see the notes): measured on the first projects only.
const subset = (size: number) => indexAtlas({ ...atlas, projects: { ...atlas.projects, features: features.slice(0, size) }, groups: [] });
const statsData = subset(statsCount);
const statistics = timed(() => filterStatistics(statsData, filterProjects(statsData.atlas.projects.features, oneCountry)), 1);
results.push({ label: 'filterStatistics (statistics view)', count: statsCount, value: statistics.ms, unit: 'ms' });
const searchData = subset(searchCount);
const indexBuild = timed(() => buildSearchIndex(searchData), 1);
results.push({ label: 'buildSearchIndex', count: searchCount, value: indexBuild.ms, unit: 'ms' });
const search = timed(() => searchAtlas(indexBuild.result, '风电 Kazakhstan', 'en'));
results.push({ label: 'searchAtlas ("风电 Kazakhstan")', count: searchCount, value: search.ms, unit: 'ms' });

sampleHeap();
results.push({ label: 'peak JS heap (sampled after each step)', count, value: peakHeap / 2 ** 20, unit: 'MiB' });
console.log(JSON.stringify(results));
