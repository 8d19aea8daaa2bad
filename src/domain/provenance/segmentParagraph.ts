// Cuts a paragraph into pieces at every mark boundary, so marks that overlap, nest or repeat
// (two projects citing the same words) can each be rendered without nesting interactive elements.

/** A range of a paragraph to render specially: [start, end) in UTF-16 offsets. */
export interface TextMark<Kind extends string = string> {
  start: number;
  end: number;
  kind: Kind;
  id: string;
}

/** A maximal piece of text covered by the same marks, in the order they were given. */
export interface TextSegment<Mark extends TextMark> {
  start: number;
  end: number;
  text: string;
  marks: Mark[];
}

/** Consecutive segments that share a key, covering [start, end). */
export interface SegmentRun<Mark extends TextMark> {
  key: string;
  start: number;
  end: number;
  segments: TextSegment<Mark>[];
}

/**
 * Ordered segments covering the whole text; marks are clipped to the text, and a mark that
 * covers nothing (end ≤ start) covers no segment.
 */
export function segmentParagraph<Mark extends TextMark>(text: string, marks: readonly Mark[]): TextSegment<Mark>[] {
  const clip = (offset: number) => Math.min(Math.max(offset, 0), text.length);
  const spans = marks.map((mark) => ({ mark, start: clip(mark.start), end: clip(mark.end) })).filter(({ start, end }) => end > start);
  const boundaries = [...new Set([0, text.length, ...spans.flatMap(({ start, end }) => [start, end])])].sort((a, b) => a - b);
  const segments: TextSegment<Mark>[] = [];
  let start = 0;
  for (const end of boundaries) {
    if (end === start) continue;
    const covering = spans.filter((span) => span.start <= start && span.end >= end).map(({ mark }) => mark);
    segments.push({ start, end, text: text.slice(start, end), marks: covering });
    start = end;
  }
  return segments;
}

/** Groups consecutive segments whose key is equal (e.g. "inside the highlighted sentence"). */
export function groupRuns<Mark extends TextMark>(segments: readonly TextSegment<Mark>[], keyOf: (segment: TextSegment<Mark>) => string): SegmentRun<Mark>[] {
  const runs: SegmentRun<Mark>[] = [];
  for (const segment of segments) {
    const key = keyOf(segment);
    const last = runs.at(-1);
    if (last !== undefined && last.key === key) {
      last.segments.push(segment);
      last.end = segment.end;
    } else {
      runs.push({ key, start: segment.start, end: segment.end, segments: [segment] });
    }
  }
  return runs;
}
