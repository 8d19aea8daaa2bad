// Reads a figure's number out of its verbatim quote, so a value can never drift from the words.
import type { Unit } from '../../data/atlasSchema';
import { findChineseQuantities, type ChineseQuantity } from './parseChineseQuantity';

/** The Chinese unit words that may state each unit; null: the number stands before a noun ("178万民众"). */
export const UNIT_WORDS: Record<Unit, readonly (string | null)[]> = {
  MW: ['兆瓦'],
  'kWh/yr': ['千瓦时'],
  ha: ['公顷'],
  people: [null],
  households: ['户'],
  vehicles: ['辆'],
  hours: ['小时'],
  provinces: ['个'],
  jobs: ['个'],
  USD: ['美元'],
  years: ['年', '载'],
};

export type FigureAmount = { ok: true; quantity: ChineseQuantity } | { ok: false; reason: string };

/**
 * Finds the one quantity in `quote` that states `unit`. When the quote holds several,
 * `amount` (the quantity as written) picks one.
 */
export function readFigureAmount(quote: string, unit: Unit, amount?: string): FigureAmount {
  const candidates = findChineseQuantities(quote).filter((quantity) => UNIT_WORDS[unit].includes(quantity.unitWord));
  const chosen = amount === undefined ? candidates : candidates.filter((quantity) => quantity.text === amount);
  const [only, ...others] = chosen;
  if (only === undefined) {
    const wanted = amount === undefined ? '' : ` "${amount}"`;
    return { ok: false, reason: `no quantity${wanted} in unit ${unit} (${unitWordsLabel(unit)}) in "${quote}"` };
  }
  if (others.length > 0) {
    const written = chosen.map((quantity) => quantity.text).join('", "');
    return { ok: false, reason: `"${quote}" holds several ${unit} quantities ("${written}"); name the one meant in amount` };
  }
  return { ok: true, quantity: only };
}

function unitWordsLabel(unit: Unit): string {
  return UNIT_WORDS[unit].map((word) => word ?? 'a bare number').join(' or ');
}
