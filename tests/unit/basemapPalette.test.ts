// @vitest-environment node
// The basemap's names stay legible: every label colour has WCAG AA contrast (4.5:1, for text
// below 18 pt) with both land colours, and the water names with water too. The ratio comes from
// wcag-contrast, not from the app.
import { hex } from 'wcag-contrast';
import { describe, expect, it } from 'vitest';
import { BASEMAP_PALETTE } from '../../src/map/palette';

const AA_NORMAL_TEXT = 4.5;

/** Every label colour against every background it can sit on, with the contrast ratio. */
function labelContrasts(palette: { land: string; focusLand: string; water: string; label: Record<string, string> }) {
  const lands = { land: palette.land, focusLand: palette.focusLand };
  return Object.entries(palette.label).flatMap(([label, color]) =>
    Object.entries(label === 'water' ? { ...lands, water: palette.water } : lands).map(([background, behind]) => ({
      pair: `${label} on ${background}`,
      ratio: Math.round(hex(color, behind) * 100) / 100,
    })),
  );
}

describe('BASEMAP_PALETTE', () => {
  it('gives every label colour AA contrast against the land (and water names against water)', () => {
    const contrasts = labelContrasts(BASEMAP_PALETTE);
    expect(contrasts.length).toBe(Object.keys(BASEMAP_PALETTE.label).length * 2 + 1);
    expect(contrasts.filter(({ ratio }) => ratio < AA_NORMAL_TEXT)).toEqual([]);
  });

  it('would catch a label colour too pale for the land', () => {
    const pale = { ...BASEMAP_PALETTE, label: { ...BASEMAP_PALETTE.label, relief: '#a89c8c' } };
    expect(labelContrasts(pale).filter(({ ratio }) => ratio < AA_NORMAL_TEXT).map(({ pair }) => pair)).toEqual(['relief on land', 'relief on focusLand']);
  });

  it('keeps the land muted: lighter than the water, and far lighter than the marker outlines', () => {
    // Project markers are Okabe–Ito colours outlined in near-black ink; the land must not compete.
    expect(hex(BASEMAP_PALETTE.focusLand, '#ffffff')).toBeLessThan(1.1);
    expect(hex(BASEMAP_PALETTE.land, '#ffffff')).toBeLessThan(1.3);
    expect(hex(BASEMAP_PALETTE.water, '#ffffff')).toBeGreaterThan(hex(BASEMAP_PALETTE.land, '#ffffff'));
  });
});
