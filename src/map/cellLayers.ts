// The density cells as deck.gl layers: a circle per cell (area ∝ projects counted) and its count.
import type { Color } from '@deck.gl/core';
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { formatCountShort } from '../domain/format/formatQuantity';
import type { Language } from '../state/viewState';
import { CELL_PX, type DensityCell } from './densityCells';
import { LABEL_FONT_FAMILY } from './countryLabels';
import { CELL_COLOR, INK, withAlpha } from './palette';

export const DENSITY_CELLS_LAYER_ID = 'density-cells';
/** The smallest circle; the largest is no wider than a cell. */
export const MIN_CELL_RADIUS_PX = 11;
export const MAX_CELL_RADIUS_PX = CELL_PX / 2 - 4;
const WHITE: Color = [255, 255, 255, 255];
const COUNT_SIZE_PX = 11;
/** A bold character of the count, about (measured on "12,1 тыс." at 11 px: 55 px). */
const COUNT_CHARACTER_PX = 6.2;

/**
 * Radius for a cell's count: area proportional to the count, the fullest cell the largest, and
 * never too small for its label.
 */
export function cellRadius(count: number, largest: number, label: string): number {
  const labelRadius = (label.length * COUNT_CHARACTER_PX) / 2 + 3;
  return Math.max(MIN_CELL_RADIUS_PX, labelRadius, MAX_CELL_RADIUS_PX * Math.sqrt(count / Math.max(largest, 1)));
}

export function densityCellLayers(cells: readonly DensityCell[], language: Language) {
  const largest = cells.reduce((max, cell) => Math.max(max, cell.count), 0);
  return [
    new ScatterplotLayer<DensityCell>({
      id: DENSITY_CELLS_LAYER_ID,
      data: cells,
      pickable: true,
      stroked: true,
      radiusUnits: 'pixels',
      lineWidthUnits: 'pixels',
      getPosition: (cell) => cell.position,
      getRadius: (cell) => cellRadius(cell.count, largest, formatCountShort(cell.count, language)),
      // One colour for all: a cell mixes sectors, and a sector colour would claim it for one.
      getFillColor: withAlpha(CELL_COLOR, 255),
      getLineColor: WHITE,
      getLineWidth: 1.5,
      updateTriggers: { getRadius: language },
    }),
    new TextLayer<DensityCell>({
      id: `${DENSITY_CELLS_LAYER_ID}-counts`,
      data: cells,
      getPosition: (cell) => cell.position,
      getText: (cell) => formatCountShort(cell.count, language),
      getSize: COUNT_SIZE_PX,
      sizeUnits: 'pixels',
      getColor: WHITE,
      fontFamily: LABEL_FONT_FAMILY,
      fontWeight: 700,
      characterSet: 'auto',
      fontSettings: { sdf: true },
      outlineWidth: 3,
      outlineColor: withAlpha(INK, 200),
      updateTriggers: { getText: language },
    }),
  ];
}
