// npm run data:check -- FILE — validates any dataset of atlas.json's shape; one line per problem,
// naming record and field; exit code 1 when there is any.
import { readFileSync } from 'node:fs';
import { checkPlacement } from '../../src/data/checkPlacement';
import { formatProblem, validateAtlas } from '../../src/data/validateAtlas';
import { countryShapesByAlpha2 } from './worldCountries';

function check(file: string): string[] {
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return [`${file}: cannot be read as JSON (${error instanceof Error ? error.message : String(error)})`];
  }
  const validation = validateAtlas(input);
  const problems = validation.ok ? checkPlacement(validation.atlas, countryShapesByAlpha2()) : validation.problems;
  return problems.map(formatProblem);
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
