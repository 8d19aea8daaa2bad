// Reads the figures a Chinese speech states ("超5.5亿千瓦时", "近万个", "二十载") into exact numbers.
// Values are kept as exact decimals until the end, so 5.5亿 is 550000000 and not 549999999.99….
import type { Qualifier } from '../../data/atlasSchema';

export interface ChineseQuantity {
  /** The matched expression as written, e.g. "超5.5亿千瓦时". */
  text: string;
  /** UTF-16 offset of `text` in the input. */
  index: number;
  value: number;
  qualifier: Qualifier | null;
  /** "超", "超过", "约", "近", "余" or "多". */
  qualifierText: string | null;
  /** The unit word right after the number, e.g. "千瓦时"; null when none follows. */
  unitWord: string | null;
}

const QUALIFIER_BY_TEXT = {
  超过: 'more_than',
  超: 'more_than',
  约: 'about',
  近: 'nearly',
  余: 'over',
  多: 'over',
} as const satisfies Record<string, Qualifier>;
type QualifierText = keyof typeof QUALIFIER_BY_TEXT;

// Longest first, so 超过 wins over 超 and 千瓦时 is not cut short.
const PREFIX_QUALIFIERS: readonly QualifierText[] = ['超过', '超', '约', '近'];
const SUFFIX_QUALIFIERS: readonly QualifierText[] = ['余', '多'];
const UNIT_WORDS = ['千瓦时', '兆瓦', '公顷', '美元', '小时', '户', '辆', '个', '年', '载'] as const;

const DIGIT_VALUES: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const PLACE_POWERS: Readonly<Record<string, number>> = { 十: 1, 百: 2, 千: 3 };
/** Largest first: a numeral is split at 亿, then each part at 万. */
const MULTIPLIERS = [
  { char: '亿', power: 8 },
  { char: '万', power: 4 },
] as const;

const ARABIC_NUMBER = /^\d+(?:\.\d+)?$/;
const NUMERAL_TOKEN = String.raw`\d+(?:\.\d+)?|[${Object.keys(DIGIT_VALUES).join('')}十百千万亿]`;
const NUMERAL_TOKENS = new RegExp(NUMERAL_TOKEN, 'gu');
const LEADING_NUMERAL = new RegExp(`^(?:${NUMERAL_TOKEN})+`, 'u');

/** coefficient × 10^exponent: shifting by 万 or 亿 only moves the exponent, never rounds. */
interface ExactDecimal {
  readonly coefficient: bigint;
  readonly exponent: number;
}

const ZERO: ExactDecimal = { coefficient: 0n, exponent: 0 };
const ONE: ExactDecimal = { coefficient: 1n, exponent: 0 };

function integer(value: number): ExactDecimal {
  return { coefficient: BigInt(value), exponent: 0 };
}

function shift(decimal: ExactDecimal, powerOfTen: number): ExactDecimal {
  return { coefficient: decimal.coefficient, exponent: decimal.exponent + powerOfTen };
}

function add(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  const exponent = Math.min(a.exponent, b.exponent);
  const scaled = (d: ExactDecimal): bigint => d.coefficient * 10n ** BigInt(d.exponent - exponent);
  return { coefficient: scaled(a) + scaled(b), exponent };
}

/** Number("55e7") is parsed from the digit string, so an exact integer stays exact. */
function toNumber(decimal: ExactDecimal): number {
  return Number(`${decimal.coefficient}e${decimal.exponent}`);
}

function arabicValue(digits: string): ExactDecimal {
  const [whole = '', fraction = ''] = digits.split('.');
  return { coefficient: BigInt(whole + fraction), exponent: -fraction.length };
}

/** Digits read one by one, as years are written: 二〇一三 is 2013. */
function digitByDigitValue(section: string): ExactDecimal | null {
  let coefficient = 0n;
  for (const char of section) {
    const digit = DIGIT_VALUES[char];
    if (digit === undefined) return null;
    coefficient = coefficient * 10n + BigInt(digit);
  }
  return { coefficient, exponent: 0 };
}

function digitTokenValue(token: string): ExactDecimal | null {
  if (ARABIC_NUMBER.test(token)) return arabicValue(token);
  const digit = DIGIT_VALUES[token];
  return digit === undefined ? null : integer(digit);
}

/** A numeral below 万 written with 十/百/千, such as 三千零五, 二十八, 3千; null if malformed. */
function placeValueSectionValue(section: string): ExactDecimal | null {
  let total = ZERO;
  let pendingDigit: ExactDecimal | null = null;
  let lastPlacePower = Infinity;
  let zeroSinceLastPlace = false;
  for (const [position, token] of (section.match(NUMERAL_TOKENS) ?? []).entries()) {
    const placePower = PLACE_POWERS[token];
    if (placePower !== undefined) {
      // Only a leading place may drop its digit (十五, 百万); places must descend (no 一百一千).
      const coefficient = pendingDigit ?? (position === 0 ? ONE : null);
      if (coefficient === null || placePower >= lastPlacePower) return null;
      total = add(total, shift(coefficient, placePower));
      pendingDigit = null;
      lastPlacePower = placePower;
      zeroSinceLastPlace = false;
    } else if (token === '零' || token === '〇') {
      if (pendingDigit !== null) return null;
      zeroSinceLastPlace = true;
    } else {
      if (pendingDigit !== null) return null;
      pendingDigit = digitTokenValue(token);
      if (pendingDigit === null) return null;
    }
  }
  if (pendingDigit === null) return total;
  // A digit right after a place fills the next place down: 一百五 is 150, but 一百零五 is 105.
  const trailingPower = zeroSinceLastPlace || lastPlacePower === Infinity ? 0 : lastPlacePower - 1;
  return add(total, shift(pendingDigit, trailingPower));
}

/** A numeral with no 万 or 亿 in it. */
function sectionValue(section: string): ExactDecimal | null {
  if (section === '') return null;
  if (ARABIC_NUMBER.test(section)) return arabicValue(section);
  return digitByDigitValue(section) ?? placeValueSectionValue(section);
}

/** What follows a multiplier: must stay below it; a lone digit abbreviates (一万五 is 15000). */
function remainderValue(remainder: string, power: number, level: number): ExactDecimal | null {
  if (remainder === '') return ZERO;
  const loneDigit = DIGIT_VALUES[remainder];
  if (loneDigit !== undefined && loneDigit !== 0) return shift(integer(loneDigit), power - 1);
  const value = numeralValue(remainder, level);
  return value !== null && toNumber(value) < 10 ** power ? value : null;
}

/** high × multiplier + remainder, from 亿 down to 万; each high part holds only smaller multipliers. */
function numeralValue(numeral: string, level = 0): ExactDecimal | null {
  const multiplier = MULTIPLIERS[level];
  if (multiplier === undefined) return sectionValue(numeral);
  const at = numeral.indexOf(multiplier.char);
  if (at < 0) return numeralValue(numeral, level + 1);
  const high = numeralValue(numeral.slice(0, at), level + 1);
  const remainder = remainderValue(numeral.slice(at + 1), multiplier.power, level + 1);
  return high === null || remainder === null ? null : add(shift(high, multiplier.power), remainder);
}

/** 近万 means nearly ten thousand, but a bare 万 without a qualifier is a word (万里, 万一). */
function expressionValue(numeral: string, hasPrefixQualifier: boolean): ExactDecimal | null {
  const bareMultiplier = MULTIPLIERS.find((multiplier) => multiplier.char === numeral);
  if (bareMultiplier !== undefined) return hasPrefixQualifier ? shift(ONE, bareMultiplier.power) : null;
  return numeralValue(numeral);
}

function wordAt<Word extends string>(text: string, position: number, words: readonly Word[]): Word | null {
  return words.find((word) => text.startsWith(word, position)) ?? null;
}

interface Reading {
  quantity: ChineseQuantity;
  numeral: string;
  hasPrefixQualifier: boolean;
  end: number;
}

/** Every way to read a quantity starting exactly at `start`, longest numeral first (千 may open 千瓦时). */
function readingsAt(text: string, start: number): Reading[] {
  const prefix = wordAt(text, start, PREFIX_QUALIFIERS);
  const numeralStart = start + (prefix?.length ?? 0);
  const run = LEADING_NUMERAL.exec(text.slice(numeralStart))?.[0] ?? '';
  const tokens = run.match(NUMERAL_TOKENS) ?? [];
  const readings: Reading[] = [];
  for (let count = tokens.length; count > 0; count -= 1) {
    const numeral = tokens.slice(0, count).join('');
    const value = expressionValue(numeral, prefix !== null);
    if (value === null) continue;
    const suffixStart = numeralStart + numeral.length;
    const suffix = wordAt(text, suffixStart, SUFFIX_QUALIFIERS);
    const unitStart = suffixStart + (suffix?.length ?? 0);
    const unitWord = wordAt(text, unitStart, UNIT_WORDS);
    const end = unitStart + (unitWord?.length ?? 0);
    // Should both appear (超3万余个), the prefix is the one reported.
    const qualifierText = prefix ?? suffix;
    readings.push({
      quantity: {
        text: text.slice(start, end),
        index: start,
        value: toNumber(value),
        qualifier: qualifierText === null ? null : QUALIFIER_BY_TEXT[qualifierText],
        qualifierText,
        unitWord,
      },
      numeral,
      hasPrefixQualifier: prefix !== null,
      end,
    });
  }
  return readings;
}

/**
 * Arabic digits always state a figure. Chinese numerals also make up words (一带一路, 千万), so they
 * count only before a unit word, and a lone digit (第一个, 一个) only after a qualifier (约一小时).
 */
function isQuantityInRunningText(reading: Reading): boolean {
  if (/\d/.test(reading.numeral)) return true;
  if (reading.quantity.unitWord === null) return false;
  const isLoneDigit = DIGIT_VALUES[reading.numeral] !== undefined;
  return !isLoneDigit || reading.hasPrefixQualifier;
}

function quantityInRunningTextAt(text: string, start: number): Reading | null {
  const candidates = readingsAt(text, start).filter(isQuantityInRunningText);
  return candidates.find((reading) => reading.quantity.unitWord !== null) ?? candidates[0] ?? null;
}

/** Parses a string that is exactly one quantity expression; throws an Error naming the input otherwise. */
export function parseChineseQuantity(text: string): ChineseQuantity {
  const reading = readingsAt(text, 0).find((candidate) => candidate.end === text.length);
  if (reading === undefined) throw new Error(`Not a single Chinese quantity expression: "${text}"`);
  return reading.quantity;
}

/** Finds every quantity expression in running Chinese text, left to right. */
export function findChineseQuantities(text: string): ChineseQuantity[] {
  const quantities: ChineseQuantity[] = [];
  let position = 0;
  while (position < text.length) {
    const reading = quantityInRunningTextAt(text, position);
    if (reading === null) {
      position += 1;
      continue;
    }
    quantities.push(reading.quantity);
    position = reading.end;
  }
  return quantities;
}
