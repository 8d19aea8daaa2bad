// Long bar labels (a group's name and its members) broken into lines an SVG axis can draw.

/** A Han character or full-width sign is drawn about twice as wide as a Latin letter. */
const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/;
/** One wide character, or a run of narrow ones up to and including its trailing spaces. */
const TOKENS = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+\s*|\s+/g;

/** Lines of at most about maxWidth Latin letters, broken between words, or anywhere in Chinese. */
export function wrapLabel(text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const token of text.match(TOKENS) ?? []) {
    const wide = WIDE.test(token);
    // A trailing space takes no room at the end of a line.
    if (width > 0 && width + (wide ? 2 : token.trimEnd().length) > maxWidth) {
      lines.push(line.trimEnd());
      line = '';
      width = 0;
    }
    if (line === '' && token.trim() === '') continue;
    line += token;
    width += wide ? 2 : token.length;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
