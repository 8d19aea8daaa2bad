// @vitest-environment node
// Bytes to an atlas: the step the loader runs in the page for small files and in a worker for large ones.
import { describe, expect, it } from 'vitest';
import type { Atlas } from '../../src/data/atlasSchema';
import { parseAtlasBytes, readAtlasBytes } from '../../src/data/parseAtlas';
import { inEnglish } from '../../src/data/loadMessages';
import { MAX_LISTED_PROBLEMS, problemLines, validateAtlas } from '../../src/data/validateAtlas';
import { synthesizeAtlas } from '../../data/scripts/syntheticAtlas';
import { countryShapesByAlpha2 } from '../../data/scripts/worldCountries';
import { rawBuiltAtlas } from '../fixtures/builtAtlas';

const bytes = (text: string) => new TextEncoder().encode(text).buffer;

describe('parseAtlasBytes', () => {
  it('reads the built dataset as validateAtlas does', () => {
    const raw = rawBuiltAtlas();
    const parse = parseAtlasBytes(bytes(JSON.stringify(raw)), 'atlas.json');
    const validation = validateAtlas(raw);
    expect(parse.ok && validation.ok && parse.atlas).toEqual(validation.ok && validation.atlas);
  });

  it('says which file is not JSON', () => {
    const parse = parseAtlasBytes(bytes('{"version": 1,'), 'data/cut.json');
    expect(parse).toMatchObject({ ok: false, problems: [] });
    expect(!parse.ok && inEnglish(parse.reason)).toMatch(/^data\/cut\.json is not valid JSON: /);
  });

  it('names the record and field of every problem', () => {
    const raw = rawBuiltAtlas();
    const feature = raw.projects.features[2]!;
    (feature.properties as { sector: string }).sector = 'space';
    const parse = parseAtlasBytes(bytes(JSON.stringify(raw)), 'data/broken.json');
    expect(parse.ok).toBe(false);
    if (parse.ok) return;
    expect(inEnglish(parse.reason)).toBe('data/broken.json is not a valid atlas');
    expect(problemLines(parse)).toEqual([expect.stringMatching(new RegExp(`^projects\\.features\\[2\\]\\.properties\\.sector: .*\\[project ${feature.id}\\]$`))]);
  });
});

describe('readAtlasBytes, in batches', () => {
  // More projects than one batch holds (5,000), so the file is read in three.
  const synthetic = synthesizeAtlas({ count: 12_345, seed: 5, countryShapes: countryShapesByAlpha2() });
  const text = JSON.stringify(synthetic);

  it('hands on every project in order, with the count read so far, and returns the rest of the atlas', () => {
    const batches: { size: number; read: number; total: number }[] = [];
    const ids: string[] = [];
    const parse = readAtlasBytes(bytes(text), 'synthetic.json', (features, read, total) => {
      batches.push({ size: features.length, read, total });
      for (const feature of features) ids.push(feature.id);
    });
    expect(batches).toEqual([
      { size: 5_000, read: 5_000, total: 12_345 },
      { size: 5_000, read: 10_000, total: 12_345 },
      { size: 2_345, read: 12_345, total: 12_345 },
    ]);
    expect(ids).toEqual(synthetic.projects.features.map((feature) => feature.id));
    expect(parse.ok && parse.head).toEqual({ ...synthetic, projects: { ...synthetic.projects, features: [] } });
  });

  it('reads the same atlas as parsing the text whole', () => {
    const parse = parseAtlasBytes(bytes(text), 'synthetic.json');
    expect(parse.ok && parse.atlas).toEqual(synthetic);
  });

  it('names the project that is not JSON, wherever its batch', () => {
    const id = synthetic.projects.features[7_001]!.id;
    const broken = text.replace(`"id":"${id}"`, `"id":"${id}",,`);
    const parse = parseAtlasBytes(bytes(broken), 'synthetic.json');
    expect(!parse.ok && inEnglish(parse.reason)).toMatch(/^synthetic\.json is not valid JSON: projects\.features\[7001\]: /);
  });

  it('lists the first problems of a file with very many, and counts the rest', () => {
    const atlas = JSON.parse(text) as Atlas;
    for (const feature of atlas.projects.features.slice(0, 150)) (feature.properties as { sector: string }).sector = 'space';
    const parse = parseAtlasBytes(bytes(JSON.stringify(atlas)), 'synthetic.json');
    const lines = parse.ok ? [] : problemLines(parse);
    expect(lines).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(lines.at(-1)).toBe(`… and ${150 - MAX_LISTED_PROBLEMS} more problem(s)`);
    expect(lines[0]).toMatch(/^projects\.features\[0\]\.properties\.sector: .* \[project .+\]$/);
  });
});
