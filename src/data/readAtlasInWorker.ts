// The page's side of the loader's worker: hands over the bytes (transferred, not copied) and puts
// the validated atlas back together from its batches.
import type { Atlas, ProjectFeature } from './atlasSchema';
import type { AtlasParse, AtlasRefusal } from './parseAtlas';

export interface AtlasWorkerRequest {
  bytes: ArrayBuffer;
  source: string;
}

export type AtlasWorkerReply =
  | { kind: 'projects'; features: ProjectFeature[]; read: number; total: number }
  | { kind: 'failed'; refusal: AtlasRefusal }
  /** The atlas without its projects, which came before in batches. */
  | { kind: 'done'; head: Atlas };

/** How far the reading has come: projects read and checked, of the file's total. */
export interface ReadProgress {
  read: number;
  total: number;
}

/**
 * Reads the dataset in a worker. Every way out (the answer, a failure, a reply that cannot be
 * deserialised, or `signal` aborting because the visitor moved on) stops the worker at once and
 * hears nothing more from it.
 */
export function readAtlasInWorker(
  bytes: ArrayBuffer,
  source: string,
  onProgress: (progress: ReadProgress) => void,
  signal: AbortSignal,
): Promise<AtlasParse> {
  return new Promise<AtlasParse>((resolve, reject) => {
    signal.throwIfAborted();
    const worker = new Worker(new URL('./atlas.worker.ts', import.meta.url), { type: 'module' });
    const features: ProjectFeature[] = [];
    const finish = (settle: () => void) => {
      worker.terminate();
      worker.onmessage = null;
      worker.onerror = null;
      worker.onmessageerror = null;
      signal.removeEventListener('abort', abort);
      settle();
    };
    const abort = () => finish(() => reject(signal.reason));
    signal.addEventListener('abort', abort);
    worker.onmessage = ({ data }: MessageEvent<AtlasWorkerReply>) => {
      if (data.kind === 'projects') {
        for (const feature of data.features) features.push(feature);
        onProgress({ read: data.read, total: data.total });
      } else if (data.kind === 'failed') finish(() => resolve(data.refusal));
      else finish(() => resolve({ ok: true, atlas: { ...data.head, projects: { ...data.head.projects, features } } }));
    };
    worker.onerror = (event) => finish(() => reject(new Error(`the dataset reader stopped: ${event.message}`)));
    worker.onmessageerror = () => finish(() => reject(new Error('a reply from the dataset reader could not be deserialised')));
    worker.postMessage({ bytes, source } satisfies AtlasWorkerRequest, [bytes]);
  });
}
