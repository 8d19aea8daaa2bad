// Reads and validates a large dataset off the page's thread, sending the projects back in batches
// as they pass: the page unpacks each between frames, and never holds the file as one string.
import type { AtlasWorkerReply, AtlasWorkerRequest } from './readAtlasInWorker';
import { readAtlasBytes } from './parseAtlas';
import { EqualParts } from './shareEqualParts';

const reply = (message: AtlasWorkerReply) => postMessage(message);

onmessage = ({ data }: MessageEvent<AtlasWorkerRequest>) => {
  const parts = new EqualParts();
  const parse = readAtlasBytes(data.bytes, data.source, (features, read, total) =>
    reply({ kind: 'projects', features: features.map((feature) => parts.shareFeature(feature)), read, total }),
  );
  reply(parse.ok ? { kind: 'done', head: parse.head } : { kind: 'failed', refusal: parse });
};
