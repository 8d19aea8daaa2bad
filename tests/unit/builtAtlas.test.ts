// @vitest-environment node
// The artifact itself: built from the verbatim source, every cited project present, every figure
// read from its quote.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isMapped, SECTORS, type Figure } from '../../src/data/atlasSchema';
import { parseChineseQuantity } from '../../src/domain/quantities/parseChineseQuantity';
import { projects as curatedProjects } from '../../data/curated/projects';
import { builtAtlasData } from '../fixtures/builtAtlas';

const { atlas, speechesById } = builtAtlasData();
const allFigures: Figure[] = [
  ...atlas.projects.features.flatMap((feature) => feature.properties.figures),
  ...atlas.organizations.flatMap((organization) => organization.figures),
  ...atlas.groups.flatMap((group) => group.figures),
];

describe('public/data/atlas.json', () => {
  it('is built from the unedited source text', () => {
    const source = readFileSync(atlas.source.file);
    expect(createHash('sha256').update(source).digest('hex')).toBe(atlas.source.sha256);
  });

  it('holds the 12 speeches in order', () => {
    expect(atlas.speeches.map((speech) => speech.id)).toEqual(
      Array.from({ length: 12 }, (_, index) => `s${String(index + 1).padStart(2, '0')}`),
    );
  });

  it('holds every curated project, each cited by at least one speech', () => {
    expect(atlas.projects.features.map((feature) => feature.id).sort()).toEqual(curatedProjects.map((project) => project.id).sort());
    for (const feature of atlas.projects.features) expect(feature.properties.mentions.length).toBeGreaterThan(0);
  });

  it('covers every sector', () => {
    const sectors = new Set(atlas.projects.features.map((feature) => feature.properties.sector));
    expect([...sectors].sort()).toEqual([...SECTORS].sort());
  });

  it.each(allFigures.map((figure) => [figure.id, figure] as const))('%s sits verbatim at its span and says its value', (_, figure) => {
    const paragraph = speechesById.get(figure.speech)?.paragraphs[figure.span.paragraph]?.text;
    expect(paragraph?.slice(figure.span.start, figure.span.end)).toBe(figure.quote);
    expect(figure.quote).toContain(figure.amount);
    const quantity = parseChineseQuantity(figure.amount);
    expect([quantity.value, quantity.qualifier]).toEqual([figure.value, figure.qualifier]);
  });

  it('keeps group figures with the group, never copied to a member', () => {
    for (const group of atlas.groups) {
      const memberQuotes = group.members.flatMap(
        (member) => atlas.projects.features.find((feature) => feature.id === member)?.properties.figures.map((figure) => figure.quote) ?? [],
      );
      for (const figure of group.figures) expect(memberQuotes).not.toContain(figure.quote);
      for (const member of group.members) {
        expect(atlas.projects.features.find((feature) => feature.id === member)?.properties.groups).toContain(group.id);
      }
    }
  });

  it('says where each coordinate comes from and how precise it is', () => {
    for (const { properties } of atlas.projects.features.filter(isMapped)) {
      expect(properties.location.source.note.length).toBeGreaterThan(0);
      if (properties.location.source.url === null) expect(properties.location.precision).not.toBe('site');
    }
  });
});
