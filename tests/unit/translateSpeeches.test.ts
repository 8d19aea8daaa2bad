import { describe, expect, it } from 'vitest';
import type { Figure, QuoteRef, Speech } from '../../src/data/atlasSchema';
import { formatProblem } from '../../src/data/validateAtlas';
import { inEnglish } from '../../src/data/loadMessages';
import { translateSpeeches, type TakenQuote } from '../../data/scripts/translateSpeeches';
import { sourceHash } from '../../data/translations/sourceHash';
import type { SpeechTranslation } from '../../data/translations/translationTypes';

// A two-paragraph speech in the forum's manner, with one project mention and one figure.
const HEADLINE = '为能源转型注入动力';
const SPEAKER_LINE = '中国电建欧亚区域总部副总经理 谭晓峰';
const P1 = '在乌兹别克斯坦，泽拉夫善500兆瓦风电项目每年可满足约50万户家庭的用电需求。我们将继续努力。';
const P2 = '合作前景广阔。';
const SPEECH: Speech = {
  id: 's11',
  headline: HEADLINE,
  speaker: { line: SPEAKER_LINE, name: '谭晓峰', role: '副总经理', organization: '中国电建欧亚区域总部' },
  paragraphs: [
    { id: 's11-p01', text: P1 },
    { id: 's11-p02', text: P2 },
  ],
};

function quoteRef(quote: string): QuoteRef {
  const start = P1.indexOf(quote);
  return { speech: 's11', quote, span: { paragraph: 0, start, end: start + quote.length } };
}

const MENTION = '泽拉夫善500兆瓦风电项目';
const FIGURE_QUOTE = '每年可满足约50万户家庭的用电需求';
const HOUSEHOLDS: Figure = {
  ...quoteRef(FIGURE_QUOTE),
  id: 'navoi-zarafshan.households_served',
  metric: 'households_served',
  value: 500_000,
  unit: 'households',
  qualifier: 'about',
  amount: '约50万户',
};
const TAKEN: TakenQuote[] = [
  { ref: quoteRef(MENTION), figure: null },
  { ref: HOUSEHOLDS, figure: HOUSEHOLDS },
];

const EN_1 = 'In Uzbekistan, the Zarafshan 500 MW wind farm can meet the power needs of about 500,000 households a year.';
const RU_1 = 'В Узбекистане ветроэлектростанция «Зарафшан» мощностью 500 МВт может ежегодно обеспечивать электроэнергией около 500 тыс. домохозяйств.';

function completeRecord(): SpeechTranslation {
  return {
    speech: 's11',
    headline: { source: sourceHash(HEADLINE), en: 'Powering the energy transition', ru: 'Импульс энергетическому переходу' },
    speaker: {
      source: sourceHash(SPEAKER_LINE),
      name: { en: 'Tan Xiaofeng', ru: 'Тань Сяофэн' },
      nameSource: { title: 'Hanyu Pinyin / Palladius transcription of the Chinese name', url: null, note: 'Chinese speaker: name as romanised by the atlas' },
      role: { en: 'Deputy General Manager', ru: 'заместитель генерального директора' },
      organization: { en: 'PowerChina Eurasia Regional Headquarters', ru: 'Евразийская региональная штаб-квартира PowerChina' },
    },
    sentences: {
      's11-p01.1': {
        source: sourceHash('在乌兹别克斯坦，泽拉夫善500兆瓦风电项目每年可满足约50万户家庭的用电需求。'),
        en: EN_1,
        ru: RU_1,
        quotes: {
          [MENTION]: { en: 'the Zarafshan 500 MW wind farm', ru: 'ветроэлектростанция «Зарафшан» мощностью 500 МВт' },
          [FIGURE_QUOTE]: { en: 'can meet the power needs of about 500,000 households a year', ru: 'может ежегодно обеспечивать электроэнергией около 500 тыс. домохозяйств' },
        },
      },
      's11-p01.2': { source: sourceHash('我们将继续努力。'), en: 'We will keep working.', ru: 'Мы продолжим работу.' },
      's11-p02.1': { source: sourceHash('合作前景广阔。'), en: 'The prospects for cooperation are broad.', ru: 'Перспективы сотрудничества широки.' },
    },
  };
}

type RecordEdit = (record: SpeechTranslation) => void;

function problemsAfter(edit: RecordEdit): string[] {
  const record = completeRecord();
  edit(record);
  return translateSpeeches([SPEECH], [record], TAKEN).problems.map(formatProblem);
}

/** The record's first sentence, which holds both quotes. */
function first(record: SpeechTranslation) {
  const sentence = record.sentences['s11-p01.1'];
  if (sentence?.quotes === undefined) throw new Error('fixture lost its first sentence');
  return sentence;
}

describe('translateSpeeches', () => {
  it('aligns a complete record sentence by sentence, with the quoted words located in each translation', () => {
    const { speeches, problems } = translateSpeeches([SPEECH], [completeRecord()], TAKEN);
    expect(problems).toEqual([]);
    const english = speeches[0]?.translations?.en;
    expect(english?.headline).toBe('Powering the energy transition');
    expect(english?.speaker).toEqual({
      line: 'Tan Xiaofeng, Deputy General Manager, PowerChina Eurasia Regional Headquarters',
      name: 'Tan Xiaofeng',
      role: 'Deputy General Manager',
      organization: 'PowerChina Eurasia Regional Headquarters',
    });
    expect(english?.sentences.map(({ id, paragraph, start, end }) => ({ id, paragraph, start, end }))).toEqual([
      { id: 's11-p01.1', paragraph: 0, start: 0, end: 39 },
      { id: 's11-p01.2', paragraph: 0, start: 39, end: 47 },
      { id: 's11-p02.1', paragraph: 1, start: 0, end: 7 },
    ]);
    expect(english?.sentences[0]?.quotes).toEqual([
      { quote: MENTION, start: 15, end: 45 },
      { quote: FIGURE_QUOTE, start: 46, end: 105 },
    ]);
    const russian = speeches[0]?.translations?.ru?.sentences[0];
    expect(russian?.quotes.map(({ start, end }) => russian.text.slice(start, end))).toEqual([
      'ветроэлектростанция «Зарафшан» мощностью 500 МВт',
      'может ежегодно обеспечивать электроэнергией около 500 тыс. домохозяйств',
    ]);
  });

  it('refuses a sentence, headline or speaker field without its English or Russian, naming speech, paragraph and sentence', () => {
    expect(
      problemsAfter((record) => {
        first(record).ru = '';
        record.headline.en = ' ';
        record.speaker.role.ru = '';
      }),
    ).toEqual([
      'data/translations/s11.ts headline.en: the headline of speech s11 has no English translation [speech s11]',
      "data/translations/s11.ts speaker.role.ru: the speaker's role in speech s11 has no Russian translation [speech s11]",
      'data/translations/s11.ts sentences["s11-p01.1"].ru: sentence s11-p01.1 (speech s11, paragraph s11-p01) has no Russian translation [speech s11]',
    ]);
  });

  it('refuses a record for a sentence that no longer exists, and names a sentence left without one', () => {
    expect(
      problemsAfter((record) => {
        const moved = record.sentences['s11-p02.1'];
        delete record.sentences['s11-p02.1'];
        if (moved !== undefined) record.sentences['s11-p03.1'] = moved;
      }),
    ).toEqual([
      'data/translations/s11.ts sentences["s11-p03.1"]: translates sentence s11-p03.1, which speech s11 no longer has; remove the record or give it the right id [speech s11]',
      'data/translations/s11.ts sentences["s11-p02.1"]: sentence s11-p02.1 (speech s11, paragraph s11-p02) has no translation record [speech s11]',
    ]);
  });

  it('refuses a record whose Chinese changed since it was translated', () => {
    const changed: Speech = { ...SPEECH, paragraphs: [SPEECH.paragraphs[0] as Speech['paragraphs'][number], { id: 's11-p02', text: '合作前景十分广阔。' }] };
    const { problems } = translateSpeeches([changed], [completeRecord()], TAKEN);
    expect(problems.map(formatProblem)).toEqual([
      `data/translations/s11.ts sentences["s11-p02.1"].source: sentence s11-p02.1 (speech s11, paragraph s11-p02) changed since it was translated (hash ${sourceHash('合作前景广阔。')}, now ${sourceHash('合作前景十分广阔。')}: "合作前景十分广阔。"); re-read the Chinese, update the translation, then the hash [speech s11]`,
    ]);
  });

  it('refuses quoted words that are missing, not in the translation, or for a quote no record takes', () => {
    expect(
      problemsAfter((record) => {
        const quotes = first(record).quotes ?? {};
        delete quotes[MENTION];
        quotes[FIGURE_QUOTE] = { en: 'about 500,000 homes', ru: 'около 500 тыс. домохозяйств' };
        quotes['我们将继续努力'] = { en: 'keep working', ru: 'продолжим' };
      }),
    ).toEqual([
      'data/translations/s11.ts sentences["s11-p01.1"].quotes["我们将继续努力"]: names the quote "我们将继续努力", which no record takes from sentence s11-p01.1 (speech s11, paragraph s11-p01); remove the entry [speech s11]',
      'data/translations/s11.ts sentences["s11-p01.1"].quotes: has no entry for the quote "泽拉夫善500兆瓦风电项目" taken from sentence s11-p01.1 (speech s11, paragraph s11-p01) [speech s11]',
      'data/translations/s11.ts sentences["s11-p01.1"].quotes["每年可满足约50万户家庭的用电需求"].en: "about 500,000 homes" is not in the English translation of sentence s11-p01.1 (speech s11, paragraph s11-p01); copy the words exactly [speech s11]',
    ]);
  });

  it('refuses a figure whose translated words state another value or drop its qualifier, naming the figure', () => {
    expect(
      problemsAfter((record) => {
        const sentence = first(record);
        sentence.en = sentence.en.replace('about 500,000', 'about 50,000');
        sentence.ru = sentence.ru.replace('около 500 тыс.', '500 тыс.');
        const quotes = sentence.quotes ?? {};
        quotes[FIGURE_QUOTE] = { en: 'can meet the power needs of about 50,000 households a year', ru: 'может ежегодно обеспечивать электроэнергией 500 тыс. домохозяйств' };
      }),
    ).toEqual([
      'data/translations/s11.ts sentences["s11-p01.1"].quotes["每年可满足约50万户家庭的用电需求"].en: figure navoi-zarafshan.households_served (500000 households, about) is not what the English words "can meet the power needs of about 50,000 households a year" of sentence s11-p01.1 (speech s11, paragraph s11-p01) state: they read as 50000 (about) [speech s11]',
      'data/translations/s11.ts sentences["s11-p01.1"].quotes["每年可满足约50万户家庭的用电需求"].ru: figure navoi-zarafshan.households_served (500000 households, about) is not what the Russian words "может ежегодно обеспечивать электроэнергией 500 тыс. домохозяйств" of sentence s11-p01.1 (speech s11, paragraph s11-p01) state: they read as 500000 (no qualifier) [speech s11]',
    ]);
  });

  it('refuses a qualifier the Chinese lacks', () => {
    const plain: Figure = { ...quoteRef(MENTION), id: 'zarafshan-wind-500.capacity', metric: 'capacity', value: 500, unit: 'MW', qualifier: null, amount: '500兆瓦' };
    const record = completeRecord();
    const sentence = first(record);
    sentence.en = sentence.en.replace('the Zarafshan 500 MW', 'the Zarafshan wind farm of about 500 MW,');
    (sentence.quotes ?? {})[MENTION] = { en: 'the Zarafshan wind farm of about 500 MW', ru: 'ветроэлектростанция «Зарафшан» мощностью 500 МВт' };
    const { problems } = translateSpeeches([SPEECH], [record], [...TAKEN, { ref: plain, figure: plain }]);
    expect(problems.map((problem) => inEnglish(problem.message))).toEqual([
      'figure zarafshan-wind-500.capacity (500 MW, no qualifier) is not what the English words "the Zarafshan wind farm of about 500 MW" of sentence s11-p01.1 (speech s11, paragraph s11-p01) state: they read as 500 (about)',
    ]);
  });

  it('names a speech without a record and a record for a speech the source does not have', () => {
    const stray = { ...completeRecord(), speech: 's13' };
    const { speeches, problems } = translateSpeeches([SPEECH], [stray], TAKEN);
    expect(problems.map(formatProblem)).toEqual([
      'data/translations/s13.ts speech: translates speech s13, which the source text does not have [speech s13]',
      'data/translations/index.ts: speech s11 has no translation record [speech s11]',
    ]);
    expect(speeches[0]?.translations).toBeUndefined();
  });
});
