// The app itself with a synthetic dataset of a million projects, in headless Chromium: how long it
// takes to read and draw, how long the page's main thread is held at once while it does (split into
// the app's own work and waiting for the software GPU), its heap, and what one filter change costs.
// Part of `npm run bench`.
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';

/** The longest main-thread task in a stretch of time, whole and without its waits for the GPU. */
export interface TaskFigures {
  longestTaskMs: number;
  /** The longest task once the time it spent waiting for the GPU process (WebGL readback) is taken out. */
  longestOwnWorkMs: number;
}

export interface AppAtScale {
  /** Navigation → map ready with every project drawn. */
  readyMs: number;
  load: TaskFigures;
  /** The page's JS heap once ready (the worker's is gone by then). */
  heapBytes: number;
  /** A country filter: click → the filtered markers drawn. */
  filterMs: number;
  filter: TaskFigures;
}

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/** Chromium waits here for the GPU process: software compositing reads each WebGL frame back. */
const GPU_WAITS = new Set(['CommandBufferProxyImpl::WaitForGetOffset', 'CommandBufferProxyImpl::WaitForToken']);

/** Main-thread tasks of the page between two trace timestamps (µs), as task figures. */
export function taskFigures(events: readonly TraceEvent[], from: number, to: number): TaskFigures {
  const mainThreads = new Set(events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`));
  const onMain = events.filter((event) => event.ph === 'X' && mainThreads.has(`${event.pid}:${event.tid}`));
  const tasks = onMain.filter((event) => event.name === 'ThreadControllerImpl::RunTask' && event.ts >= from && event.ts <= to);
  const waits = onMain.filter((event) => GPU_WAITS.has(event.name));
  let longestTaskMs = 0;
  let longestOwnWorkMs = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const waited = waits
      .filter((wait) => wait.pid === task.pid && wait.tid === task.tid && wait.ts >= task.ts && wait.ts < end)
      .reduce((sum, wait) => sum + (wait.dur ?? 0), 0);
    longestTaskMs = Math.max(longestTaskMs, (task.dur ?? 0) / 1000);
    longestOwnWorkMs = Math.max(longestOwnWorkMs, ((task.dur ?? 0) - waited) / 1000);
  }
  return { longestTaskMs, longestOwnWorkMs };
}

const READY_MARK = 'bench:map-ready';
const FILTER_MARK = 'bench:filter-start';

/** Opens `url` (the app with `?data=` a large dataset) and measures it; `timeout` is for reading and drawing. */
export async function measureAppAtScale(browser: Browser, url: string, timeout: number): Promise<AppAtScale> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const tracePath = join(tmpdir(), `atlas-scale-trace-${process.pid}.json`);
  await browser.startTracing(page, { path: tracePath, categories: ['toplevel', 'gpu', 'blink.user_timing', 'devtools.timeline'] });
  // A performance mark is a moment on the page's clock and in the trace alike.
  const mark = async (name: string) => page.evaluate((markName) => performance.mark(markName).startTime, name);
  await page.goto(url);
  await page.locator('[data-map-ready="true"]').waitFor({ timeout });
  const readyMs = await mark(READY_MARK);

  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize: heapBytes } = await cdp.send('Runtime.getHeapUsage');

  const map = page.getByTestId('map');
  const before = await map.getAttribute('data-project-count');
  const filterStart = await mark(FILTER_MARK);
  await page.getByRole('checkbox', { name: 'Kazakhstan' }).check({ timeout });
  await page.waitForFunction((count) => document.querySelector('[data-testid="map"]')?.getAttribute('data-project-count') !== count, before, { timeout });
  // Two frames after the change: the filtered markers have been drawn.
  const filterEnd = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))));
  await browser.stopTracing();
  await context.close();

  const trace = JSON.parse(readFileSync(tracePath, 'utf8')) as { traceEvents: TraceEvent[] };
  rmSync(tracePath, { force: true });
  const events = trace.traceEvents;
  const markAt = (name: string) => events.find((event) => event.name === name)?.ts ?? Number.NaN;
  return {
    readyMs,
    load: taskFigures(events, 0, markAt(READY_MARK)),
    heapBytes,
    filterMs: filterEnd - filterStart,
    filter: taskFigures(events, markAt(FILTER_MARK), Number.POSITIVE_INFINITY),
  };
}
