// Opens a layer file in a worker, so the page keeps drawing while a 100,000-row CSV is parsed and
// shaped; it talks as the dataset reader does (src/data/askWorker). Where there is no Worker (unit
// tests), the same reading runs in place.
import { askWorker } from '../../data/askWorker';
import type { ReadProgress } from '../../data/readAtlasInWorker';
import type { LayerDrawing } from '../../domain/layers/layerDrawing';
import { openLayerBytes, type ColumnsToUse, type LayerOpening } from '../../domain/layers/readLayerFile';
import type { PlacementProblem, ReferenceFeature } from '../../domain/layers/referenceLayer';

export interface LayerWorkerRequest {
  bytes: ArrayBuffer;
  fileName: string;
  columns: ColumnsToUse;
}

export type LayerWorkerReply =
  | { kind: 'features'; features: ReferenceFeature[]; read: number; total: number }
  /** The layer without its features, which came before in batches. */
  | { kind: 'drawn'; fileName: string; problems: PlacementProblem[]; drawing: LayerDrawing }
  | Exclude<LayerOpening, { kind: 'layer' }>;

export function openLayerFile(bytes: ArrayBuffer, fileName: string, columns: ColumnsToUse, onProgress: (progress: ReadProgress) => void, signal?: AbortSignal): Promise<LayerOpening> {
  if (typeof Worker === 'undefined') return Promise.resolve(openLayerBytes(new Uint8Array(bytes), fileName, columns));
  const features: ReferenceFeature[] = [];
  return askWorker<LayerWorkerRequest, LayerWorkerReply, LayerOpening>(
    () => new Worker(new URL('./layer.worker.ts', import.meta.url), { type: 'module' }),
    { bytes, fileName, columns },
    [bytes],
    (data) => {
      if (data.kind === 'features') {
        for (const feature of data.features) features.push(feature);
        onProgress({ read: data.read, total: data.total });
        return undefined;
      }
      if (data.kind === 'drawn') return { answer: { kind: 'layer', layer: { fileName: data.fileName, features, problems: data.problems, drawing: data.drawing } } };
      return { answer: data };
    },
    'the layer reader',
    signal,
  );
}
