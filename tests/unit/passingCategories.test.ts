// deck.gl recounts the filtered markers (a pixel read that waits for the GPU) whenever
// filterCategories is a new array, so the same filters must give the same array.
import { describe, expect, it } from 'vitest';
import { passingCategories } from '../../src/map/projectCategories';
import { AtlasIndex, EMPTY_FILTERS } from '../../src/vocabulary';
import { rawBuiltAtlas } from '../fixtures/builtAtlas';

describe('passingCategories', () => {
  it('gives the very same array for the same dataset and filters, and a new one when they change', () => {
    const dataset = new AtlasIndex(rawBuiltAtlas().projects.features);
    const first = passingCategories(dataset, EMPTY_FILTERS);
    expect(passingCategories(dataset, EMPTY_FILTERS)).toBe(first);
    const sectors = { ...EMPTY_FILTERS, sectors: ['energy' as const] };
    expect(passingCategories(dataset, sectors)).not.toBe(first);
  });
});
