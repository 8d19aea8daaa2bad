// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Atlas } from '../../src/data/atlasSchema';
import { checkPlacement } from '../../src/data/checkPlacement';
import { formatProblem, validateAtlas } from '../../src/data/validateAtlas';
import { countryShapesByAlpha2 } from '../../data/scripts/worldCountries';
import { rawBuiltAtlas } from '../fixtures/builtAtlas';

function problemsOf(atlas: unknown): string[] {
  const validation = validateAtlas(atlas);
  return validation.ok ? [] : validation.problems.map(formatProblem);
}

function firstProjectWithFigures(atlas: Atlas) {
  const index = atlas.projects.features.findIndex((feature) => feature.properties.figures.length > 0);
  const feature = atlas.projects.features[index];
  if (feature === undefined) throw new Error('the dataset has no project with figures');
  return { index, feature };
}

describe('validateAtlas', () => {
  it('accepts the built dataset', () => {
    expect(problemsOf(rawBuiltAtlas())).toEqual([]);
  });

  it('names record and field of a missing field', () => {
    const atlas = rawBuiltAtlas();
    const { index, feature } = firstProjectWithFigures(atlas);
    delete (feature.properties as Partial<typeof feature.properties>).sector;
    expect(problemsOf(atlas)).toContainEqual(
      expect.stringMatching(new RegExp(`^projects\\.features\\[${index}\\]\\.properties\\.sector: .*\\[project ${feature.id}\\]$`)),
    );
  });

  it('rejects a unit that is not one of ours', () => {
    const atlas = rawBuiltAtlas();
    const { index, feature } = firstProjectWithFigures(atlas);
    Object.assign(feature.properties.figures[0]!, { unit: 'GW' });
    expect(problemsOf(atlas)).toContainEqual(expect.stringContaining(`projects.features[${index}].properties.figures[0].unit:`));
  });

  it('rejects a unit its quote does not state', () => {
    const atlas = rawBuiltAtlas();
    const { index, feature } = firstProjectWithFigures(atlas);
    const figure = feature.properties.figures[0]!;
    figure.unit = figure.unit === 'households' ? 'MW' : 'households';
    expect(problemsOf(atlas)).toContainEqual(expect.stringContaining(`projects.features[${index}].properties.figures[0].unit: no quantity`));
  });

  it('rejects a quote that is not in the speech', () => {
    const atlas = rawBuiltAtlas();
    const { index, feature } = firstProjectWithFigures(atlas);
    const figure = feature.properties.figures[0]!;
    figure.quote = `${figure.quote}（编造）`;
    expect(problemsOf(atlas)).toContain(
      `projects.features[${index}].properties.figures[0].quote: not found in speech ${figure.speech} [project ${feature.id}]`,
    );
  });

  it('rejects a value its quote does not say', () => {
    const atlas = rawBuiltAtlas();
    const { index, feature } = firstProjectWithFigures(atlas);
    feature.properties.figures[0]!.value += 1;
    expect(problemsOf(atlas)).toContainEqual(expect.stringContaining(`projects.features[${index}].properties.figures[0].value: is`));
  });

  it('rejects a span that does not point at its quote', () => {
    const atlas = rawBuiltAtlas();
    const { index, feature } = firstProjectWithFigures(atlas);
    feature.properties.figures[0]!.span.start += 1;
    expect(problemsOf(atlas)).toContainEqual(expect.stringContaining(`projects.features[${index}].properties.figures[0].span:`));
  });

  it('rejects a duplicate id', () => {
    const atlas = rawBuiltAtlas();
    const [first, second] = atlas.projects.features;
    second!.id = first!.id;
    second!.properties.id = first!.id;
    expect(problemsOf(atlas)).toContain(
      `projects.features[1].id: duplicate id, first used at projects.features[0] [project ${first!.id}]`,
    );
  });

  it('rejects a group with an unknown member', () => {
    const atlas = rawBuiltAtlas();
    atlas.groups[0]!.members.push('no-such-project');
    const memberIndex = atlas.groups[0]!.members.length - 1;
    expect(problemsOf(atlas)).toContain(
      `groups[0].members[${memberIndex}]: unknown project no-such-project [group ${atlas.groups[0]!.id}]`,
    );
  });

  it('rejects a builder that is not an organisation of the dataset', () => {
    const atlas = rawBuiltAtlas();
    const index = atlas.projects.features.findIndex((feature) => feature.properties.builder !== null);
    atlas.projects.features[index]!.properties.builder!.organization = 'nobody';
    expect(problemsOf(atlas)).toContainEqual(
      expect.stringContaining(`projects.features[${index}].properties.builder.organization: unknown organization nobody`),
    );
  });

  it('rejects a translated sentence or quoted words that do not fit their speech, naming speech and sentence', () => {
    const atlas = rawBuiltAtlas();
    const index = atlas.speeches.findIndex((speech) => speech.id === 's11');
    const sentences = atlas.speeches[index]!.translations!.ru.sentences;
    const withQuotes = sentences.findIndex((sentence) => sentence.quotes.length > 0);
    sentences[0]!.end = 10_000;
    sentences[withQuotes]!.quotes[0]!.end = 10_000;
    expect(problemsOf(atlas)).toEqual([
      `speeches[${index}].translations.ru.sentences[0]: sentence s11-p01.1 does not fit paragraph 0 of the speech [speech s11]`,
      `speeches[${index}].translations.ru.sentences[${withQuotes}].quotes[0]: the words for "${sentences[withQuotes]!.quotes[0]!.quote}" lie outside the translated sentence ${sentences[withQuotes]!.id} [speech s11]`,
    ]);
  });

  it('accepts a dataset without translations', () => {
    const atlas = rawBuiltAtlas();
    for (const speech of atlas.speeches) delete speech.translations;
    expect(problemsOf(atlas)).toEqual([]);
  });

  it('rejects input that is not an atlas at all', () => {
    expect(problemsOf(null)).not.toEqual([]);
    expect(problemsOf({ version: 1 })).toContainEqual(expect.stringMatching(/^speeches: /));
  });
});

describe('checkPlacement', () => {
  const shapes = countryShapesByAlpha2();

  it('finds every built point inside one of its countries', () => {
    const validation = validateAtlas(rawBuiltAtlas());
    if (!validation.ok) throw new Error('built atlas invalid');
    expect(checkPlacement(validation.atlas, shapes)).toEqual([]);
  });

  it('names a point outside its country', () => {
    const validation = validateAtlas(rawBuiltAtlas());
    if (!validation.ok) throw new Error('built atlas invalid');
    const index = validation.atlas.projects.features.findIndex(
      (feature) => feature.geometry.type === 'Point' && !feature.properties.countries.includes('CN'),
    );
    const feature = validation.atlas.projects.features[index]!;
    // Beijing: in none of the Central Asian countries.
    feature.geometry = { type: 'Point', coordinates: [116.4, 39.9] };
    expect(checkPlacement(validation.atlas, shapes).map(formatProblem)).toEqual([
      `projects.features[${index}].geometry.coordinates: [116.4, 39.9] lies outside ${feature.properties.countries.join(', ')} [project ${feature.id}]`,
    ]);
  });
});
