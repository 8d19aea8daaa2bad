// Reads the quantities an English or Russian sentence states ("more than US$400 million",
// "почти 100 тыс."), so the build can check that a translation states the figure its Chinese
// original states. Each language gives its words (readEnglishQuantities, readRussianQuantities);
// the reading is the same.
import type { Qualifier } from '../../data/atlasSchema';

/**
 * What a qualifier claims about the true amount. 超 (more_than) and 余/多 (over) both say "above
 * the number", and the usual English and Russian words do not tell them apart.
 */
export type QualifierClass = 'exceeds' | 'about' | 'nearly';

const QUALIFIER_CLASSES: Readonly<Record<Qualifier, QualifierClass>> = {
  more_than: 'exceeds',
  over: 'exceeds',
  about: 'about',
  nearly: 'nearly',
};

export function qualifierClass(qualifier: Qualifier | null): QualifierClass | null {
  return qualifier === null ? null : QUALIFIER_CLASSES[qualifier];
}

export interface StatedQuantity {
  /** The quantity as written, qualifier included: "more than US$400 million". */
  text: string;
  /** UTF-16 offset of `text` in the input. */
  index: number;
  value: number;
  /** null: no qualifier stands before the number, so it states the amount itself. */
  qualifier: QualifierClass | null;
}

/** One language's way of writing a quantity. Word lists are matched case-insensitively. */
export interface QuantityGrammar {
  /** Qualifier words, each with what it claims. */
  qualifiers: Readonly<Record<string, QualifierClass>>;
  /** Short words that may stand between a qualifier and its number ("примерно на 2 часа"). */
  prepositions: readonly string[];
  /** The characters that separate groups of three digits, as a regular-expression class: "[,]" in English. */
  groupSeparator: string;
  /** "." in English, "," in Russian. */
  decimalSeparator: string;
  /** Scale words after the number ("million", "млн"), each with its power of ten. */
  scaleWords: Readonly<Record<string, number>>;
  /** Scale symbols written right after the digits, case-sensitively ("550M", "100K"). */
  scaleSymbols: Readonly<Record<string, number>>;
}

/** Spaces that may stand between words of a quantity: space, no-break space, narrow no-break space, thin space. */
export const SPACE = '[ \\u00A0\\u202F\\u2009]';
/** Currency signs written before the number ("US$400 million"); the value is the same with or without. */
const CURRENCY_PREFIX = String.raw`(?:US\$|\$|USD${SPACE}?)`;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest first, so "more than" wins over a shorter word it starts with. */
const alternatives = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => escape(word).replaceAll(' ', `${SPACE}+`))
    .join('|');

interface CompiledGrammar {
  number: RegExp;
  groupSeparators: RegExp;
  wordsBefore: RegExp;
  qualifiers: ReadonlyMap<string, QualifierClass>;
  scales: ReadonlyMap<string, number>;
}

function compile(grammar: QuantityGrammar): CompiledGrammar {
  const group = grammar.groupSeparator;
  const decimal = escape(grammar.decimalSeparator);
  const digits = String.raw`(?<digits>\d{1,3}(?:${group}\d{3})+(?!\d)|\d+)(?:${decimal}(?<fraction>\d+))?`;
  const scaleWord = `${SPACE}?(?<word>${alternatives(Object.keys(grammar.scaleWords))})`;
  const prepositions = grammar.prepositions.length === 0 ? '' : `(?:(?:${alternatives(grammar.prepositions)})${SPACE}+)?`;
  const symbols = Object.keys(grammar.scaleSymbols);
  const scale = symbols.length === 0 ? scaleWord : `(?<symbol>${alternatives(symbols)})|${scaleWord}`;
  return {
    // Not inside a longer number or word; a scale ends where the word does ("100 MW" is no "100 M").
    // Case matters for symbols: "5m" is five metres, not five million.
    number: new RegExp(String.raw`(?<![\p{L}\p{N}])${digits}(?:(?:${scale})(?!\p{L}))?`, 'gu'),
    groupSeparators: new RegExp(group, 'gu'),
    // Always matches, at the latest at the end: the qualifier and currency sign are both optional.
    wordsBefore: new RegExp(
      String.raw`(?:(?<![\p{L}])(?<qualifier>${alternatives(Object.keys(grammar.qualifiers))})${SPACE}+${prepositions})?${CURRENCY_PREFIX}?$`,
      'iu',
    ),
    qualifiers: new Map(Object.entries(grammar.qualifiers).map(([word, qualifier]) => [normalizeWord(word), qualifier])),
    scales: new Map([
      ...Object.entries(grammar.scaleWords).map(([word, power]) => [normalizeWord(word), power] as const),
      ...Object.entries(grammar.scaleSymbols),
    ]),
  };
}

function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/[ \u00A0\u202F\u2009]+/g, ' ');
}

/** How far before a number its qualifier and currency sign may start: a few words are enough. */
const LOOK_BEHIND = 40;

export function quantityReader(grammar: QuantityGrammar): (text: string) => StatedQuantity[] {
  const compiled = compile(grammar);
  return (text) =>
    [...text.matchAll(compiled.number)].map((match) => {
      const { digits = '', fraction, symbol, word } = match.groups ?? {};
      const scale = symbol === undefined ? (word === undefined ? 0 : compiled.scales.get(normalizeWord(word))) : compiled.scales.get(symbol);
      const wholeDigits = digits.replaceAll(compiled.groupSeparators, '');
      // A decimal string parses to the nearest double, so "1.78e6" is exactly 1780000.
      const value = Number(`${wholeDigits}${fraction === undefined ? '' : `.${fraction}`}e${scale ?? 0}`);
      const before = text.slice(Math.max(0, match.index - LOOK_BEHIND), match.index);
      const words = compiled.wordsBefore.exec(before);
      const index = match.index - before.length + (words?.index ?? before.length);
      const qualifier = words?.groups?.qualifier;
      return {
        text: text.slice(index, match.index + match[0].length),
        index,
        value,
        qualifier: qualifier === undefined ? null : (compiled.qualifiers.get(normalizeWord(qualifier)) ?? null),
      };
    });
}

/** True when `quantities` hold the figure's value with a qualifier of the same class (none for none). */
export function statesFigure(quantities: readonly StatedQuantity[], figure: { value: number; qualifier: Qualifier | null }): boolean {
  const wanted = qualifierClass(figure.qualifier);
  return quantities.some((quantity) => quantity.value === figure.value && quantity.qualifier === wanted);
}
