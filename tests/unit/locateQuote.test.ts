import { describe, expect, it } from 'vitest';
import { locateQuote, sentenceAround } from '../../src/domain/provenance/locateQuote';

describe('locateQuote', () => {
  const paragraphs = ['第一段。有风电项目。', '第二段说风电项目每年发电。'];

  it('finds a unique quote with its paragraph and offsets', () => {
    expect(locateQuote(paragraphs, '每年发电')).toEqual({ ok: true, span: { paragraph: 1, start: 8, end: 12 } });
  });

  it('refuses a quote that is absent', () => {
    expect(locateQuote(paragraphs, '水电站')).toEqual({ ok: false, reason: 'not found verbatim' });
  });

  it('refuses an ambiguous quote, which could point at the wrong sentence', () => {
    expect(locateQuote(paragraphs, '风电项目')).toMatchObject({ ok: false, reason: expect.stringContaining('occurs 2 times') });
  });
});

describe('sentenceAround', () => {
  const text = '他说：“朋友要长久。”我们同意。最后一句没有句号';

  const sentenceOf = (quote: string) => {
    const start = text.indexOf(quote);
    const { start: from, end: to } = sentenceAround(text, start, start + quote.length);
    return text.slice(from, to);
  };

  it('takes a closing quotation mark with its sentence', () => {
    expect(sentenceOf('朋友')).toBe('他说：“朋友要长久。”');
  });

  it('starts after the previous sentence', () => {
    expect(sentenceOf('同意')).toBe('我们同意。');
  });

  it('runs to the end of the paragraph when the last sentence has no full stop', () => {
    expect(sentenceOf('没有')).toBe('最后一句没有句号');
  });
});
