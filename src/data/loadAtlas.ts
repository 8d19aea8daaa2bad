// Fetches and validates the dataset at the boundary; from here on the types are trusted.
import { useQuery } from '@tanstack/react-query';
import { readInlineAtlas } from './inlineAtlas';
import { resolveOnThisSite } from './sameOrigin';
import { useState } from 'react';
import type { Atlas } from './atlasSchema';
import { AtlasIndex, type AtlasData } from '../vocabulary';
import { inEnglish, loadMessage, type LoadMessage } from './loadMessages';
import type { AtlasParse } from './parseAtlas';
import type { AtlasProblem } from './validateAtlas';
import { readAtlasInWorker, type ReadProgress } from './readAtlasInWorker';

/** The dataset shipped with the app, next to index.html (works under any sub-path). */
export function shippedAtlasUrl(): string {
  return `${import.meta.env.BASE_URL}data/atlas.json`;
}

/** A load that failed: why, in words for any language, with every problem naming record and field. */
export class AtlasLoadError extends Error {
  constructor(
    readonly reason: LoadMessage,
    readonly problems: readonly AtlasProblem[] = [],
    /** Problems found beyond those listed. */
    readonly unlisted = 0,
  ) {
    super(inEnglish(reason));
    this.name = 'AtlasLoadError';
  }
}

export function indexAtlas(atlas: Atlas): AtlasData {
  return {
    atlas,
    index: new AtlasIndex(atlas.projects.features),
    projectsById: new Map(atlas.projects.features.map((feature) => [feature.id, feature])),
    organizationsById: new Map(atlas.organizations.map((organization) => [organization.id, organization])),
    speechesById: new Map(atlas.speeches.map((speech) => [speech.id, speech])),
    groupsById: new Map(atlas.groups.map((group) => [group.id, group])),
  };
}

/**
 * No dataset: what the map holds while the next one is read, so that it stays up and the dataset
 * left behind can be released before the next one arrives.
 */
export const NO_DATASET: AtlasData = indexAtlas({
  version: 1,
  source: { file: '', title: '', sha256: '' },
  speeches: [],
  organizations: [],
  projects: { type: 'FeatureCollection', features: [] },
  groups: [],
});

/** How a reading reports its progress, and how it is called off (the visitor moved on). */
export interface ReadOptions {
  onProgress?: (progress: ReadProgress) => void;
  signal?: AbortSignal;
}
const NEVER_ABORTED = new AbortController().signal;

/** A dataset link that leads off this site: refused before any request is made. */
export class OtherOriginError extends AtlasLoadError {
  constructor(readonly url: string) {
    super(loadMessage('otherOrigin', { url }));
    this.name = 'OtherOriginError';
  }
}

export async function fetchAtlas(url: string, { onProgress, signal = NEVER_ABORTED }: ReadOptions = {}): Promise<AtlasData> {
  const resolved = resolveOnThisSite(url);
  if (resolved === null) throw new OtherOriginError(url);
  let response: Response;
  try {
    response = await fetch(resolved, { signal });
  } catch (error) {
    signal.throwIfAborted();
    throw new AtlasLoadError(loadMessage('notFetched', { url, reason: error instanceof Error ? error.message : String(error) }));
  }
  if (!response.ok) throw new AtlasLoadError(loadMessage('httpStatus', { url, status: response.status }));
  return readAtlas(await response.arrayBuffer(), url, { onProgress, signal });
}

/** A dataset file the visitor dropped or picked: the same checks as a fetched one. */
export async function readAtlasFile(file: File, options: ReadOptions = {}): Promise<AtlasData> {
  return readAtlas(await file.arrayBuffer(), file.name, options);
}

/**
 * Above this size the dataset is read and validated in a worker, so the page keeps drawing: about a
 * thousand projects, which validate in a few tens of milliseconds (starting a worker costs more).
 */
const WORKER_THRESHOLD_BYTES = 2 ** 20;

async function readAtlas(bytes: ArrayBuffer, source: string, { onProgress = () => undefined, signal = NEVER_ABORTED }: ReadOptions): Promise<AtlasData> {
  signal.throwIfAborted();
  const offThread = bytes.byteLength > WORKER_THRESHOLD_BYTES && typeof Worker !== 'undefined';
  let parse: AtlasParse;
  try {
    // The validator (and zod with it) loads only here: the shipped atlas in the page was validated at build time.
    parse = offThread ? await readAtlasInWorker(bytes, source, onProgress, signal) : (await import('./parseAtlas')).parseAtlasBytes(bytes, source);
  } catch (error) {
    // Called off is not a failure of the dataset: the abort goes through as it is.
    signal.throwIfAborted();
    throw new AtlasLoadError(loadMessage('notRead', { source, reason: error instanceof Error ? error.message : String(error) }));
  }
  if (!parse.ok) throw new AtlasLoadError(parse.reason, parse.problems, parse.unlisted);
  return indexAtlas(parse.atlas);
}

function inlineShippedAtlas(): AtlasData | undefined {
  const atlas = readInlineAtlas();
  return atlas === undefined ? undefined : indexAtlas(atlas);
}

/** Where the dataset comes from: a same-origin URL (kept in the link) or a local file (not). */
export type AtlasSource = { kind: 'url'; url: string } | { kind: 'file'; file: File };

/** The dataset's query, and while a large one is read, how far the reading has come. */
export function useAtlas(source: AtlasSource = { kind: 'url', url: shippedAtlasUrl() }) {
  const queryKey =
    source.kind === 'url' ? ['atlas', source.url] : ['atlas-file', source.file.name, source.file.size, source.file.lastModified];
  const sourceKey = JSON.stringify(queryKey);
  // Kept with the reading it belongs to: another dataset's count can never show.
  const [progress, setProgress] = useState<{ sourceKey: string; progress: ReadProgress } | null>(null);
  const shipped = source.kind === 'url' && source.url === shippedAtlasUrl();
  const query = useQuery({
    queryKey,
    // react-query aborts `signal` when the visitor moves on before the reading ends.
    queryFn: ({ signal }) => {
      setProgress(null);
      const options: ReadOptions = { signal, onProgress: (step) => setProgress({ sourceKey, progress: step }) };
      return source.kind === 'url' ? fetchAtlas(source.url, options) : readAtlasFile(source.file, options);
    },
    // The shipped atlas is in the page when the page was prerendered: no request, and the first
    // render matches the prerendered one.
    initialData: shipped ? inlineShippedAtlas : undefined,
    staleTime: Infinity,
    // The forum's small dataset is kept for a return to it; any other is dropped once left, and
    // with it every index built on it.
    gcTime: shipped ? Infinity : 0,
    retry: false,
  });
  return { query, progress: progress?.sourceKey === sourceKey ? progress.progress : null };
}
