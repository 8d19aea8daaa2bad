// @vitest-environment node
// Loaded projects are read-only in the types, arrays and objects: the AtlasIndex keeps indexes built
// from them (facets, shapes, anchors, sort orders) that an edit in place would leave stale. The types
// are checked by `npm run typecheck` (expectTypeOf fails to compile on a writable one).
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { CountryCode } from '../../src/data/atlasSchema';
import { builtAtlasData } from '../fixtures/builtAtlas';

describe('loaded records', () => {
  it('type the projects, their places and their lists as read-only', () => {
    const { atlas, index } = builtAtlasData();
    const [project] = atlas.projects.features;
    expectTypeOf(atlas.projects.features).toEqualTypeOf(index.projects);
    expectTypeOf(project!.properties.countries).toEqualTypeOf<readonly CountryCode[]>();
    expectTypeOf(project!.properties.name).toEqualTypeOf<{ readonly zh: string; readonly en: string; readonly ru: string }>();
    const geometry = atlas.projects.features.find((feature) => feature.geometry?.type === 'Point')?.geometry;
    expectTypeOf(geometry!).toEqualTypeOf<{ readonly type: 'Point'; readonly coordinates: readonly [number, number] } | { readonly type: 'MultiPoint'; readonly coordinates: readonly (readonly [number, number])[] } | { readonly type: 'LineString'; readonly coordinates: readonly (readonly [number, number])[] }>();
    expect(atlas.projects.features).toBe(index.projects);
  });
});
