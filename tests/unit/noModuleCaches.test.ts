// Indexes derived from a dataset belong to its AtlasIndex (src/vocabulary.ts), built beside the
// loaded atlas and released with it. A module-level WeakMap keyed by a list's identity, or a
// module-level Map or Set that holds records, is a cache whose lifetime nobody chose.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Module-level (unindented) declarations of a weak collection, or of a Map or Set whose types name records. */
const MODULE_CACHE = /^(?:export )?(?:const|let) \w+(?:: [^=]+)? = new (?:WeakMap|WeakSet|(?:Map|Set)<[^>]*(?:Feature|Project|Atlas|Speech|Organization|readonly [^>]*\[\]))/;

function moduleCaches(): string[] {
  return sourceFiles(join(ROOT, 'src')).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) => (MODULE_CACHE.test(line) ? [`${relative(ROOT, file)}:${index + 1}: ${line.trim()}`] : [])),
  );
}

describe('derived data has an owner', () => {
  it('keeps no module-level cache of derived atlas data in src/', () => {
    expect(moduleCaches()).toEqual([]);
  });

  it('recognises such a cache, and leaves constants and per-language tables alone', () => {
    expect(MODULE_CACHE.test('const cache = new WeakMap<readonly ProjectFeature[], FacetIndex>();')).toBe(true);
    expect(MODULE_CACHE.test('const byProject = new Map<ProjectFeature, number>();')).toBe(true);
    expect(MODULE_CACHE.test("const NOT_ADDITIVE: ReadonlySet<Metric> = new Set(['provinces_served']);")).toBe(false);
    expect(MODULE_CACHE.test('const displayNames = new Map<Language, Intl.DisplayNames>();')).toBe(false);
    expect(MODULE_CACHE.test('  const renumbered = new Map<number, number>();')).toBe(false);
  });
});
