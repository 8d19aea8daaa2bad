// The page's side of the dataset reader's protocol: a reply that cannot be read, or a visitor who
// moved on to another dataset, ends the reading instead of leaving a promise that never settles.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readAtlasInWorker, type ReadProgress } from '../../src/data/readAtlasInWorker';

/** Stands in for the browser's Worker: the test plays the worker's side of the messages. */
class FakeWorker {
  static started: FakeWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  readonly posted: unknown[] = [];
  terminated = false;

  constructor() {
    FakeWorker.started.push(this);
  }

  postMessage(message: unknown) {
    this.posted.push(message);
  }

  terminate() {
    this.terminated = true;
  }

  reply(data: unknown) {
    this.onmessage?.(new MessageEvent('message', { data }));
  }
}

const PENDING = Symbol('still pending');
/** What the promise has come to once the messages already sent are handled. */
const settled = (promise: Promise<unknown>) =>
  Promise.race([promise.then((value) => ({ value }), (error: unknown) => ({ error })), new Promise((resolve) => setTimeout(() => resolve(PENDING), 50))]);

const onlyWorker = () => {
  expect(FakeWorker.started).toHaveLength(1);
  return FakeWorker.started[0]!;
};

beforeEach(() => {
  FakeWorker.started = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('readAtlasInWorker', () => {
  it('rejects when a reply cannot be deserialised, and stops the worker', async () => {
    const reading = readAtlasInWorker(new ArrayBuffer(8), 'big.json', () => undefined, new AbortController().signal);
    const worker = onlyWorker();
    worker.onmessageerror?.(new MessageEvent('messageerror'));
    const outcome = await settled(reading);
    expect(outcome).not.toBe(PENDING);
    expect(String((outcome as { error: unknown }).error)).toBe('Error: a reply from the dataset reader could not be deserialised');
    expect(worker.terminated).toBe(true);
  });

  it('stops the worker as soon as the reading is aborted, and reports no progress after', async () => {
    const progress: ReadProgress[] = [];
    const controller = new AbortController();
    const reading = readAtlasInWorker(new ArrayBuffer(8), 'big.json', (step) => progress.push(step), controller.signal);
    const worker = onlyWorker();
    worker.reply({ kind: 'projects', features: [], read: 5_000, total: 40_000 });
    controller.abort();
    expect(worker.terminated).toBe(true);
    worker.reply({ kind: 'projects', features: [], read: 10_000, total: 40_000 });
    const outcome = await settled(reading);
    expect(outcome).not.toBe(PENDING);
    expect(((outcome as { error: DOMException }).error).name).toBe('AbortError');
    expect(progress).toEqual([{ read: 5_000, total: 40_000 }]);
  });

  it('starts no worker for a reading aborted before it began', async () => {
    const controller = new AbortController();
    controller.abort();
    const outcome = await settled(readAtlasInWorker(new ArrayBuffer(8), 'big.json', () => undefined, controller.signal));
    expect(((outcome as { error: DOMException }).error).name).toBe('AbortError');
    expect(FakeWorker.started).toHaveLength(0);
  });

  it('puts the atlas back together from its batches and stops the worker when done', async () => {
    const progress: ReadProgress[] = [];
    const reading = readAtlasInWorker(new ArrayBuffer(8), 'big.json', (step) => progress.push(step), new AbortController().signal);
    const worker = onlyWorker();
    expect(worker.posted).toHaveLength(1);
    const head = { version: 1, projects: { type: 'FeatureCollection', features: [] } };
    worker.reply({ kind: 'projects', features: [{ id: 'a' }, { id: 'b' }], read: 2, total: 3 });
    worker.reply({ kind: 'projects', features: [{ id: 'c' }], read: 3, total: 3 });
    worker.reply({ kind: 'done', head });
    expect(await reading).toEqual({ ok: true, atlas: { version: 1, projects: { type: 'FeatureCollection', features: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] } } });
    expect(progress).toEqual([
      { read: 2, total: 3 },
      { read: 3, total: 3 },
    ]);
    expect(worker.terminated).toBe(true);
  });
});
