// @vitest-environment node
// Bytes to an atlas: the step the loader runs in the page for small files and in a worker for large ones.
import { describe, expect, it } from 'vitest';
import { parseAtlasBytes } from '../../src/data/parseAtlas';
import { validateAtlas } from '../../src/data/validateAtlas';
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
    expect(!parse.ok && parse.message).toMatch(/^data\/cut\.json is not valid JSON: /);
  });

  it('names the record and field of every problem', () => {
    const raw = rawBuiltAtlas();
    const feature = raw.projects.features[2]!;
    (feature.properties as { sector: string }).sector = 'space';
    const parse = parseAtlasBytes(bytes(JSON.stringify(raw)), 'data/broken.json');
    expect(parse.ok).toBe(false);
    if (parse.ok) return;
    expect(parse.message).toBe('data/broken.json is not a valid atlas');
    expect(parse.problems).toEqual([expect.stringMatching(new RegExp(`^projects\\.features\\[2\\]\\.properties\\.sector: .*\\[project ${feature.id}\\]$`))]);
  });
});
