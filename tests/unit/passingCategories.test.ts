// deck.gl recounts the filtered markers (a pixel read that waits for the GPU) whenever
// filterCategories is a new array, so the same filters must give the same array.
import { describe, expect, it } from 'vitest';
import { passingCategories, projectCategories } from '../../src/map/projectCategories';
import { EMPTY_FILTERS } from '../../src/vocabulary';
import { rawBuiltAtlas } from '../fixtures/builtAtlas';

describe('passingCategories', () => {
  it('gives the very same array for the same categories and filters, and a new one when they change', () => {
    const categories = projectCategories(rawBuiltAtlas().projects.features);
    const first = passingCategories(categories, EMPTY_FILTERS);
    expect(passingCategories(categories, EMPTY_FILTERS)).toBe(first);
    const sectors = { ...EMPTY_FILTERS, sectors: ['energy' as const] };
    expect(passingCategories(categories, sectors)).not.toBe(first);
  });
});
