// The map's colours, shared by its layers, legend and chooser.
import type { Color } from '@deck.gl/core';
import type { Sector } from '../data/atlasSchema';

export type RGB = [number, number, number];

/**
 * Okabe–Ito colours, safe for the common colour-vision deficiencies. Their yellow is left out: it
 * does not stand out on the light land colour.
 */
export const SECTOR_COLORS: Record<Sector, RGB> = {
  energy: [213, 94, 0], // vermillion
  pipeline: [0, 114, 178], // blue
  road: [230, 159, 0], // orange
  pump_station: [86, 180, 233], // sky blue
  industry: [0, 158, 115], // bluish green
  media_culture: [204, 121, 167], // reddish purple
};

export const INK: RGB = [29, 36, 48];

/** Density cells' slate: darker than every sector colour and apart from them, so a cell never reads as a marker. */
export const CELL_COLOR: RGB = [62, 76, 99];

export function withAlpha([red, green, blue]: RGB, alpha: number): Color {
  return [red, green, blue, alpha];
}

/**
 * The basemap: muted, light and low in chroma, so the saturated sector colours of the project
 * markers stay the most salient thing on the map. Label colours keep a WCAG AA contrast (4.5:1)
 * with both land colours, and water labels with water too (tests/unit/basemapPalette.test.ts).
 */
export const BASEMAP_PALETTE = {
  water: '#c8d9e3',
  river: '#86aac2',
  land: '#e9e6df',
  /** The dataset's countries are lighter, so the eye finds them first. */
  focusLand: '#f8f6f1',
  border: '#9a9488',
  /** Behind every label: the light land, a little translucent. */
  halo: 'rgba(250, 248, 243, 0.92)',
  label: {
    country: '#2f3a48',
    neighbourCountry: '#5a6270',
    /** Capitals and the towns projects are in. */
    majorPlace: '#262c35',
    town: '#3d434c',
    water: '#2f5d7c',
    relief: '#6e5a45',
  },
} as const;

/** A deck.gl colour as CSS, for the legend's SVG swatches. */
export function cssColor(color: Color): string {
  const [red, green, blue, alpha = 255] = color;
  return `rgb(${red} ${green} ${blue} / ${(alpha / 255).toFixed(2)})`;
}
