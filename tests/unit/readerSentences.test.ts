// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Speech, TextSpan } from '../../src/data/atlasSchema';
import { originalParagraphs, translatedParagraphs, type ReaderParagraph } from '../../src/domain/provenance/readerSentences';
import { speakerIn, translatedQuoteWords } from '../../src/domain/provenance/speechTranslation';
import { builtAtlasData } from '../fixtures/builtAtlas';

const data = builtAtlasData();
const projects = data.atlas.projects.features;
const s11 = data.speechesById.get('s11') as Speech;
const english = s11.translations?.en;
if (english === undefined) throw new Error('s11 has no English translation');

/** Each marked piece of a sentence as [kind, id, words]. */
function markedWords(paragraphs: ReaderParagraph[], sentenceId: string): [string, string, string][] {
  const sentence = paragraphs.flatMap((paragraph) => paragraph.sentences).find((candidate) => candidate.id === sentenceId);
  return (sentence?.marks ?? []).map((mark) => [mark.kind, mark.id, sentence?.text.slice(mark.start, mark.end) ?? '']);
}

/** Where a quote of s11 sits. */
function spanOf(quote: string): TextSpan {
  const paragraph = s11.paragraphs.findIndex((candidate) => candidate.text.includes(quote));
  const start = s11.paragraphs[paragraph]?.text.indexOf(quote) ?? -1;
  return { paragraph, start, end: start + quote.length };
}

describe('the reader’s sentences', () => {
  it('cuts the original into the sentences the translation is keyed by, each with its own marks', () => {
    const paragraphs = originalParagraphs(s11, projects, spanOf('泽拉夫善500兆瓦风电项目'));
    expect(paragraphs.map((paragraph) => paragraph.sentences.map((sentence) => sentence.id))).toEqual([
      ['s11-p01.1'],
      ['s11-p02.1', 's11-p02.2', 's11-p02.3'],
      ['s11-p03.1'],
      ['s11-p04.1', 's11-p04.2'],
    ]);
    expect(markedWords(paragraphs, 's11-p02.2').filter(([kind]) => kind !== 'mention')).toEqual([
      [
        'sentence',
        'highlight',
        '在哈萨克斯坦建成谢列克60兆瓦风电、札纳塔斯100兆瓦风电等项目，每年为当地提供超5.5亿千瓦时的绿色电力；在乌兹别克斯坦，纳沃伊100兆瓦光伏电站和泽拉夫善500兆瓦风电项目每年可满足约50万户家庭的用电需求。',
      ],
      ['quote', 'highlight', '泽拉夫善500兆瓦风电项目'],
    ]);
  });

  it('marks in the translation the words that render the quote and each mention', () => {
    const paragraphs = translatedParagraphs(s11, english, projects, spanOf('泽拉夫善500兆瓦风电项目'));
    const marks = markedWords(paragraphs, 's11-p02.2');
    expect(marks.filter(([kind]) => kind === 'quote')).toEqual([['quote', 'highlight', 'Zarafshan 500 MW wind power project']]);
    expect(marks.filter(([kind]) => kind === 'mention')).toEqual([
      ['mention', 'shelek-wind-60', 'Shelek 60 MW wind farm'],
      ['mention', 'zhanatas-wind-100', 'Zhanatas 100 MW wind farm'],
      ['mention', 'navoi-solar-100', 'Nur Navoi 100 MW solar plant'],
      ['mention', 'zarafshan-wind-500', 'Zarafshan 500 MW wind power project'],
    ]);
  });

  it('highlights a whole translated sentence for a whole original one (a search hit)', () => {
    const sentence = english.sentences.find((candidate) => candidate.id === 's11-p04.1');
    if (sentence === undefined) throw new Error('s11 has no sentence s11-p04.1');
    const paragraphs = translatedParagraphs(s11, english, projects, { paragraph: sentence.paragraph, start: sentence.start, end: sentence.end });
    expect(markedWords(paragraphs, 's11-p04.1')).toEqual([
      ['sentence', 'highlight', sentence.text],
      ['quote', 'highlight', sentence.text],
    ]);
  });
});

describe('speechTranslation', () => {
  it('names the speaker in the interface language, and as the article does in Chinese', () => {
    expect(speakerIn(s11, 'en').name).toBe('Tan Xiaofeng');
    expect(speakerIn(s11, 'ru').name).toBe('Тань Сяофэн');
    expect(speakerIn(s11, 'zh').name).toBe('谭晓峰');
  });

  it('gives the translated words of a quote, and nothing when the speech has no translation', () => {
    const ref = { speech: 's11', quote: '每年可满足约50万户家庭的用电需求', span: spanOf('每年可满足约50万户家庭的用电需求') };
    expect(translatedQuoteWords(s11, ref, 'en')).toBe('can meet the electricity needs of about 500,000 households every year');
    expect(translatedQuoteWords({ ...s11, translations: undefined }, ref, 'ru')).toBe('');
  });
});
