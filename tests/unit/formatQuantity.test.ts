import { describe, expect, it } from 'vitest';
import { formatCountShort, formatQuantity } from '../../src/domain/format/formatQuantity';

describe('formatQuantity', () => {
  it.each([
    ['zh', '超5.5亿千瓦时/年'],
    ['en', 'over 550 million kWh/yr'],
    ['ru', 'более 550 миллионов кВт·ч/год'],
  ] as const)('writes 超5.5亿千瓦时 per year in %s', (language, expected) => {
    expect(formatQuantity(550_000_000, 'kWh/yr', 'more_than', language)).toBe(expected);
  });

  it.each([
    ['zh', '178万人'],
    ['en', '1.78 million people'],
    ['ru', '1,78 миллиона чел.'],
  ] as const)('uses each language’s large-number words (%s)', (language, expected) => {
    expect(formatQuantity(1_780_000, 'people', null, language)).toBe(expected);
  });

  it('keeps all digits below a million outside Chinese, with the locale’s separators', () => {
    expect(formatQuantity(315_000, 'ha', null, 'en')).toBe('315,000 ha');
    expect(formatQuantity(315_000, 'ha', null, 'ru')).toBe('315\u00a0000 га');
    expect(formatQuantity(315_000, 'ha', null, 'zh')).toBe('31.5万公顷');
  });

  it('puts each qualifier in its place', () => {
    expect(formatQuantity(10_000, 'jobs', 'nearly', 'en')).toBe('nearly 10,000 jobs');
    expect(formatQuantity(9_000, 'vehicles', 'over', 'en')).toBe('more than 9,000 vehicles');
    expect(formatQuantity(500_000, 'households', 'about', 'zh')).toBe('约50万户');
  });
});

describe('formatCountShort', () => {
  it('writes all digits up to 9999, then the language’s short compact form to two significant digits', () => {
    expect([5, 1100, 9999].map((value) => formatCountShort(value, 'ru'))).toEqual(['5', '1100', '9999']);
    expect(formatCountShort(12_345, 'en')).toBe('12k');
    expect(formatCountShort(12_345, 'zh')).toBe('1.2万');
    expect(formatCountShort(132_700, 'ru')).toBe('130\u00a0тыс.');
  });
});

describe('formatQuantity: the unit agrees with its number', () => {
  it.each([
    // one, few, many (and a fraction: "other" in Russian takes the genitive singular)
    ['en', 'years', [1, 3, 25, 1.5], ['1 year', '3 years', '25 years', '1.5 years']],
    ['ru', 'years', [1, 3, 25, 1.5], ['1 год', '3 года', '25 лет', '1,5 года']],
    ['zh', 'years', [1, 3, 25], ['1年', '3年', '25年']],
    ['en', 'provinces', [1, 3, 21], ['1 province', '3 provinces', '21 provinces']],
    ['ru', 'provinces', [1, 3, 5, 21], ['1 провинция', '3 провинции', '5 провинций', '21 провинция']],
    ['zh', 'provinces', [1, 3], ['1个省份', '3个省份']],
    ['en', 'jobs', [1, 2, 10_000], ['1 job', '2 jobs', '10,000 jobs']],
    ['ru', 'jobs', [1, 2, 10_000], ['1 рабочее место', '2 рабочих места', '10\u00a0000 рабочих мест']],
    ['en', 'hours', [1, 24], ['1 hour', '24 hours']],
    ['ru', 'hours', [1, 2, 24], ['1 час', '2 часа', '24 часа']],
    ['ru', 'households', [1, 2, 500_000], ['1 домохозяйство', '2 домохозяйства', '500\u00a0000 домохозяйств']],
    ['en', 'vehicles', [1, 9_000], ['1 vehicle', '9,000 vehicles']],
  ] as const)('%s %s', (language, unit, values, expected) => {
    expect(values.map((value) => formatQuantity(value, unit, null, language))).toEqual(expected);
  });

  it('puts a noun after a million-word in the form that word asks for', () => {
    expect(formatQuantity(1_780_000, 'households', null, 'ru')).toBe('1,78 миллиона домохозяйств');
    expect(formatQuantity(2_000_000, 'years', null, 'ru')).toBe('2 миллиона лет');
    expect(formatQuantity(1_000_000, 'jobs', null, 'en')).toBe('1 million jobs');
  });
});
