import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readEnglishQuantities } from '../../src/domain/quantities/readEnglishQuantities';
import { readRussianQuantities } from '../../src/domain/quantities/readRussianQuantities';
import { statesFigure, type QualifierClass, type StatedQuantity } from '../../src/domain/quantities/statedQuantities';

const reading = (quantities: StatedQuantity[]) => quantities.map(({ text, value, qualifier }) => ({ text, value, qualifier }));

const READERS = { en: readEnglishQuantities, ru: readRussianQuantities };

describe('readEnglishQuantities and readRussianQuantities', () => {
  it.each([
    ['en', '550 million kWh', '550 million', 550_000_000, null],
    ['en', 'more than 550 million kWh of green power', 'more than 550 million', 550_000_000, 'exceeds'],
    ['en', 'nearly 100,000', 'nearly 100,000', 100_000, 'nearly'],
    ['en', 'over 9,000', 'over 9,000', 9000, 'exceeds'],
    ['en', 'about 500,000 households', 'about 500,000', 500_000, 'about'],
    ['en', '1.78 million people', '1.78 million', 1_780_000, null],
    ['en', 'US$400 million', 'US$400 million', 400_000_000, null],
    ['en', 'more than US$400 million', 'more than US$400 million', 400_000_000, 'exceeds'],
    ['en', '315,000 hectares', '315,000', 315_000, null],
    ['en', '20 years', '20', 20, null],
    ['en', 'Almost 10,000 jobs', 'Almost 10,000', 10_000, 'nearly'],
    ['en', 'by around 2 hours', 'around 2', 2, 'about'],
    ['en', 'a 100 MW plant', '100', 100, null],
    ['ru', '550 млн кВт·ч', '550 млн', 550_000_000, null],
    ['ru', 'более 550\u00A0млн кВт·ч', 'более 550\u00A0млн', 550_000_000, 'exceeds'],
    ['ru', 'почти 100 тыс.', 'почти 100 тыс.', 100_000, 'nearly'],
    ['ru', 'более 9 тыс.', 'более 9 тыс.', 9000, 'exceeds'],
    ['ru', 'свыше 9 000', 'свыше 9 000', 9000, 'exceeds'],
    ['ru', 'свыше 9\u00A0000', 'свыше 9\u00A0000', 9000, 'exceeds'],
    ['ru', 'свыше 9\u202F000', 'свыше 9\u202F000', 9000, 'exceeds'],
    ['ru', '1,78 млн человек', '1,78 млн', 1_780_000, null],
    ['ru', 'около 500 тыс. домохозяйств', 'около 500 тыс.', 500_000, 'about'],
    ['ru', '400 млн долларов США', '400 млн', 400_000_000, null],
    ['ru', 'более 400 млн долларов США', 'более 400 млн', 400_000_000, 'exceeds'],
    ['ru', '20 лет', '20', 20, null],
    ['ru', 'сократилось примерно на 2 часа', 'примерно на 2', 2, 'about'],
    ['ru', '315 тысяч гектаров', '315 тысяч', 315_000, null],
  ] as const)('%s reads %j', (language, text, written, value, qualifier) => {
    expect(reading(READERS[language](text))).toEqual([{ text: written, value, qualifier }]);
  });

  it.each([
    ['en', 'output rose from over 9,000 to nearly 100,000 vehicles', 'over 9,000', 'nearly 100,000'],
    ['ru', 'выпуск вырос с более чем 9 тыс. до почти 100 тыс. автомобилей', 'более чем 9 тыс.', 'почти 100 тыс.'],
  ] as const)('%s reads both ends of a change, each with its own qualifier', (language, text, from, to) => {
    expect(reading(READERS[language](text))).toEqual([
      { text: from, value: 9000, qualifier: 'exceeds' },
      { text: to, value: 100_000, qualifier: 'nearly' },
    ]);
  });

  it('takes a qualifier only right before its number, and no metre for a million', () => {
    expect(reading(readEnglishQuantities('Nearly all of its 60 turbines stand 5m apart; the handsome 7 remain'))).toEqual([
      { text: '60', value: 60, qualifier: null },
      { text: '5', value: 5, qualifier: null },
      { text: '7', value: 7, qualifier: null },
    ]);
  });

  it('gives where each quantity is written', () => {
    const text = 'In September 2013, more than 30,000 jobs';
    for (const quantity of readEnglishQuantities(text)) expect(text.slice(quantity.index, quantity.index + quantity.text.length)).toBe(quantity.text);
  });

  it('does not join Russian numbers that a comma and space separate', () => {
    expect(reading(readRussianQuantities('станции на 60, 100 МВт'))).toEqual([
      { text: '60', value: 60, qualifier: null },
      { text: '100', value: 100, qualifier: null },
    ]);
  });
});

describe('statesFigure', () => {
  const quantities = readEnglishQuantities('from over 9,000 to nearly 100,000 vehicles');

  it('matches 超 and 余 alike against "more than" and "over"', () => {
    expect(statesFigure(quantities, { value: 9000, qualifier: 'over' })).toBe(true);
    expect(statesFigure(quantities, { value: 9000, qualifier: 'more_than' })).toBe(true);
  });

  it('refuses another qualifier, a dropped one, or another value', () => {
    expect(statesFigure(quantities, { value: 100_000, qualifier: 'about' })).toBe(false);
    expect(statesFigure(quantities, { value: 100_000, qualifier: null })).toBe(false);
    expect(statesFigure(quantities, { value: 10_000, qualifier: 'nearly' })).toBe(false);
    expect(statesFigure(readEnglishQuantities('about 20 years'), { value: 20, qualifier: null })).toBe(false);
  });
});

// Property tests: any value, written any of the usual ways with any qualifier, reads back exactly.

/** Figure-like values: up to six significant digits, from hundredths to hundreds of billions. */
const figureValue = fc
  .record({ digits: fc.integer({ min: 1, max: 999_999 }), exponent: fc.integer({ min: -2, max: 6 }) })
  .map(({ digits, exponent }) => Number(`${digits}e${exponent}`));

const qualifierClass = fc.constantFrom<QualifierClass | null>(null, 'exceeds', 'about', 'nearly');

const ENGLISH_QUALIFIERS: Record<QualifierClass, string[]> = {
  exceeds: ['more than', 'over', 'More than'],
  about: ['about', 'around', 'approximately'],
  nearly: ['nearly', 'almost'],
};
const RUSSIAN_QUALIFIERS: Record<QualifierClass, string[]> = {
  exceeds: ['более', 'свыше', 'более чем'],
  about: ['около', 'примерно', 'Около'],
  nearly: ['почти'],
};

/** Every digit kept: the compact forms would otherwise round 1.78 million to 1.8 million. */
const EXACT = { maximumFractionDigits: 20 } as const;
const ENGLISH_FORMS = [
  new Intl.NumberFormat('en', EXACT),
  new Intl.NumberFormat('en', { ...EXACT, notation: 'compact' }),
  new Intl.NumberFormat('en', { ...EXACT, notation: 'compact', compactDisplay: 'long' }),
];
const RUSSIAN_FORMS = [
  new Intl.NumberFormat('ru', EXACT),
  new Intl.NumberFormat('ru', { ...EXACT, notation: 'compact' }),
  new Intl.NumberFormat('ru', { ...EXACT, notation: 'compact', compactDisplay: 'long' }),
];

/** A value and qualifier, the number written in one of `forms`, the qualifier in one of the language's words for it. */
function writtenQuantity(forms: readonly Intl.NumberFormat[], qualifiers: Record<QualifierClass, string[]>) {
  return fc.record({ value: figureValue, qualifier: qualifierClass, form: fc.constantFrom(...forms), pick: fc.nat() }).map(({ value, qualifier, form, pick }) => {
    const words = qualifier === null ? [] : qualifiers[qualifier];
    return { value, qualifier, number: form.format(value), qualifierWords: qualifier === null ? '' : `${words[pick % words.length] as string} ` };
  });
}

function expectReadBack(read: (text: string) => StatedQuantity[], text: string, value: number, qualifier: QualifierClass | null) {
  expect(read(text).map((quantity) => ({ value: quantity.value, qualifier: quantity.qualifier }))).toEqual([{ value, qualifier }]);
}

describe('number readers read back what Intl.NumberFormat writes', () => {
  it('English: digits, compact and scale words, with any qualifier, unit and currency sign', () => {
    fc.assert(
      fc.property(
        writtenQuantity(ENGLISH_FORMS, ENGLISH_QUALIFIERS),
        fc.constantFrom('', 'US$'),
        fc.constantFrom('', ' kWh', ' households', ' hectares', ' MW', ' years'),
        ({ value, qualifier, number, qualifierWords }, currency, unit) => {
          expectReadBack(readEnglishQuantities, `The project reached ${qualifierWords}${currency}${number}${unit} last year.`, value, qualifier);
        },
      ),
    );
  });

  it('Russian: digits with any of the spaces, compact and scale words, with any qualifier and unit', () => {
    fc.assert(
      fc.property(
        writtenQuantity(RUSSIAN_FORMS, RUSSIAN_QUALIFIERS),
        fc.constantFrom(' ', '\u00A0', '\u202F'),
        fc.constantFrom('', ' кВт·ч', ' домохозяйств', ' долларов США', ' лет'),
        ({ value, qualifier, number, qualifierWords }, space, unit) => {
          const text = `За год проект дал ${qualifierWords}${number.replaceAll('\u00A0', space)}${unit}, как и планировалось.`;
          expectReadBack(readRussianQuantities, text, value, qualifier);
        },
      ),
    );
  });
});
