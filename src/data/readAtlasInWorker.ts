// The page's side of the loader's worker: hands over the bytes (transferred, not copied) and puts
// the validated atlas back together from its slices.
import type { Atlas, ProjectFeature } from './atlasSchema';
import type { AtlasParse } from './parseAtlas';

export interface AtlasWorkerRequest {
  bytes: ArrayBuffer;
  source: string;
}

export type AtlasWorkerReply =
  | { kind: 'failed'; message: string; problems: string[] }
  /** The atlas without its projects, which follow in slices. */
  | { kind: 'atlas'; atlas: Atlas }
  | { kind: 'projects'; features: ProjectFeature[] }
  | { kind: 'done' };

export function readAtlasInWorker(bytes: ArrayBuffer, source: string): Promise<AtlasParse> {
  const worker = new Worker(new URL('./atlas.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<AtlasParse>((resolve, reject) => {
    let atlas: Atlas | null = null;
    worker.onmessage = ({ data }: MessageEvent<AtlasWorkerReply>) => {
      if (data.kind === 'failed') resolve({ ok: false, message: data.message, problems: data.problems });
      else if (data.kind === 'atlas') atlas = data.atlas;
      else if (data.kind === 'projects') for (const feature of data.features) atlas?.projects.features.push(feature);
      else if (atlas === null) reject(new Error('the dataset reader sent no atlas'));
      else resolve({ ok: true, atlas });
    };
    worker.onerror = (event) => reject(new Error(`the dataset reader stopped: ${event.message}`));
    worker.postMessage({ bytes, source } satisfies AtlasWorkerRequest, [bytes]);
  }).finally(() => worker.terminate());
}
