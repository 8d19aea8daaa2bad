// Reads every import in src/ (static, type-only, re-exports and lazy `import()`) and checks that the arrows between folders point one way:
//   shared words (vocabulary, record types and schema, zod) ← domain ← data ← state ← ui / map ← features ← shell.
// data/validateAtlas sits above domain on purpose: checking a figure against its quote needs the
// quote reader (a pure domain function), while domain needs nothing of data but the record types.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const SRC = join(ROOT, 'src');

/** Imports nothing of the app but each other: the words every layer shares. */
const SHARED_WORDS = ['src/vocabulary.ts', 'src/data/atlasSchema.ts', 'src/data/atlasZodSchema.ts', 'src/zod.ts'];
/** Composes the features: may import anything. The prerender renders the shell at build time. */
const SHELL = ['src/main.tsx', 'src/App.tsx', 'src/i18n/i18n.ts'];
const isShell = (file: string) => SHELL.includes(file) || file.startsWith('src/prerender/');

/** What each folder may import besides itself and the shared words. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  domain: [],
  data: ['domain'],
  i18n: [],
  state: ['data', 'domain'],
  ui: ['domain', 'i18n'],
  map: ['ui', 'state', 'data', 'domain', 'i18n'],
  features: ['map', 'ui', 'state', 'data', 'domain', 'i18n', 'src/i18n/i18n.ts'],
};

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Each relative import of `file`, as a path from the repository root. */
function importsOf(file: string): string[] {
  // The sources are formatted (Prettier): each import or re-export ends in `from '…'`; a side-effect
  // import is `import '…'`; a lazy one `import('…')`. (TypeScript 7's compiler has no JS API to ask.)
  const text = readFileSync(file, 'utf8');
  const specifiers = [
    ...text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'/gm),
    ...text.matchAll(/^\s*import\s+'([^']+)'/gm),
    ...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g),
  ].map((match) => match[1] ?? '');
  return specifiers
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => relative(ROOT, resolveModule(resolve(dirname(file), specifier))));
}

function resolveModule(path: string): string {
  return [`${path}.ts`, `${path}.tsx`, path].find((candidate) => existsSync(candidate)) ?? path;
}

/** The folder under src/ ('features/list' for a feature, else 'map', 'domain'…); the file for root files. */
function areaOf(path: string): string {
  const [, top, sub] = path.split('/');
  if (top === 'features' && sub !== undefined) return `features/${sub}`;
  return top !== undefined && path.split('/').length > 2 ? top : path;
}

/** Every arrow from src/ that breaks the rules, as "from -> to". */
function forbiddenArrows(): string[] {
  const arrows = sourceFiles(SRC).flatMap((file) => importsOf(file).map((target) => [relative(ROOT, file), target] as const));
  return arrows
    .filter(([from, to]) => {
      if (!to.startsWith('src/') || to.endsWith('.css') || to.endsWith('.json')) return false;
      if (isShell(from)) return false;
      if (SHARED_WORDS.includes(from)) return !SHARED_WORDS.includes(to);
      if (SHARED_WORDS.includes(to)) return false;
      const [fromArea, toArea] = [areaOf(from), areaOf(to)];
      if (fromArea === toArea) return false;
      const allowed = MAY_IMPORT[fromArea.split('/')[0] ?? ''] ?? [];
      const toFolder = toArea.startsWith('features/') ? 'features' : toArea;
      // A feature may not import another feature: the shell composes them.
      if (toFolder === 'features') return true;
      return !allowed.includes(toFolder) && !allowed.includes(to);
    })
    .map(([from, to]) => `${from} -> ${to}`)
    .sort();
}

describe('import directions', () => {
  it('has no arrow running back up, and no feature imports another', () => {
    expect(forbiddenArrows()).toEqual([]);
  });

  it('reads the arrows it judges (a sample the app is known to hold)', () => {
    const arrows = sourceFiles(SRC).flatMap((file) => importsOf(file).map((target) => `${relative(ROOT, file)} -> ${target}`));
    expect(arrows).toContain('src/features/shell/DeferredMapView.tsx -> src/map/MapView.tsx');
    // A lazy import() and a type-only import count as arrows too.
    expect(arrows).toContain('src/App.tsx -> src/features/speeches/SpeechReader.tsx');
    expect(arrows).toContain('src/i18n/i18n.ts -> src/features/cite/messages.ts');
  });
});
