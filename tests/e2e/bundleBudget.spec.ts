// The first view's weight: the JavaScript a visitor downloads before the map is ready must stay
// within a budget set from the stack's own floor, and the features that load later (speech reader,
// charts, search) must stay out of the entry's static imports.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from './atlasPage';
import { codeBytes, openFirstView, staticEntryFiles } from './firstView';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * JavaScript, gzip, of a bare page with only React, MapLibre and deck.gl (a map and one deck.gl
 * layer: tests/bench/pages/floor.ts), measured by `npm run bench` on 25 Nov 2026: 543.1 KiB.
 */
const STACK_FLOOR_JS_GZIP = 556_134;
/**
 * The atlas may add at most 34.5 % to the floor: 730.5 KiB. Tightened on 3 Dec 2026 when country
 * names moved to Intl.DisplayNames and the reader's and search's words left the entry: the first
 * view weighed 728.6 KiB (×1.34, `npm run bench -- --skip-build --only-pages`). No room for a new
 * dependency in the first view.
 */
const FIRST_VIEW_JS_BUDGET = Math.round(STACK_FLOOR_JS_GZIP * 1.345);

/** Features the first view must not load: their chunks, and a string only their code contains. */
const LATER_FEATURES = [
  { chunk: 'SpeechReader', marker: null },
  { chunk: 'ChartFigure', marker: 'recharts-wrapper' },
  { chunk: 'StatisticsView', marker: null },
  { chunk: 'CompareView', marker: null },
  { chunk: 'SearchBox', marker: 'MiniSearch: ' },
] as const;

test('the JavaScript requested until the map is ready stays within the budget', async ({ page, baseURL }) => {
  const view = await openFirstView(page, `${baseURL}?lang=en`, baseURL ?? '');
  const { js, files } = codeBytes(dist, view.requested);
  expect(files.some((file) => /maplibre/.test(file)), 'the map library is part of the first view').toBe(true);
  expect(js, `first-view JavaScript, gzip: ${files.join(', ')}`).toBeLessThanOrEqual(FIRST_VIEW_JS_BUDGET);
  // Reading speeches and charts wait for the visitor to ask for them.
  for (const chunk of ['SpeechReader', 'ChartFigure', 'StatisticsView', 'CompareView']) {
    expect(files.filter((file) => file.includes(`/${chunk}-`))).toEqual([]);
  }
});

test('the speech reader, the charts and search are chunks of their own, outside the entry’s static imports', () => {
  const assets = readdirSync(`${dist}assets`);
  const entry = staticEntryFiles(dist);
  expect(entry.some((file) => file.endsWith('.js'))).toBe(true);
  const entryCode = entry.filter((file) => file.endsWith('.js')).map((file) => readFileSync(`${dist}${file}`, 'utf8'));
  for (const { chunk, marker } of LATER_FEATURES) {
    expect(assets.some((file) => file.startsWith(`${chunk}-`) && file.endsWith('.js')), `${chunk} has a chunk of its own`).toBe(true);
    expect(entry.filter((file) => file.includes(`/${chunk}-`))).toEqual([]);
    if (marker !== null) expect(entryCode.some((code) => code.includes(marker)), `${marker} in the entry`).toBe(false);
  }
});

/** The entry's static scripts that contain `text`, by file name. */
function entryScriptsWith(text: string): string[] {
  return staticEntryFiles(dist).filter((file) => file.endsWith('.js') && readFileSync(`${dist}${file}`, 'utf8').includes(text));
}

test('country names come from the browser (Intl.DisplayNames): no name table in the first view’s code', () => {
  // Neither the forum's countries nor anyone else's are spelled out in the scripts.
  for (const name of ['Afghanistan', 'Афганистан', '阿富汗']) expect(entryScriptsWith(name), name).toEqual([]);
});

test('the speech reader and search bring their own words: their messages are not in the entry', () => {
  for (const message of ['Close the speeches', 'Search projects, organisations, speeches']) expect(entryScriptsWith(message), message).toEqual([]);
});
