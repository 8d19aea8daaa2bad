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
