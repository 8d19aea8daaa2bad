// @vitest-environment node
// Finding the projects in an atlas file's bytes, so each batch is parsed on its own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitAtlasJson } from '../../src/data/splitAtlasJson';
import { rawBuiltAtlas } from '../fixtures/builtAtlas';

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** What the split says the file holds: the head parsed, and each element parsed from its own range. */
function reassemble(text: string) {
  const bytes = encode(text);
  const parts = splitAtlasJson(bytes);
  if (parts === null) return null;
  const features = Array.from(parts.featureStarts, (start, index) => JSON.parse(decode(bytes.subarray(start, parts.featureEnds[index]))) as unknown);
  return { head: JSON.parse(parts.head) as unknown, features };
}

describe('splitAtlasJson', () => {
  it('finds every project of the built dataset, compact or indented', () => {
    const atlas = rawBuiltAtlas();
    const withoutProjects = { ...atlas, projects: { ...atlas.projects, features: [] } };
    for (const indent of [undefined, 2, '\t']) {
      expect(reassemble(JSON.stringify(atlas, null, indent))).toEqual({ head: withoutProjects, features: atlas.projects.features });
    }
  });

  it('is not misled by quotes, backslashes, brackets or commas inside strings, nor by other "features" keys', () => {
    const tricky = fc.string({ unit: fc.constantFrom('"', '\\', '{', '}', '[', ']', ',', ':', ' ', 'a', '风', '\n') });
    const elements = fc.array(fc.oneof(fc.jsonValue(), fc.dictionary(tricky, fc.jsonValue())), { maxLength: 8 });
    fc.assert(
      fc.property(fc.jsonValue(), elements, tricky, fc.constantFrom(undefined, 1, '\t'), (before, features, key, indent) => {
        const file = { [`x${key}`]: before, source: { features: [1, 2] }, projects: { features, type: 'FeatureCollection' }, groups: [{ projects: { features: [3] } }] };
        const text = JSON.stringify(file, null, indent);
        expect(reassemble(text)).toEqual({ head: JSON.parse(JSON.stringify({ ...file, projects: { ...file.projects, features: [] } })), features: JSON.parse(JSON.stringify(features)) });
      }),
    );
  });

  it('gives no element for an empty array, and keeps an empty element for JSON.parse to refuse', () => {
    expect(reassemble('{"projects":{"features":[ \n ]}}')).toEqual({ head: { projects: { features: [] } }, features: [] });
    const parts = splitAtlasJson(encode('{"projects":{"features":[{"a":1},]}}'));
    expect(parts?.featureStarts).toHaveLength(2);
    expect(parts && parts.featureEnds[1]! - parts.featureStarts[1]!).toBe(0);
  });

  it('finds nothing where there is no projects.features array', () => {
    expect(splitAtlasJson(encode('{"projects":{"features":{}}}'))).toBeNull();
    expect(splitAtlasJson(encode('{"projects":[{"features":[1]}]}'))).toBeNull();
    expect(splitAtlasJson(encode('[{"projects":{"features":[1]}}]'))).toBeNull();
    expect(splitAtlasJson(encode('{"version": 1,'))).toBeNull();
  });
});
