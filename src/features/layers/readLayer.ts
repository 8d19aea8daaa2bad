// Reads a layer file's bytes, in a worker above a megabyte so the page keeps drawing (a 100,000-row
// CSV parses in about a second). A table whose columns are sure, or remembered, becomes a layer here.
import type { LayerRead } from '../../domain/layers/readLayerFile';
import { readLayerBytes } from '../../domain/layers/readLayerFile';
import type { ReferenceLayer } from '../../domain/layers/referenceLayer';
import { tableToLayer, type Table } from '../../domain/layers/tableLayer';
import type { ColumnMapping, DetectedColumns } from '../../domain/layers/detectColumns';
import { rememberedColumns } from './rememberedColumns';

const WORKER_THRESHOLD_BYTES = 2 ** 20;

/** What reading a file came to: a layer, a table whose columns the visitor should choose, or a failure. */
export type LayerOpening =
  | { kind: 'layer'; layer: ReferenceLayer }
  | { kind: 'choose'; fileName: string; table: Table; detected: DetectedColumns }
  | { kind: 'failed'; fileName: string; reason: 'encoding' | 'geojson' | 'empty' | 'noRows' | 'fetch'; detail: string };

function readInWorker(bytes: ArrayBuffer, fileName: string): Promise<LayerRead> {
  const worker = new Worker(new URL('./layer.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<LayerRead>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<LayerRead>) => resolve(data);
    worker.onerror = (event) => reject(new Error(event.message));
    worker.postMessage({ bytes, fileName }, [bytes]);
  }).finally(() => worker.terminate());
}

/** A layer with no placed feature says so, with every row's reason. */
export function checkedLayer(layer: ReferenceLayer): LayerOpening {
  return layer.features.length === 0 ? { kind: 'failed', fileName: layer.fileName, reason: 'noRows', detail: '' } : { kind: 'layer', layer };
}

/**
 * `ask`: whether an unsure detection opens the dialog (a dropped file) or is taken as it is (a link,
 * which should open the same for everyone).
 */
export async function openLayerBytes(bytes: ArrayBuffer, fileName: string, ask: boolean): Promise<LayerOpening> {
  const read = bytes.byteLength > WORKER_THRESHOLD_BYTES && typeof Worker !== 'undefined' ? await readInWorker(bytes, fileName) : readLayerBytes(new Uint8Array(bytes), fileName);
  if (read.kind === 'failed') return { kind: 'failed', fileName, reason: read.reason, detail: read.detail };
  if (read.kind === 'layer') return checkedLayer(read.layer);
  const remembered = rememberedColumns(read.table.header);
  if (remembered !== null) return checkedLayer(tableToLayer(read.table, remembered, fileName));
  if (ask && !read.detected.sure) return { kind: 'choose', fileName, table: read.table, detected: read.detected };
  return checkedLayer(tableToLayer(read.table, read.detected.mapping, fileName));
}

/** A table drawn with the columns the visitor chose. */
export function layerFromTable(choice: Extract<LayerOpening, { kind: 'choose' }>, mapping: ColumnMapping): LayerOpening {
  return checkedLayer(tableToLayer(choice.table, mapping, choice.fileName));
}
