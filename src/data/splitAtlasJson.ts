// Splits an atlas file's bytes into its small head and its projects, so a dataset too large for one
// JavaScript string (V8: 2^29 − 24 characters, about a million projects) is still read: the head
// and each batch of projects are decoded and given to JSON.parse on their own.
//
// This only finds where projects.features' elements start and end; JSON.parse does all the
// parsing. A streaming JSON parser would build every value in JavaScript instead: measured on a
// 20,000-project file, @streamparser/json took 972 ms where JSON.parse took 220 ms.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/** The nesting depth of projects.features' elements: top-level object, projects, features. */
const FEATURES_DEPTH = 3;

export interface AtlasJsonParts {
  /** The file with an empty features array: everything but the projects, parsed whole. */
  head: string;
  /** Byte ranges [start, end) of the features array's elements, each with its separators trimmed off. */
  featureStarts: Float64Array;
  featureEnds: Float64Array;
}

/** The index of the quote that closes the string opened at `open` (bytes.length when it never closes). */
function stringEnd(bytes: Uint8Array, open: number): number {
  let close = bytes.indexOf(QUOTE, open + 1);
  while (close !== -1) {
    let backslashes = 0;
    while (bytes[close - 1 - backslashes] === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return close;
    close = bytes.indexOf(QUOTE, close + 1);
  }
  return bytes.length;
}

const isWhitespace = (byte: number | undefined) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/**
 * The head and the features' byte ranges, or null when the bytes hold no `projects.features` array
 * at the top level (the caller then parses the text whole, and the schema says what is missing).
 */
export function splitAtlasJson(bytes: Uint8Array): AtlasJsonParts | null {
  const decoder = new TextDecoder();
  const keys: (string | undefined)[] = [];
  let depth = 0;
  let lastString: [number, number] | null = null;
  let arrayOpen = -1;
  let arrayClose = -1;
  const separators: number[] = [];

  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index];
    if (byte === QUOTE) {
      const close = stringEnd(bytes, index);
      if (depth < FEATURES_DEPTH) lastString = [index, close + 1];
      index = close;
    } else if (byte === COLON) {
      if (depth < FEATURES_DEPTH && lastString !== null) keys[depth] = JSON.parse(decoder.decode(bytes.subarray(...lastString))) as string;
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      depth += 1;
      const isFeatures = byte === OPEN_ARRAY && depth === FEATURES_DEPTH && keys[1] === 'projects' && keys[2] === 'features';
      if (isFeatures && arrayOpen === -1) {
        arrayOpen = index;
        separators.push(index);
      }
      // A container's keys are its own: an array at this depth must not inherit an object's last key.
      keys[depth] = undefined;
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      if (depth === FEATURES_DEPTH && arrayOpen !== -1 && arrayClose === -1) {
        arrayClose = index;
        separators.push(index);
      }
      depth -= 1;
    } else if (byte === COMMA && depth === FEATURES_DEPTH && arrayOpen !== -1 && arrayClose === -1) {
      separators.push(index);
    }
  }
  if (arrayClose === -1) return null;
  const head = decoder.decode(bytes.subarray(0, arrayOpen + 1)) + decoder.decode(bytes.subarray(arrayClose));
  const elements = separators.length - 1;
  const featureStarts = new Float64Array(elements);
  const featureEnds = new Float64Array(elements);
  for (let element = 0; element < elements; element += 1) {
    let start = (separators[element] as number) + 1;
    let end = separators[element + 1] as number;
    while (start < end && isWhitespace(bytes[start])) start += 1;
    while (end > start && isWhitespace(bytes[end - 1])) end -= 1;
    featureStarts[element] = start;
    featureEnds[element] = end;
  }
  // "[ ]" is no element, not one empty one; any other empty element stays for JSON.parse to refuse.
  if (elements === 1 && featureStarts[0] === featureEnds[0]) return { head, featureStarts: new Float64Array(0), featureEnds: new Float64Array(0) };
  return { head, featureStarts, featureEnds };
}
