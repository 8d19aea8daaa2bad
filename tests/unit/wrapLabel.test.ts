// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../src/features/compare/wrapLabel';

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('Navoi 100 MW solar', 30)).toEqual(['Navoi 100 MW solar']);
  });

  it('breaks Latin and Cyrillic text between words, losing no word', () => {
    const text = 'Shelek, Zhanatas and other PowerChina wind farms: Shelek 60 MW wind farm, Zhanatas 100 MW wind farm';
    const lines = wrapLabel(text, 24);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(24);
    expect(wrapLabel('Ветроэлектростанция Шелек 60 МВт', 20).join(' ')).toBe('Ветроэлектростанция Шелек 60 МВт');
  });

  it('breaks Chinese anywhere, counting each character double', () => {
    const text = '谢列克60兆瓦风电、札纳塔斯100兆瓦风电等项目';
    const lines = wrapLabel(text, 12);
    expect(lines.join('')).toBe(text);
    expect(lines.length).toBeGreaterThan(2);
  });

  it('puts a word longer than a line on a line of its own', () => {
    expect(wrapLabel('a Konstantinopolitanische b', 10)).toEqual(['a', 'Konstantinopolitanische', 'b']);
  });
});
