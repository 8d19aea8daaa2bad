// Parses the forum article extracted from a PDF (data/sources/000_*.txt) into speeches.
// The text has no markup: a title block, then per speech a headline block, a speaker
// block and paragraph blocks, all separated by blank lines. PDF page breaks split some
// paragraphs into two blocks; those are rejoined and every join is reported.

export interface PageBreakRepair {
  speechId: string;
  paragraphId: string;
  /** last 8 chars before the join */
  before: string;
  /** first 8 chars after it */
  after: string;
}

export interface ParsedSpeech {
  /** 's01'..'s12' in order of appearance (stable while the source is unchanged) */
  id: string;
  headline: string;
  speaker: {
    /** as written */
    line: string;
    /** stray space removed in 2-char names: "王斌" */
    name: string;
    role: string;
    organization: string;
  };
  /** ids like 's01-p01' */
  paragraphs: { id: string; text: string }[];
}

export interface ParsedArticle {
  title: string;
  speeches: ParsedSpeech[];
  repairs: PageBreakRepair[];
}

interface SourceBlock {
  text: string;
  /** 1-based line of the block's first line, for error messages. */
  line: number;
}

interface SpeechBlocks {
  headline: SourceBlock;
  speaker: SourceBlock;
  body: SourceBlock[];
}

/**
 * Role titles that end a speaker's affiliation. Longer titles win, so "副总经理" is not
 * read as organisation "…副" + role "总经理", nor "党委书记、董事长" as plain "董事长".
 */
const ROLE_TITLES: readonly string[] = [
  '党委书记、董事长',
  '董事长',
  '副总经理',
  '总经理',
  '副总编辑',
  '总编辑',
  '副部长',
  '部长',
  '总干事',
  '秘书长',
  '大使',
  '社长',
  '站长',
].toSorted((a, b) => b.length - a.length);

/** Marks that end a sentence or clause; a paragraph block without one at its end was cut. */
const SENTENCE_FINAL = new Set(['。', '！', '？', '；', '：', '”', '…']);

// Headlines may contain "，" ("优势互补，践行丝路精神") and even a space ("同心笃行 携手共赢"),
// but never a full sentence.
const HEADLINE_FORBIDDEN = /[。；：！？]/u;
// Speaker lines may contain "、" between two roles ("党委书记、董事长"), but no clause punctuation.
const SPEAKER_FORBIDDEN = /[，。；：！？]/u;
const AFFILIATION_AND_NAME = /^(\S+)\s+(\S.*)$/u;
const TWO_HAN_CHARACTERS = /^\p{Script=Han}{2}$/u;

const REPAIR_CONTEXT_LENGTH = 8;

/** Throws an Error naming the line/block when the structure is not recognised. */
export function parseForumArticle(source: string): ParsedArticle {
  const [titleBlock, ...rest] = splitIntoBlocks(source);
  if (titleBlock === undefined) throw new Error('Article is empty: no title block found');

  const speeches: ParsedSpeech[] = [];
  const repairs: PageBreakRepair[] = [];
  groupIntoSpeeches(rest).forEach((blocks, index) => {
    const id = `s${twoDigits(index + 1)}`;
    const joined = joinPageBreaks(id, blocks.body);
    speeches.push({
      id,
      headline: blocks.headline.text,
      speaker: parseSpeakerLine(blocks.speaker),
      paragraphs: joined.paragraphs,
    });
    repairs.push(...joined.repairs);
  });
  return { title: titleBlock.text, speeches, repairs };
}

function splitIntoBlocks(source: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let pending: string[] = [];
  let pendingStart = 0;
  const flush = (): void => {
    if (pending.length > 0) blocks.push({ text: pending.join('\n').trim(), line: pendingStart });
    pending = [];
  };
  source.split(/\r?\n/u).forEach((line, index) => {
    if (line.trim() === '') {
      flush();
      return;
    }
    if (pending.length === 0) pendingStart = index + 1;
    pending.push(line);
  });
  flush();
  return blocks;
}

function groupIntoSpeeches(blocks: SourceBlock[]): SpeechBlocks[] {
  const speeches: SpeechBlocks[] = [];
  let index = 0;
  while (index < blocks.length) {
    const block = blocks[index];
    const next = blocks[index + 1];
    if (block === undefined) break;
    if (next !== undefined && looksLikeHeadline(block.text) && looksLikeSpeakerLine(next.text)) {
      speeches.push({ headline: block, speaker: next, body: [] });
      index += 2;
      continue;
    }
    const current = speeches.at(-1);
    // Text between the title and the first headline has no speech to belong to.
    if (current === undefined) {
      throw new Error(`Line ${block.line}: expected a speech headline followed by a speaker line, found "${block.text}"`);
    }
    current.body.push(block);
    index += 1;
  }
  for (const speech of speeches) {
    if (speech.body.length === 0) {
      throw new Error(`Line ${speech.headline.line}: speech "${speech.headline.text}" has no paragraphs`);
    }
  }
  return speeches;
}

function looksLikeHeadline(text: string): boolean {
  return !text.includes('\n') && !HEADLINE_FORBIDDEN.test(text);
}

function looksLikeSpeakerLine(text: string): boolean {
  return !text.includes('\n') && !SPEAKER_FORBIDDEN.test(text) && AFFILIATION_AND_NAME.test(text);
}

function parseSpeakerLine(block: SourceBlock): ParsedSpeech['speaker'] {
  const match = AFFILIATION_AND_NAME.exec(block.text);
  const affiliation = match?.[1];
  const writtenName = match?.[2];
  if (affiliation === undefined || writtenName === undefined) {
    throw new Error(`Line ${block.line}: speaker line "${block.text}" has no space before the name`);
  }
  const role = ROLE_TITLES.find((title) => affiliation.endsWith(title));
  if (role === undefined) {
    throw new Error(`Line ${block.line}: unknown role in speaker line "${block.text}"`);
  }
  const organization = affiliation.slice(0, affiliation.length - role.length);
  if (organization === '') {
    throw new Error(`Line ${block.line}: speaker line "${block.text}" names no organisation`);
  }
  return { line: block.text, name: normaliseName(writtenName), role, organization };
}

/**
 * PDF extraction spaces out two-character Chinese names ("王 斌"); longer or
 * transliterated names ("晓姆·卡吉巴耶娃") are kept exactly as written.
 */
function normaliseName(writtenName: string): string {
  const compact = writtenName.replace(/\s+/gu, '');
  return TWO_HAN_CHARACTERS.test(compact) ? compact : writtenName;
}

function joinPageBreaks(
  speechId: string,
  body: SourceBlock[],
): { paragraphs: ParsedSpeech['paragraphs']; repairs: PageBreakRepair[] } {
  const texts: string[] = [];
  const repairs: PageBreakRepair[] = [];
  let continuesPrevious = false;
  for (const block of body) {
    const previous = texts.at(-1);
    if (continuesPrevious && previous !== undefined) {
      repairs.push({
        speechId,
        paragraphId: paragraphId(speechId, texts.length),
        before: lastChars(previous, REPAIR_CONTEXT_LENGTH),
        after: firstChars(block.text, REPAIR_CONTEXT_LENGTH),
      });
      // Chinese has no inter-word spaces, so the halves are glued directly.
      texts[texts.length - 1] = previous + block.text;
    } else {
      texts.push(block.text);
    }
    continuesPrevious = !endsSentence(texts.at(-1) ?? '');
  }
  const paragraphs = texts.map((text, index) => ({ id: paragraphId(speechId, index + 1), text }));
  return { paragraphs, repairs };
}

function endsSentence(text: string): boolean {
  const lastCharacter = lastChars(text, 1);
  return SENTENCE_FINAL.has(lastCharacter);
}

function paragraphId(speechId: string, position: number): string {
  return `${speechId}-p${twoDigits(position)}`;
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

// Code-point based so a character outside the BMP is never cut in half.
function lastChars(text: string, count: number): string {
  return Array.from(text).slice(-count).join('');
}

function firstChars(text: string, count: number): string {
  return Array.from(text).slice(0, count).join('');
}
