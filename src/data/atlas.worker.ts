// Reads and validates a large dataset off the page's thread, then sends it back in slices: one
// message of a hundred thousand projects would hold the page for a second while it is unpacked.
import type { ProjectFeature } from './atlasSchema';
import type { AtlasWorkerReply, AtlasWorkerRequest } from './readAtlasInWorker';
import { parseAtlasBytes } from './parseAtlas';

/** About 50 ms of unpacking per slice on the page's side (measured in headless Chromium). */
const PROJECTS_PER_MESSAGE = 5_000;

const reply = (message: AtlasWorkerReply) => postMessage(message);

onmessage = ({ data }: MessageEvent<AtlasWorkerRequest>) => {
  const parse = parseAtlasBytes(data.bytes, data.source);
  if (!parse.ok) return reply({ kind: 'failed', message: parse.message, problems: parse.problems });
  const { features } = parse.atlas.projects;
  const empty: ProjectFeature[] = [];
  reply({ kind: 'atlas', atlas: { ...parse.atlas, projects: { ...parse.atlas.projects, features: empty } } });
  for (let start = 0; start < features.length; start += PROJECTS_PER_MESSAGE) {
    reply({ kind: 'projects', features: features.slice(start, start + PROJECTS_PER_MESSAGE) });
  }
  reply({ kind: 'done' });
};
