// The density cells as deck.gl layers: a circle per cell (area ∝ places counted) and its count. The
// projects' cells and a large reference layer's share them, each in its own colour.
import type { Color } from '@deck.gl/core';
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { formatCountShort } from '../domain/format/formatQuantity';
import { CELL_PX, type CountedCell } from './densityCells';
import { LABEL_FONT_FAMILY } from './countryLabels';
import { CELL_COLOR, INK, withAlpha } from './palette';
import type { Language } from '../vocabulary';

export const DENSITY_CELLS_LAYER_ID = 'density-cells';
/** The smallest circle; the largest is no wider than a cell. */
export const MIN_CELL_RADIUS_PX = 11;
export const MAX_CELL_RADIUS_PX = CELL_PX / 2 - 4;
const WHITE: Color = [255, 255, 255, 255];
const COUNT_SIZE_PX = 11;
/** A bold digit or Latin or Cyrillic letter of the count, about (measured on "12,1 тыс." at 11 px: 55 px). */
const COUNT_CHARACTER_PX = 6.2;
/** A Chinese character (万, 亿) is a full square. */
const IDEOGRAPH = /\p{Script=Han}/u;
/** Room between the label and the circle's white outline. */
const LABEL_MARGIN_PX = 2;

/**
 * A cell's count as drawn in it: the short count, its unit under its number where the language
 * spaces them ("120 тыс." as "120" over "тыс."), so no label is much wider than four digits.
 */
export function cellLabel(count: number, language: Language): string {
  return formatCountShort(count, language).replace(/\s/u, '\n');
}

/** The radius of the smallest circle that holds a label (lines of COUNT_SIZE_PX, centred). */
export function labelFitRadius(label: string): number {
  const lines = label.split('\n');
  const width = Math.max(...lines.map((line) => [...line].reduce((sum, character) => sum + (IDEOGRAPH.test(character) ? COUNT_SIZE_PX : COUNT_CHARACTER_PX), 0)));
  return Math.hypot(width / 2, (lines.length * COUNT_SIZE_PX) / 2) + LABEL_MARGIN_PX;
}

/**
 * Radius by count for cells drawn together: area proportional to the count, the fullest cell the
 * largest, and one common floor that holds the widest of their labels. One floor for all, not one
 * per label, so a fuller cell is never drawn smaller (9,999 has a wider label than "12k").
 */
export function cellRadiusScale(counts: readonly number[], language: Language): (count: number) => number {
  let largest = 1;
  let floor = MIN_CELL_RADIUS_PX;
  for (const count of counts) {
    largest = Math.max(largest, count);
    floor = Math.max(floor, labelFitRadius(cellLabel(count, language)));
  }
  return (count) => Math.max(floor, MAX_CELL_RADIUS_PX * Math.sqrt(count / largest));
}

/** The projects' cells: one colour for all, since a cell mixes sectors, and a sector colour would claim it for one. */
const PROJECT_CELLS = { id: DENSITY_CELLS_LAYER_ID, fill: withAlpha(CELL_COLOR, 255) };

export function densityCellLayers<Cell extends CountedCell>(cells: readonly Cell[], language: Language, { id, fill }: { id: string; fill: Color } = PROJECT_CELLS) {
  const radiusOf = cellRadiusScale(
    cells.map((cell) => cell.count),
    language,
  );
  return [
    new ScatterplotLayer<Cell>({
      id,
      data: cells,
      pickable: true,
      stroked: true,
      radiusUnits: 'pixels',
      lineWidthUnits: 'pixels',
      getPosition: (cell) => cell.position,
      getRadius: (cell) => radiusOf(cell.count),
      getFillColor: fill,
      getLineColor: WHITE,
      getLineWidth: 1.5,
      updateTriggers: { getRadius: language },
    }),
    new TextLayer<Cell>({
      id: `${id}-counts`,
      data: cells,
      getPosition: (cell) => cell.position,
      getText: (cell) => cellLabel(cell.count, language),
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
