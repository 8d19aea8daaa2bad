// The density cells as deck.gl layers: a circle per cell (area ∝ projects counted) and its count.
import type { Color } from '@deck.gl/core';
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { formatCountShort } from '../domain/format/formatQuantity';
import type { Language } from '../state/viewState';
import { CELL_PX, type DensityCell } from './densityCells';
import { LABEL_FONT_FAMILY } from './countryLabels';
import { CELL_COLOR, INK, withAlpha } from './palette';

export const DENSITY_CELLS_LAYER_ID = 'density-cells';
/** The smallest circle still holds a four-character count; the largest is no wider than a cell. */
export const MIN_CELL_RADIUS_PX = 13;
export const MAX_CELL_RADIUS_PX = CELL_PX / 2 - 4;
const WHITE: Color = [255, 255, 255, 255];

/** Radius for a cell's count: area proportional to the count, the fullest cell the largest; never below the smallest. */
export function cellRadius(count: number, largest: number): number {
  return Math.max(MIN_CELL_RADIUS_PX, MAX_CELL_RADIUS_PX * Math.sqrt(count / Math.max(largest, 1)));
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
      getRadius: (cell) => cellRadius(cell.count, largest),
      // One colour for all: a cell mixes sectors, and a sector colour would claim it for one.
      getFillColor: withAlpha(CELL_COLOR, 255),
      getLineColor: WHITE,
      getLineWidth: 1.5,
    }),
    new TextLayer<DensityCell>({
      id: `${DENSITY_CELLS_LAYER_ID}-counts`,
      data: cells,
      getPosition: (cell) => cell.position,
      getText: (cell) => formatCountShort(cell.count, language),
      getSize: 11,
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
