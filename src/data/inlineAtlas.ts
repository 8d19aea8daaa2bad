// The shipped atlas written into index.html at build time (src/prerender/), so the prerendered
// first view hydrates with the very data it was rendered from, without waiting for a fetch.
import type { Atlas } from './atlasSchema';

/** The id of the `<script type="application/json">` that holds the shipped atlas. */
export const INLINE_ATLAS_ID = 'shipped-atlas';

/**
 * The shipped atlas from the page, or undefined where the page has none (the dev server, tests).
 * `npm run data:build` validated it against the schema before it was written, so it is trusted
 * here: zod stays out of the first view.
 */
export function readInlineAtlas(): Atlas | undefined {
  const text = document.getElementById(INLINE_ATLAS_ID)?.textContent;
  if (text === undefined || text === null || text === '') return undefined;
  // Validated at build time (data/scripts/build-atlas.ts); the page and the file come from one build.
  return JSON.parse(text) as Atlas;
}

/** The atlas as the contents of a JSON script element: `<` escaped, so no text in it can close the element. */
export function inlineAtlasScript(atlasJson: string): string {
  return `<script type="application/json" id="${INLINE_ATLAS_ID}">${atlasJson.replaceAll('<', '\\u003c')}</script>`;
}
