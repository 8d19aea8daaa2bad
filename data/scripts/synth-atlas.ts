// npm run data:synth -- --count N [--out FILE] [--seed S] — writes a synthetic dataset of N
// projects (default public/data/synthetic-N.json) after passing it through the same gate as the
// real one: validateAtlas, then checkPlacement.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkPlacement } from '../../src/data/checkPlacement';
import { formatProblem, validateAtlas } from '../../src/data/validateAtlas';
import { atlasJsonChunks, synthesizeAtlas } from './syntheticAtlas';
import { countryShapesByAlpha2 } from './worldCountries';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function main() {
  const { values } = parseArgs({
    options: { count: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } },
  });
  const count = Number(values.count);
  const seed = Number(values.seed);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    console.error('usage: npm run data:synth -- --count N [--out FILE] [--seed S]');
    process.exit(2);
  }
  const out = resolve(values.out ?? resolve(root, `public/data/synthetic-${count}.json`));

  const started = performance.now();
  const countryShapes = countryShapesByAlpha2();
  const atlas = synthesizeAtlas({ count, seed, countryShapes });
  const validation = validateAtlas(atlas);
  const problems = validation.ok ? checkPlacement(validation.atlas, countryShapes) : validation.problems;
  if (problems.length > 0) {
    for (const problem of problems.slice(0, 20)) console.error(formatProblem(problem));
    console.error(`data:synth failed: ${problems.length} problem(s)`);
    process.exit(1);
  }

  mkdirSync(dirname(out), { recursive: true });
  const file = openSync(out, 'w');
  let bytes = 0;
  for (const chunk of atlasJsonChunks(atlas)) bytes += writeSync(file, chunk);
  closeSync(file);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${out}: ${count} projects, ${(bytes / 2 ** 20).toFixed(1)} MiB, valid; ${seconds} s`);
}

main();
