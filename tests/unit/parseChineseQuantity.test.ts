import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Qualifier } from '../../src/data/atlasSchema';
import {
  findChineseQuantities,
  parseChineseQuantity,
  type ChineseQuantity,
} from '../../src/domain/quantities/parseChineseQuantity';

const UNIT_WORDS = ['千瓦时', '兆瓦', '公顷', '美元', '小时', '户', '辆', '个', '年', '载'];
const PREFIX_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ['超', 'more_than'],
  ['超过', 'more_than'],
  ['约', 'about'],
  ['近', 'nearly'],
];
const SUFFIX_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ['余', 'over'],
  ['多', 'over'],
];

type Expected = Pick<ChineseQuantity, 'value' | 'qualifier' | 'qualifierText' | 'unitWord'>;

function expectReading(quantity: ChineseQuantity, expected: Expected): void {
  expect({
    value: quantity.value,
    qualifier: quantity.qualifier,
    qualifierText: quantity.qualifierText,
    unitWord: quantity.unitWord,
  }).toEqual(expected);
}

/** Every figure the corpus states, with the words that follow it there. */
const CORPUS_FIGURES: ReadonlyArray<{ written: string; quantity: string } & Expected> = [
  { written: '100兆瓦', quantity: '100兆瓦', value: 100, qualifier: null, qualifierText: null, unitWord: '兆瓦' },
  { written: '150兆瓦', quantity: '150兆瓦', value: 150, qualifier: null, qualifierText: null, unitWord: '兆瓦' },
  { written: '31.5万公顷', quantity: '31.5万公顷', value: 315000, qualifier: null, qualifierText: null, unitWord: '公顷' },
  { written: '178万民众', quantity: '178万', value: 1780000, qualifier: null, qualifierText: null, unitWord: null },
  { written: '9000余辆', quantity: '9000余辆', value: 9000, qualifier: 'over', qualifierText: '余', unitWord: '辆' },
  { written: '近10万辆', quantity: '近10万辆', value: 100000, qualifier: 'nearly', qualifierText: '近', unitWord: '辆' },
  { written: '二十载', quantity: '二十载', value: 20, qualifier: null, qualifierText: null, unitWord: '载' },
  { written: '28年', quantity: '28年', value: 28, qualifier: null, qualifierText: null, unitWord: '年' },
  { written: '3万余个', quantity: '3万余个', value: 30000, qualifier: 'over', qualifierText: '余', unitWord: '个' },
  { written: '超4亿美元', quantity: '超4亿美元', value: 400000000, qualifier: 'more_than', qualifierText: '超', unitWord: '美元' },
  { written: '20多个省份', quantity: '20多个', value: 20, qualifier: 'over', qualifierText: '多', unitWord: '个' },
  { written: '60兆瓦', quantity: '60兆瓦', value: 60, qualifier: null, qualifierText: null, unitWord: '兆瓦' },
  { written: '超5.5亿千瓦时', quantity: '超5.5亿千瓦时', value: 550000000, qualifier: 'more_than', qualifierText: '超', unitWord: '千瓦时' },
  { written: '500兆瓦', quantity: '500兆瓦', value: 500, qualifier: null, qualifierText: null, unitWord: '兆瓦' },
  { written: '约50万户', quantity: '约50万户', value: 500000, qualifier: 'about', qualifierText: '约', unitWord: '户' },
  { written: '约2小时', quantity: '约2小时', value: 2, qualifier: 'about', qualifierText: '约', unitWord: '小时' },
  { written: '近万个', quantity: '近万个', value: 10000, qualifier: 'nearly', qualifierText: '近', unitWord: '个' },
];

/** Indexes and texts must point back into the input. */
function expectLocated(input: string, quantities: ChineseQuantity[]): void {
  for (const quantity of quantities) {
    expect(input.slice(quantity.index, quantity.index + quantity.text.length)).toBe(quantity.text);
  }
}

describe('parseChineseQuantity on the corpus figures', () => {
  it.each(CORPUS_FIGURES)('reads $quantity', ({ quantity, value, qualifier, qualifierText, unitWord }) => {
    const parsed = parseChineseQuantity(quantity);
    expect(parsed.text).toBe(quantity);
    expect(parsed.index).toBe(0);
    expectReading(parsed, { value, qualifier, qualifierText, unitWord });
  });
});

describe('findChineseQuantities on the corpus figures as written', () => {
  it.each(CORPUS_FIGURES)('finds $quantity in $written', ({ written, quantity, ...expected }) => {
    const found = findChineseQuantities(written);
    expect(found.map((q) => q.text)).toEqual([quantity]);
    expect(found[0]?.index).toBe(0);
    expectReading(found[0] as ChineseQuantity, expected);
  });
});

describe('parseChineseQuantity numerals', () => {
  it.each([
    ['二十', 20],
    ['二十八', 28],
    ['十五', 15],
    ['一十', 10],
    ['一百五十', 150],
    ['三千零五', 3005],
    ['一千零五十', 1050],
    ['两百', 200],
    ['一亿二千万', 120000000],
    ['一亿零五万', 100050000],
    ['一万零五', 10005],
    ['3万', 30000],
    ['3千万', 30000000],
    ['1亿2000万', 120000000],
    ['9000', 9000],
    ['2013', 2013],
    ['0.05万', 500],
    ['二〇一三', 2013],
    ['零', 0],
  ])('%s is %d', (text, value) => {
    expect(parseChineseQuantity(text).value).toBe(value);
  });

  it('keeps decimal shifts exact', () => {
    expect(parseChineseQuantity('5.5亿').value).toBe(550000000);
    expect(parseChineseQuantity('31.5万').value).toBe(315000);
    expect(parseChineseQuantity('178万').value).toBe(1780000);
    expect(parseChineseQuantity('1.23万').value).toBe(12300);
    expect(parseChineseQuantity('31.5').value).toBe(31.5);
  });

  it('reads abbreviated trailing digits as the next place down', () => {
    expect(parseChineseQuantity('一百五').value).toBe(150);
    expect(parseChineseQuantity('三千五').value).toBe(3500);
    expect(parseChineseQuantity('一万五').value).toBe(15000);
    expect(parseChineseQuantity('三亿五').value).toBe(350000000);
  });

  it('reads a bare multiplier only after a qualifier', () => {
    expectReading(parseChineseQuantity('近万'), { value: 10000, qualifier: 'nearly', qualifierText: '近', unitWord: null });
    expectReading(parseChineseQuantity('超亿美元'), { value: 1e8, qualifier: 'more_than', qualifierText: '超', unitWord: '美元' });
    expect(() => parseChineseQuantity('万')).toThrow('"万"');
  });

  it('prefers 超过 over 超 and gives a unit word its leading 千', () => {
    expectReading(parseChineseQuantity('超过10万辆'), { value: 100000, qualifier: 'more_than', qualifierText: '超过', unitWord: '辆' });
    expectReading(parseChineseQuantity('五千瓦时'), { value: 5, qualifier: null, qualifierText: null, unitWord: '千瓦时' });
    expectReading(parseChineseQuantity('三千千瓦时'), { value: 3000, qualifier: null, qualifierText: null, unitWord: '千瓦时' });
  });

  it.each(['', 'abc', '兆瓦', '超', '178万民众', '一百一千', '五五五万万', '一十十', ' 5'])(
    'throws naming the input for %j',
    (text) => {
      expect(() => parseChineseQuantity(text)).toThrow(`"${text}"`);
    },
  );
});

describe('findChineseQuantities in running text', () => {
  it('finds the three figures of the Kazakhstan wind sentence', () => {
    const sentence =
      '在哈萨克斯坦建成谢列克60兆瓦风电、札纳塔斯100兆瓦风电等项目，每年为当地提供超5.5亿千瓦时的绿色电力';
    const found = findChineseQuantities(sentence);
    expect(found.map((q) => q.text)).toEqual(['60兆瓦', '100兆瓦', '超5.5亿千瓦时']);
    expectLocated(sentence, found);
    expect(found.map((q) => q.value)).toEqual([60, 100, 550000000]);
    expect(found.map((q) => q.unitWord)).toEqual(['兆瓦', '兆瓦', '千瓦时']);
    expect(found.map((q) => q.qualifier)).toEqual([null, null, 'more_than']);
  });

  it('finds both figures of the car-maker sentence', () => {
    const sentence = '产销量达9000余辆跃升至近10万辆';
    const found = findChineseQuantities(sentence);
    expectLocated(sentence, found);
    expect(found).toEqual([
      { text: '9000余辆', index: 4, value: 9000, qualifier: 'over', qualifierText: '余', unitWord: '辆' },
      { text: '近10万辆', index: 13, value: 100000, qualifier: 'nearly', qualifierText: '近', unitWord: '辆' },
    ]);
  });

  it('finds a Chinese-numeral figure before its unit word', () => {
    expect(findChineseQuantities('深耕二十载')).toEqual([
      { text: '二十载', index: 2, value: 20, qualifier: null, qualifierText: null, unitWord: '载' },
    ]);
    expect(findChineseQuantities('于二〇一三年提出').map((q) => q.value)).toEqual([2013]);
  });

  it('finds an Arabic figure even without a unit word', () => {
    expect(findChineseQuantities('惠及178万民众').map((q) => [q.text, q.index, q.value])).toEqual([['178万', 2, 1780000]]);
  });

  it.each([
    '共建“一带一路”倡议',
    '这是第一个项目',
    '一座桥',
    '超级工程',
    '近年来',
    '平“语”近人',
    '千万不要忘记',
    '每千瓦时电价',
    '两国人民',
    '',
  ])('finds nothing in %j', (text) => {
    expect(findChineseQuantities(text)).toEqual([]);
  });

  it('counts a lone Chinese digit only after a qualifier', () => {
    expect(findChineseQuantities('一个项目')).toEqual([]);
    expect(findChineseQuantities('车程约一小时').map((q) => [q.text, q.value, q.qualifier])).toEqual([
      ['约一小时', 1, 'about'],
    ]);
  });
});

// ---- properties ----

const CHINESE_DIGITS = '零一二三四五六七八九';
const PLACES = ['', '十', '百', '千'];

/** 1..9999 in formal Chinese, with 零 for inner gaps: 三千零五, 一千零五十. */
function formatSection(section: number): string {
  let written = '';
  let gapPending = false;
  for (let power = 3; power >= 0; power -= 1) {
    const digit = Math.floor(section / 10 ** power) % 10;
    if (digit === 0) {
      gapPending = written !== '';
      continue;
    }
    written += `${gapPending ? '零' : ''}${CHINESE_DIGITS[digit]}${PLACES[power]}`;
    gapPending = false;
  }
  return written;
}

/** 0..999999999999 in formal Chinese: 一亿零五万, 九千九百九十九亿九千九百九十九万九千九百九十九. */
function formatChineseInteger(value: number): string {
  if (value === 0) return '零';
  const groups: ReadonlyArray<readonly [number, string]> = [
    [Math.floor(value / 1e8), '亿'],
    [Math.floor(value / 1e4) % 1e4, '万'],
    [value % 1e4, ''],
  ];
  let written = '';
  let gapPending = false;
  for (const [group, multiplier] of groups) {
    if (group === 0) {
      gapPending = written !== '';
      continue;
    }
    const needsZero = written !== '' && (gapPending || group < 1000);
    written += `${needsZero ? '零' : ''}${formatSection(group)}${multiplier}`;
    gapPending = false;
  }
  return written;
}

const MULTIPLIER_POWERS: ReadonlyArray<readonly [string, number]> = [
  ['', 0],
  ['万', 4],
  ['亿', 8],
];

/** An Arabic decimal with up to 2 decimals times an optional multiplier, and its exact value. */
const arabicQuantity = fc
  .record({
    scaled: fc.integer({ min: 0, max: 10_000_000 }),
    decimals: fc.integer({ min: 0, max: 2 }),
    multiplier: fc.constantFrom(...MULTIPLIER_POWERS),
  })
  .map(({ scaled, decimals, multiplier: [multiplierText, power] }) => {
    const decimal = (scaled / 10 ** decimals).toFixed(decimals);
    // Integer arithmetic where the result is whole; otherwise the double nearest the written decimal.
    const value = power >= decimals ? scaled * 10 ** (power - decimals) : Number(decimal);
    return { text: `${decimal}${multiplierText}`, value, isArabic: true };
  });

const chineseQuantity = fc
  .integer({ min: 0, max: 999_999_999_999 })
  .map((value) => ({ text: formatChineseInteger(value), value, isArabic: false }));

const qualifierPlacement = fc.constantFrom<{ prefix: string; suffix: string; qualifier: Qualifier | null }>(
  { prefix: '', suffix: '', qualifier: null },
  ...PREFIX_QUALIFIERS.map(([prefix, qualifier]) => ({ prefix, suffix: '', qualifier })),
  ...SUFFIX_QUALIFIERS.map(([suffix, qualifier]) => ({ prefix: '', suffix, qualifier })),
);

describe('parseChineseQuantity properties', () => {
  it('reads back any formally written Chinese integer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (value) => {
        expect(parseChineseQuantity(formatChineseInteger(value)).value).toBe(value);
      }),
    );
  });

  it('reads any Arabic decimal with 万 or 亿 exactly', () => {
    fc.assert(
      fc.property(arabicQuantity, ({ text, value }) => {
        const parsed = parseChineseQuantity(text);
        expect(parsed.value).toBe(value);
        const decimals = text.split('.')[1]?.replace(/\D/g, '').length ?? 0;
        if (value % 1 !== 0) expect(parsed.value.toFixed(decimals)).toBe(text);
      }),
    );
  });

  it('reports any qualifier and unit word around any quantity', () => {
    fc.assert(
      fc.property(
        fc.oneof(arabicQuantity, chineseQuantity),
        qualifierPlacement,
        fc.constantFrom(...UNIT_WORDS),
        (quantity, { prefix, suffix, qualifier }, unitWord) => {
          const text = `${prefix}${quantity.text}${suffix}${unitWord}`;
          const parsed = parseChineseQuantity(text);
          expect(parsed.text).toBe(text);
          expectReading(parsed, {
            value: quantity.value,
            qualifier,
            qualifierText: qualifier === null ? null : prefix || suffix,
            unitWord,
          });
        },
      ),
    );
  });
});

/** Characters that could start or extend a quantity expression, kept out of the filler. */
const QUANTITY_CHARS = new Set([...'零〇一二两三四五六七八九十百千万亿超过约近余多', ...UNIT_WORDS.map((word) => word[0])]);
const cjkFiller = fc
  .array(
    fc.integer({ min: 0x4e00, max: 0x9fff }).map((codePoint) => String.fromCodePoint(codePoint)),
    { maxLength: 20 },
  )
  .map((chars) => chars.filter((char) => !QUANTITY_CHARS.has(char)).join(''));

describe('findChineseQuantities properties', () => {
  it('finds exactly the one quantity embedded in filler, at its index', () => {
    fc.assert(
      fc.property(
        cjkFiller,
        fc.oneof(arabicQuantity, chineseQuantity.filter(({ value }) => value >= 10)),
        qualifierPlacement,
        fc.option(fc.constantFrom(...UNIT_WORDS), { nil: null }),
        cjkFiller,
        (before, quantity, { prefix, suffix }, unit, after) => {
          // A Chinese numeral only counts as a figure before a unit word.
          const unitWord = unit ?? (quantity.isArabic ? null : '个');
          const written = `${prefix}${quantity.text}${suffix}${unitWord ?? ''}`;
          const found = findChineseQuantities(`${before}${written}${after}`);
          expect(found.map((q) => [q.text, q.index, q.value, q.unitWord])).toEqual([
            [written, before.length, quantity.value, unitWord],
          ]);
        },
      ),
    );
  });
});
