// Reads a large layer file off the page's thread: decoding, CSV parsing and column detection.
import { readLayerBytes, type LayerRead } from '../../domain/layers/readLayerFile';

onmessage = ({ data }: MessageEvent<{ bytes: ArrayBuffer; fileName: string }>) => {
  const read: LayerRead = readLayerBytes(new Uint8Array(data.bytes), data.fileName);
  postMessage(read);
};
