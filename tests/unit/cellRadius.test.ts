// @vitest-environment node
// Density cell sizes with literal counts: a fuller cell is never drawn smaller, whatever its label.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CELL_RADIUS_PX, MIN_CELL_RADIUS_PX, cellLabel, cellRadiusScale, labelFitRadius } from '../../src/map/cellLayers';
import { CELL_PX } from '../../src/map/densityCells';
import { LANGUAGES } from '../../src/vocabulary';

describe('cellRadiusScale', () => {
  it.each(LANGUAGES)('never draws 9,999 projects larger than 12,000 (%s)', (language) => {
    const radiusOf = cellRadiusScale([9_999, 12_000, 1_000_000], language);
    expect(radiusOf(9_999)).toBeLessThanOrEqual(radiusOf(12_000));
    expect(radiusOf(12_000)).toBeLessThan(radiusOf(1_000_000));
    expect(radiusOf(1_000_000)).toBe(MAX_CELL_RADIUS_PX);
  });

  it('gives the cells too small for their number one common size: 1, 40 and 9,999 of a million alike', () => {
    const radiusOf = cellRadiusScale([1, 40, 9_999, 12_000, 640_000, 1_000_000], 'en');
    expect(radiusOf(1)).toBe(radiusOf(40));
    expect(radiusOf(40)).toBe(radiusOf(9_999));
    expect(radiusOf(9_999)).toBe(radiusOf(12_000));
    // The widest of these labels is "9999".
    expect(radiusOf(1)).toBe(labelFitRadius('9999'));
    // Above the common size, area is proportional to the count: 64% of the fullest has 80% of its radius.
    expect(radiusOf(640_000)).toBeCloseTo(MAX_CELL_RADIUS_PX * 0.8, 9);
  });

  it('sizes by area from the smallest radius up to the largest for the fullest cell', () => {
    expect(cellRadiusScale([1, 9], 'en')(1)).toBe(MIN_CELL_RADIUS_PX);
    const radiusOf = cellRadiusScale([1, 100, 400], 'en');
    expect(radiusOf(1)).toBe(labelFitRadius('400'));
    expect(radiusOf(400)).toBe(MAX_CELL_RADIUS_PX);
    expect(radiusOf(400) ** 2 / radiusOf(100) ** 2).toBeCloseTo(4, 9);
    expect(MAX_CELL_RADIUS_PX * 2).toBeLessThan(CELL_PX);
  });

  it('puts a Russian count’s unit under its number, so it needs no wider circle than four digits', () => {
    expect(cellLabel(120_000, 'ru')).toBe('120\nтыс.');
    expect(cellLabel(9_999, 'ru')).toBe('9999');
    expect(cellLabel(12_000, 'en')).toBe('12k');
    expect(labelFitRadius('120\nтыс.')).toBeLessThan(labelFitRadius('120 тыс.'));
  });

  it('is monotonic in the count and holds every cell’s label, whatever the counts and language', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 2_000_000 }), { minLength: 1, maxLength: 40 }), fc.constantFrom(...LANGUAGES), (counts, language) => {
        const radiusOf = cellRadiusScale(counts, language);
        const sorted = [...counts].sort((a, b) => a - b);
        const radii = sorted.map(radiusOf);
        expect(radii).toEqual([...radii].sort((a, b) => a - b));
        for (const count of counts) expect(radiusOf(count)).toBeGreaterThanOrEqual(labelFitRadius(cellLabel(count, language)));
        for (const radius of radii) expect(radius).toBeLessThanOrEqual(MAX_CELL_RADIUS_PX);
      }),
    );
  });
});
