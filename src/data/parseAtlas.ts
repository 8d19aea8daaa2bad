// Bytes to a validated atlas, or the reasons it is not one. Pure, so it runs the same in the page
// and in the loader's worker.
import type { Atlas } from './atlasSchema';
import { formatProblem, validateAtlas } from './validateAtlas';

export type AtlasParse = { ok: true; atlas: Atlas } | { ok: false; message: string; problems: string[] };

export function parseAtlasBytes(bytes: ArrayBuffer, source: string): AtlasParse {
  let text: string;
  try {
    text = new TextDecoder().decode(bytes);
  } catch {
    // V8 holds at most 2^29 − 24 characters in one string: about a million projects' worth.
    const mebibytes = (bytes.byteLength / 2 ** 20).toFixed(0);
    return { ok: false, message: `${source} is too large to read (${mebibytes} MiB): a browser reads at most 512 Mi characters of JSON at once`, problems: [] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `${source} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, problems: [] };
  }
  const validation = validateAtlas(json);
  if (!validation.ok) return { ok: false, message: `${source} is not a valid atlas`, problems: validation.problems.map(formatProblem) };
  return { ok: true, atlas: validation.atlas };
}
