// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../src/domain/provenance/locateQuote';
import { groupRuns, segmentParagraph, type TextMark } from '../../src/domain/provenance/segmentParagraph';
import { HIGHLIGHT_ID, citedProjects, speechMarks, type ReaderMark } from '../../src/domain/provenance/speechMarks';
import { builtAtlasData } from '../fixtures/builtAtlas';

const mark = (start: number, end: number, id: string, kind = 'mention'): TextMark => ({ start, end, kind, id });

/** Each segment as [text, ids of the marks covering it]. */
function describeSegments(text: string, marks: TextMark[]) {
  return segmentParagraph(text, marks).map((segment) => [segment.text, segment.marks.map((covering) => covering.id)]);
}

describe('segmentParagraph', () => {
  it('returns the whole text as one unmarked segment when there are no marks', () => {
    expect(describeSegments('一二三', [])).toEqual([['一二三', []]]);
  });

  it('returns no segments for an empty paragraph', () => {
    expect(segmentParagraph('', [mark(0, 2, 'a')])).toEqual([]);
  });

  it('cuts partly overlapping marks into before, shared and after', () => {
    expect(describeSegments('abcdefgh', [mark(1, 5, 'a'), mark(3, 7, 'b')])).toEqual([
      ['a', []],
      ['bc', ['a']],
      ['de', ['a', 'b']],
      ['fg', ['b']],
      ['h', []],
    ]);
  });

  it('keeps a nested mark inside its outer mark', () => {
    expect(describeSegments('abcdef', [mark(0, 6, 'outer'), mark(2, 4, 'inner')])).toEqual([
      ['ab', ['outer']],
      ['cd', ['outer', 'inner']],
      ['ef', ['outer']],
    ]);
  });

  it('gives identical marks the same segment, in the order given', () => {
    expect(describeSegments('xabx', [mark(1, 3, 'astana'), mark(1, 3, 'beijing')])).toEqual([
      ['x', []],
      ['ab', ['astana', 'beijing']],
      ['x', []],
    ]);
  });

  it('keeps adjacent marks apart', () => {
    expect(describeSegments('abcd', [mark(0, 2, 'a'), mark(2, 4, 'b')])).toEqual([
      ['ab', ['a']],
      ['cd', ['b']],
    ]);
  });

  it('ignores empty marks and clips marks to the text', () => {
    expect(describeSegments('abc', [mark(1, 1, 'empty'), mark(2, 10, 'long'), mark(-3, 1, 'early')])).toEqual([
      ['a', ['early']],
      ['b', []],
      ['c', ['long']],
    ]);
  });

  it('always covers the text exactly, and each mark exactly its own range', () => {
    const text = '中国—中亚天然气管道自运营以来';
    const markArbitrary = fc
      .tuple(fc.integer({ min: 0, max: text.length }), fc.integer({ min: 0, max: text.length }), fc.constantFrom('a', 'b', 'c'))
      .map(([from, to, id]) => mark(Math.min(from, to), Math.max(from, to), id));
    fc.assert(
      fc.property(fc.array(markArbitrary, { maxLength: 6 }), (marks) => {
        const segments = segmentParagraph(text, marks);
        expect(segments.map((segment) => segment.text).join('')).toBe(text);
        for (const given of marks) {
          const covered = segments.filter((segment) => segment.marks.includes(given)).map((segment) => segment.text).join('');
          expect(covered).toBe(text.slice(given.start, given.end));
        }
      }),
    );
  });
});

describe('groupRuns', () => {
  it('joins consecutive segments with equal keys and reports each run’s range', () => {
    const segments = segmentParagraph('abcdefgh', [mark(1, 5, 'a'), mark(3, 7, 'b')]);
    const runs = groupRuns(segments, (segment) => (segment.marks.some((covering) => covering.id === 'a') ? 'a' : ''));
    expect(runs.map((run) => [run.key, run.start, run.end, run.segments.length])).toEqual([
      ['', 0, 1, 1],
      ['a', 1, 5, 2],
      ['', 5, 8, 2],
    ]);
  });

  it('returns no runs for no segments', () => {
    expect(groupRuns([], () => 'any')).toEqual([]);
  });
});

describe('speechMarks', () => {
  const data = builtAtlasData();
  const projects = data.atlas.projects.features;
  const figureProject = projects.find((project) => project.properties.figures.length > 0);
  if (figureProject === undefined) throw new Error('the dataset has no project with figures');
  const [figure] = figureProject.properties.figures;
  if (figure === undefined) throw new Error('unreachable: the project has figures');
  const speech = data.speechesById.get(figure.speech);
  if (speech === undefined) throw new Error(`no speech ${figure.speech}`);

  it('marks the quote and the sentence around it in the quote’s paragraph', () => {
    const marks = speechMarks(speech, projects, figure.span);
    const text = speech.paragraphs[figure.span.paragraph]?.text ?? '';
    const highlight = marks[figure.span.paragraph]?.filter((item) => item.id === HIGHLIGHT_ID);
    const sentence = sentenceAround(text, figure.span.start, figure.span.end);
    expect(highlight).toEqual([
      { start: sentence.start, end: sentence.end, kind: 'sentence', id: HIGHLIGHT_ID },
      { start: figure.span.start, end: figure.span.end, kind: 'quote', id: HIGHLIGHT_ID },
    ]);
  });

  it('marks every mention of every project in that speech, and nothing from other speeches', () => {
    const marks = speechMarks(speech, projects, null);
    const expected = projects.flatMap((project) =>
      project.properties.mentions.filter((mention) => mention.speech === speech.id).map((mention) => `${project.id}@${mention.span.paragraph}:${mention.span.start}-${mention.span.end}`),
    );
    const found = marks.flatMap((paragraphMarks, paragraph) => paragraphMarks.map((item) => `${item.id}@${paragraph}:${item.start}-${item.end}`));
    expect(expected.length).toBeGreaterThan(0);
    expect(found.sort()).toEqual(expected.sort());
  });

  it('ignores a quote that does not fit the speech (a hand-edited link)', () => {
    const marks = speechMarks(speech, projects, { paragraph: speech.paragraphs.length, start: 0, end: 2 });
    expect(marks.flat().filter((item) => item.id === HIGHLIGHT_ID)).toEqual([]);
  });

  it('names each cited project once', () => {
    const mention = (start: number, end: number, id: string): ReaderMark => ({ start, end, kind: 'mention', id });
    const quote: ReaderMark = { start: 0, end: 3, kind: 'quote', id: HIGHLIGHT_ID };
    expect(citedProjects([mention(0, 2, 'a'), quote, mention(0, 2, 'b'), mention(1, 3, 'a')])).toEqual(['a', 'b']);
  });
});
