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

/** A deck.gl colour as CSS, for the legend's SVG swatches. */
export function cssColor(color: Color): string {
  const [red, green, blue, alpha = 255] = color;
  return `rgb(${red} ${green} ${blue} / ${(alpha / 255).toFixed(2)})`;
}
