// @vitest-environment node
// npm run data:check -- FILE on each kind of bad input: exit code 1, one line per problem naming
// record and field.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_ATLAS_PATH, rawBuiltAtlas, type AtlasFile } from '../fixtures/builtAtlas';

const workDir = mkdtempSync(join(tmpdir(), 'atlas-check-'));

function runCheck(file: string, viaNpm = false) {
  const [command, args] = viaNpm
    ? ['npm', ['run', '--silent', 'data:check', '--', file]]
    : [process.execPath, ['--import', 'tsx', 'data/scripts/check-atlas.ts', file]];
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return { status: result.status, problems: result.stderr.trim().split('\n').filter(Boolean) };
}

function writeVariant(name: string, mutate: (atlas: AtlasFile) => void): string {
  const atlas = rawBuiltAtlas();
  mutate(atlas);
  const file = join(workDir, `${name}.json`);
  writeFileSync(file, JSON.stringify(atlas));
  return file;
}

const projectIndex = (atlas: AtlasFile, id: string) => atlas.projects.features.findIndex((feature) => feature.id === id);

describe('npm run data:check', () => {
  it('passes the built dataset', () => {
    expect(runCheck(BUILT_ATLAS_PATH, true)).toEqual({ status: 0, problems: [] });
  });

  it.each([
    {
      bad: 'a missing field',
      mutate: (atlas: AtlasFile) => {
        delete (atlas.projects.features[2]!.properties as Partial<AtlasFile['projects']['features'][number]['properties']>).countries;
      },
      expected: (atlas: AtlasFile) => `projects.features[2].properties.countries: Invalid input: expected array, received undefined [project ${atlas.projects.features[2]!.id}]`,
    },
    {
      bad: 'a wrong unit',
      mutate: (atlas: AtlasFile) => {
        atlas.organizations.find((organization) => organization.figures.length > 0)!.figures[0]!.unit = 'MW';
      },
      expected: (atlas: AtlasFile) => {
        const index = atlas.organizations.findIndex((organization) => organization.figures.length > 0);
        const figure = atlas.organizations[index]!.figures[0]!;
        return `organizations[${index}].figures[0].unit: no quantity "${figure.amount}" in unit MW (兆瓦) in "${figure.quote}" [organization ${atlas.organizations[index]!.id}]`;
      },
    },
    {
      bad: 'a quote absent from the text',
      mutate: (atlas: AtlasFile) => {
        atlas.groups[0]!.figures[0]!.quote = '每年为当地提供超6亿千瓦时的绿色电力';
      },
      expected: (atlas: AtlasFile) => `groups[0].figures[0].quote: not found in speech ${atlas.groups[0]!.figures[0]!.speech} [group ${atlas.groups[0]!.id}]`,
    },
    {
      bad: 'a point outside its country',
      mutate: (atlas: AtlasFile) => {
        atlas.projects.features[projectIndex(atlas, 'moinak-hpp')]!.geometry = { type: 'Point', coordinates: [69.28, 41.31] };
      },
      expected: (atlas: AtlasFile) => `projects.features[${projectIndex(atlas, 'moinak-hpp')}].geometry.coordinates: [69.28, 41.31] lies outside KZ [project moinak-hpp]`,
    },
    {
      bad: 'a duplicate id',
      mutate: (atlas: AtlasFile) => {
        atlas.organizations[1]!.id = atlas.organizations[0]!.id;
      },
      expected: (atlas: AtlasFile) => `organizations[1].id: duplicate id, first used at organizations[0] [organization ${atlas.organizations[0]!.id}]`,
    },
    {
      bad: 'a group with an unknown member',
      mutate: (atlas: AtlasFile) => {
        atlas.groups[1]!.members[0] = 'atlantis-wind';
      },
      expected: (atlas: AtlasFile) => `groups[1].members[0]: unknown project atlantis-wind [group ${atlas.groups[1]!.id}]`,
    },
  ])('rejects $bad naming record and field', ({ bad, mutate, expected }) => {
    const file = writeVariant(bad.replaceAll(' ', '-'), mutate);
    const { status, problems } = runCheck(file);
    expect(status).toBe(1);
    const atlas = rawBuiltAtlas();
    mutate(atlas);
    expect(problems).toContain(expected(atlas));
  });

  it('rejects a file that is not JSON', () => {
    const file = join(workDir, 'broken.json');
    writeFileSync(file, '{"version": 1,');
    const { status, problems } = runCheck(file);
    expect(status).toBe(1);
    expect(problems[0]).toMatch(/broken\.json is not valid JSON: /);
  });
});
