// The page's side of the loader's worker: hands over the bytes and puts the validated atlas back
// together from its batches.
import type { Atlas, ProjectFeature } from './atlasSchema';
import type { AtlasParse, AtlasRefusal } from './parseAtlas';
import { askWorker } from './askWorker';

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

/** Reads the dataset in a worker, which sends the projects in batches between frames. */
export function readAtlasInWorker(
  bytes: ArrayBuffer,
  source: string,
  onProgress: (progress: ReadProgress) => void,
  signal: AbortSignal,
): Promise<AtlasParse> {
  const features: ProjectFeature[] = [];
  return askWorker<AtlasWorkerRequest, AtlasWorkerReply, AtlasParse>(
    () => new Worker(new URL('./atlas.worker.ts', import.meta.url), { type: 'module' }),
    { bytes, source },
    [bytes],
    (data) => {
      if (data.kind === 'projects') {
        for (const feature of data.features) features.push(feature);
        onProgress({ read: data.read, total: data.total });
        return undefined;
      }
      if (data.kind === 'failed') return { answer: data.refusal };
      return { answer: { ok: true, atlas: { ...data.head, projects: { ...data.head.projects, features } } } };
    },
    'the dataset reader',
    signal,
  );
}
