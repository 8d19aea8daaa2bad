// Bytes to a validated atlas, or the reasons it is not one. Pure, so it runs the same in the page
// and in the loader's worker. Projects are parsed and checked in batches and handed on as they
// pass, so no step needs the whole file as one string or all its projects at once.
import type { Atlas, ProjectFeature } from './atlasSchema';
import { splitAtlasJson } from './splitAtlasJson';
import { loadMessage, type LoadMessage } from './loadMessages';
import { startAtlasValidation, validateAtlas, type AtlasProblem } from './validateAtlas';

/** Why a file is not an atlas: one reason, and the problems found in it (the first ones, and how many more). */
export interface AtlasRefusal {
  ok: false;
  reason: LoadMessage;
  problems: AtlasProblem[];
  unlisted: number;
}

export type AtlasParse = { ok: true; atlas: Atlas } | AtlasRefusal;

/** The atlas without its projects (they went to the batch handler), or why the file is not one. */
export type AtlasHeadParse = { ok: true; head: Atlas } | AtlasRefusal;

/** Receives each batch of checked projects, with how many of the file's projects have been read. */
export type ProjectBatchHandler = (features: readonly ProjectFeature[], read: number, total: number) => void;

/** About 5 MB of text per JSON.parse call: large enough to be fast, small enough to hand on often. */
const PROJECTS_PER_BATCH = 5_000;

const invalid = (source: string, { problems, unlisted }: { problems: AtlasProblem[]; unlisted: number }): AtlasRefusal => ({
  ok: false,
  reason: loadMessage('notAtlas', { source }),
  problems,
  unlisted,
});
const refused = (reason: LoadMessage): AtlasRefusal => ({ ok: false, reason, problems: [], unlisted: 0 });

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function readAtlasBytes(buffer: ArrayBuffer, source: string, onProjects: ProjectBatchHandler): AtlasHeadParse {
  const bytes = new Uint8Array(buffer);
  const notJson = (error: unknown, where = '') => refused(loadMessage('notJson', { source, where, reason: reason(error) }));

  const parts = splitAtlasJson(bytes);
  if (parts === null) return readWhole(bytes, source, onProjects);

  let head: unknown;
  try {
    head = JSON.parse(parts.head);
  } catch (error) {
    return notJson(error);
  }
  const started = startAtlasValidation(head);
  if (!started.ok) return invalid(source, started);
  const { validator } = started;

  const decoder = new TextDecoder();
  const { featureStarts: starts, featureEnds: ends } = parts;
  const total = starts.length;
  for (let first = 0; first < total; first += PROJECTS_PER_BATCH) {
    const end = Math.min(total, first + PROJECTS_PER_BATCH);
    let raw: unknown[];
    try {
      raw = JSON.parse(`[${decoder.decode(bytes.subarray(starts[first], ends[end - 1]))}]`) as unknown[];
    } catch (error) {
      // Name the project that breaks the batch.
      for (let index = first; index < end; index += 1) {
        try {
          JSON.parse(decoder.decode(bytes.subarray(starts[index], ends[index])));
        } catch (elementError) {
          return notJson(elementError, `projects.features[${index}]: `);
        }
      }
      return notJson(error);
    }
    onProjects(validator.addFeatures(raw, first), end, total);
  }
  const verdict = validator.finish();
  return verdict.ok ? { ok: true, head: validator.head } : invalid(source, verdict);
}

/** A file without a projects.features array: parsed whole, so the schema can say what is wrong. */
function readWhole(bytes: Uint8Array, source: string, onProjects: ProjectBatchHandler): AtlasHeadParse {
  let text: string;
  try {
    text = new TextDecoder().decode(bytes);
  } catch {
    // V8 holds at most 2^29 − 24 characters in one string.
    const mebibytes = (bytes.byteLength / 2 ** 20).toFixed(0);
    return refused(loadMessage('tooLarge', { source, mebibytes }));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return refused(loadMessage('notJson', { source, where: '', reason: reason(error) }));
  }
  const validation = validateAtlas(json);
  if (!validation.ok) return invalid(source, validation);
  const { features } = validation.atlas.projects;
  onProjects(features, features.length, features.length);
  return { ok: true, head: { ...validation.atlas, projects: { ...validation.atlas.projects, features: [] } } };
}

/** The whole atlas in one object: for the page's own small files and the command-line tools. */
export function parseAtlasBytes(buffer: ArrayBuffer, source: string): AtlasParse {
  const features: ProjectFeature[] = [];
  const parse = readAtlasBytes(buffer, source, (batch) => {
    for (const feature of batch) features.push(feature);
  });
  return parse.ok ? { ok: true, atlas: { ...parse.head, projects: { ...parse.head.projects, features } } } : parse;
}
