// npm run data:check -- FILE — validates any dataset of atlas.json's shape, as the app's loader
// reads it (in parts, so a million-project file is fine); one line per problem, naming record and
// field; exit code 1 when there is any.
import { readFileSync } from 'node:fs';
import { checkPlacement } from '../../src/data/checkPlacement';
import { parseAtlasBytes } from '../../src/data/parseAtlas';
import { inEnglish } from '../../src/data/loadMessages';
import { formatProblem, problemLines } from '../../src/data/validateAtlas';
import { countryShapesByAlpha2 } from './worldCountries';

function check(file: string): string[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return [`${file}: cannot be read (${error instanceof Error ? error.message : String(error)})`];
  }
  const parse = parseAtlasBytes(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, file);
  if (!parse.ok) return [inEnglish(parse.reason), ...problemLines(parse)];
  return checkPlacement(parse.atlas, countryShapesByAlpha2()).map(formatProblem);
}

const file = process.argv[2];
if (file === undefined) {
  console.error('usage: npm run data:check -- FILE');
  process.exit(2);
}
const problems = check(file);
for (const line of problems) console.error(line);
console.log(problems.length === 0 ? `${file}: ok` : `${file}: ${problems.length} problem(s)`);
process.exit(problems.length === 0 ? 0 : 1);
