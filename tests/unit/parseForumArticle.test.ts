import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseForumArticle, type PageBreakRepair } from '../../src/domain/speeches/parseForumArticle';

const SOURCE_PATH = resolve(import.meta.dirname, '../../data/sources/000_65f6f29149958dcc.txt');
const source = readFileSync(SOURCE_PATH, 'utf8');
const article = parseForumArticle(source);

const EXPECTED_SPEECHES = [
  { id: 's01', headline: '为推动交流互信搭建桥梁', line: '哈萨克斯坦总统广播电视总局总干事 晓姆·卡吉巴耶娃', name: '晓姆·卡吉巴耶娃', role: '总干事', organization: '哈萨克斯坦总统广播电视总局', paragraphCount: 5 },
  { id: 's02', headline: '同心笃行 携手共赢', line: '人民日报社副总编辑 方江山', name: '方江山', role: '副总编辑', organization: '人民日报社', paragraphCount: 3 },
  { id: 's03', headline: '打造人文交往的多功能平台', line: '哈萨克斯坦文化与信息部副部长 叶夫根尼·科切托夫', name: '叶夫根尼·科切托夫', role: '副部长', organization: '哈萨克斯坦文化与信息部', paragraphCount: 5 },
  { id: 's04', headline: '当好国际合作的“助推器”', line: '中国—中亚机制秘书长 孙玮东', name: '孙玮东', role: '秘书长', organization: '中国—中亚机制', paragraphCount: 4 },
  { id: 's05', headline: '夯实睦邻友好民意基础', line: '中国驻哈萨克斯坦大使 韩春霖', name: '韩春霖', role: '大使', organization: '中国驻哈萨克斯坦', paragraphCount: 4 },
  { id: 's06', headline: '建设信息联通的“软性”基础设施', line: '土库曼斯坦《金色世纪》电子报社社长 梅拉特·别克穆拉多夫', name: '梅拉特·别克穆拉多夫', role: '社长', organization: '土库曼斯坦《金色世纪》电子报社', paragraphCount: 4 },
  { id: 's07', headline: '用好报道编织连接彼此的精神纽带', line: '中央广播电视总台亚欧总站站长 王 斌', name: '王斌', role: '站长', organization: '中央广播电视总台亚欧总站', paragraphCount: 3 },
  { id: 's08', headline: '为中亚能源转型注入强劲动力', line: '通用技术集团国际控股有限公司副总经理 武 艺', name: '武艺', role: '副总经理', organization: '通用技术集团国际控股有限公司', paragraphCount: 5 },
  { id: 's09', headline: '与各国人民共建绿色丝路', line: '中交集团中国水利电力对外有限公司党委书记、董事长 万启洲', name: '万启洲', role: '党委书记、董事长', organization: '中交集团中国水利电力对外有限公司', paragraphCount: 4 },
  { id: 's10', headline: '优势互补，践行丝路精神', line: '中国石油中亚俄罗斯公司副总经理 常福权', name: '常福权', role: '副总经理', organization: '中国石油中亚俄罗斯公司', paragraphCount: 5 },
  { id: 's11', headline: '高效协同，提升互联互通水平', line: '中国电建欧亚区域总部副总经理 谭晓峰', name: '谭晓峰', role: '副总经理', organization: '中国电建欧亚区域总部', paragraphCount: 4 },
  { id: 's12', headline: '展现构建命运共同体的生动实践', line: '新华通讯社阿拉木图分社社长 赵 宇', name: '赵宇', role: '社长', organization: '新华通讯社阿拉木图分社', paragraphCount: 4 },
];

// Every page break in the source, found by reading the text; `before`/`after` are the
// 8 characters either side of the join.
const EXPECTED_REPAIRS: PageBreakRepair[] = [
  { speechId: 's01', paragraphId: 's01-p03', before: '仅是商品的流通，', after: '也是理念、意义和' },
  { speechId: 's02', paragraphId: 's02-p02', before: '移的历史大势不可', after: '逆转；人类共处的' },
  { speechId: 's03', paragraphId: 's03-p03', before: '文化交流提供了新', after: '动力。关于在两国' },
  { speechId: 's04', paragraphId: 's04-p02', before: '作，有力促进了民', after: '心相通。' },
  { speechId: 's05', paragraphId: 's05-p02', before: '营造了良好的舆论', after: '氛围。' },
  { speechId: 's07', paragraphId: 's07-p02', before: '；开展人工智能、', after: '5G传播等前沿领' },
  { speechId: 's08', paragraphId: 's08-p03', before: '泵站作为乌兹别克', after: '斯坦首个大型泵站' },
  { speechId: 's09', paragraphId: 's09-p02', before: '洁能源项目，为当', after: '地发展注入绿色动' },
  { speechId: 's10', paragraphId: 's10-p03', before: '奇姆肯特炼厂的现', after: '代化改造，使其成' },
];

const withoutWhitespace = (text: string): string => text.replace(/\s+/gu, '');

function findSpeech(id: string) {
  const speech = article.speeches.find((candidate) => candidate.id === id);
  if (speech === undefined) throw new Error(`speech ${id} missing`);
  return speech;
}

function findParagraph(speechId: string, paragraphId: string): string {
  const paragraph = findSpeech(speechId).paragraphs.find((candidate) => candidate.id === paragraphId);
  if (paragraph === undefined) throw new Error(`paragraph ${paragraphId} missing`);
  return paragraph.text;
}

describe('parseForumArticle on the real forum article', () => {
  it('reads the title', () => {
    expect(article.title).toBe('2025 中国—中亚媒体合作论坛');
  });

  it('finds exactly 12 speeches with their headlines and speakers', () => {
    const actual = article.speeches.map((speech) => ({
      id: speech.id,
      headline: speech.headline,
      ...speech.speaker,
      paragraphCount: speech.paragraphs.length,
    }));
    expect(actual).toEqual(EXPECTED_SPEECHES);
  });

  it('numbers paragraphs per speech', () => {
    expect(findSpeech('s02').paragraphs.map((paragraph) => paragraph.id)).toEqual(['s02-p01', 's02-p02', 's02-p03']);
  });

  it('removes the stray space from two-character names only', () => {
    expect(findSpeech('s07').speaker).toMatchObject({ line: '中央广播电视总台亚欧总站站长 王 斌', name: '王斌' });
    expect(findSpeech('s01').speaker.name).toBe('晓姆·卡吉巴耶娃');
  });

  it('reports exactly the expected page-break repairs', () => {
    expect(article.repairs).toEqual(EXPECTED_REPAIRS);
  });

  it.each(EXPECTED_REPAIRS)('joins the break in $paragraphId: …$before|$after…', (repair) => {
    expect(findParagraph(repair.speechId, repair.paragraphId)).toContain(repair.before + repair.after);
  });

  it('keeps a paragraph ending in 。 separate even when the next one seems to continue it', () => {
    expect(findParagraph('s11', 's11-p02').endsWith('参与共建项目，深化互联互通。')).toBe(true);
    expect(findParagraph('s11', 's11-p03').startsWith('在哈萨克斯坦，“双西公路”')).toBe(true);
  });

  it('keeps typos as written', () => {
    expect(findParagraph('s01', 's01-p01')).toContain('催化劑');
    expect(findParagraph('s01', 's01-p05')).toContain('更能地区');
  });

  it('loses and adds no character apart from the spaces in names', () => {
    const output = [
      article.title,
      ...article.speeches.flatMap((speech) => [
        speech.headline,
        speech.speaker.organization,
        speech.speaker.role,
        speech.speaker.name,
        ...speech.paragraphs.map((paragraph) => paragraph.text),
      ]),
    ].join('');
    expect(withoutWhitespace(output)).toBe(withoutWhitespace(source));
  });
});

describe('parseForumArticle on synthetic input', () => {
  it('parses a minimal article of two speeches', () => {
    const parsed = parseForumArticle(
      ['论坛标题', '第一篇标题', '某报社社长 李 明', '第一段。', '第二段！', '第二篇标题', '某部副部长 阿依古丽·托合提', '唯一一段。'].join('\n\n'),
    );
    expect(parsed).toEqual({
      title: '论坛标题',
      speeches: [
        {
          id: 's01',
          headline: '第一篇标题',
          speaker: { line: '某报社社长 李 明', name: '李明', role: '社长', organization: '某报社' },
          paragraphs: [
            { id: 's01-p01', text: '第一段。' },
            { id: 's01-p02', text: '第二段！' },
          ],
        },
        {
          id: 's02',
          headline: '第二篇标题',
          speaker: { line: '某部副部长 阿依古丽·托合提', name: '阿依古丽·托合提', role: '副部长', organization: '某部' },
          paragraphs: [{ id: 's02-p01', text: '唯一一段。' }],
        },
      ],
      repairs: [],
    });
  });

  it('rejoins a block cut mid-word and records the join', () => {
    const parsed = parseForumArticle(
      ['标题', '小标题', '某公司副总经理 张 三', '新建泵站是乌兹别克', '斯坦首个大型泵站。', '下一段。'].join('\n\n'),
    );
    expect(parsed.speeches[0]?.paragraphs).toEqual([
      { id: 's01-p01', text: '新建泵站是乌兹别克斯坦首个大型泵站。' },
      { id: 's01-p02', text: '下一段。' },
    ]);
    expect(parsed.repairs).toEqual([
      { speechId: 's01', paragraphId: 's01-p01', before: '建泵站是乌兹别克', after: '斯坦首个大型泵站' },
    ]);
  });

  it('does not join an unfinished last paragraph to the next speech', () => {
    const parsed = parseForumArticle(
      ['标题', '小标题一', '某报社社长 李明', '没有句号的结尾', '小标题二', '某站站长 王芳', '正文。'].join('\n\n'),
    );
    expect(parsed.speeches.map((speech) => speech.paragraphs.map((paragraph) => paragraph.text))).toEqual([
      ['没有句号的结尾'],
      ['正文。'],
    ]);
    expect(parsed.repairs).toEqual([]);
  });

  it('throws naming the speaker line when the role is unknown', () => {
    const withUnknownRole = ['标题', '小标题', '某协会会长 李明', '正文。'].join('\n\n');
    expect(() => parseForumArticle(withUnknownRole)).toThrow(Error);
    expect(() => parseForumArticle(withUnknownRole)).toThrow('某协会会长 李明');
  });

  it('throws naming the line when text precedes the first speech', () => {
    expect(() => parseForumArticle(['标题', '孤立的一段。', '小标题', '某报社社长 李明', '正文。'].join('\n\n'))).toThrow(
      'Line 3',
    );
  });
});
