// Reads a layer file off the page's thread: decoding, parsing, column detection and the shaping into
// what deck.gl draws. The features go back in batches the page unpacks between frames; the drawing's
// buffers are handed over, not copied.
import { drawingBuffers } from '../../domain/layers/layerDrawing';
import { openLayerBytes } from '../../domain/layers/readLayerFile';
import type { LayerWorkerReply, LayerWorkerRequest } from './readLayer';

const BATCH = 5000;
const reply = (message: LayerWorkerReply, transfer: Transferable[] = []) => postMessage(message, { transfer });

onmessage = ({ data }: MessageEvent<LayerWorkerRequest>) => {
  const opening = openLayerBytes(new Uint8Array(data.bytes), data.fileName, data.columns);
  if (opening.kind !== 'layer') return reply(opening);
  const { fileName, features, problems, drawing } = opening.layer;
  for (let start = 0; start < features.length; start += BATCH) {
    reply({ kind: 'features', features: features.slice(start, start + BATCH), read: Math.min(start + BATCH, features.length), total: features.length });
  }
  reply({ kind: 'drawn', fileName, problems, drawing }, drawingBuffers(drawing));
};
