// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkPlacement } from '../../src/data/checkPlacement';
import { formatProblem, validateAtlas } from '../../src/data/validateAtlas';
import { countryShapesByAlpha2 } from '../../data/scripts/worldCountries';
import { rawBuiltAtlas, type AtlasFile } from '../fixtures/builtAtlas';

function problemsOf(atlas: unknown): string[] {
  const validation = validateAtlas(atlas);
  return validation.ok ? [] : validation.problems.map(formatProblem);
}

function firstProjectWithFigures(atlas: AtlasFile) {
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

  it('rejects an organisation that names itself as its parent', () => {
    const atlas = rawBuiltAtlas();
    const index = atlas.organizations.findIndex((organization) => organization.id === 'genertec');
    atlas.organizations[index]!.parent = 'genertec';
    expect(problemsOf(atlas)).toContain(
      `organizations[${index}].parent: organization genertec is its own ancestor (genertec → genertec) [organization genertec]`,
    );
  });

  it('rejects an organisation that names one of its descendants as its parent', () => {
    const atlas = rawBuiltAtlas();
    const cnpcIndex = atlas.organizations.findIndex((organization) => organization.id === 'cnpc');
    const cnpc = atlas.organizations[cnpcIndex]!;
    atlas.organizations.push({ ...cnpc, id: 'cnpc-central-asia', aliases: [], figures: [], parent: 'cnpc' });
    cnpc.parent = 'cnpc-central-asia';
    const subsidiaryIndex = atlas.organizations.length - 1;
    expect(problemsOf(atlas)).toEqual([
      `organizations[${cnpcIndex}].parent: organization cnpc is its own ancestor (cnpc → cnpc-central-asia → cnpc) [organization cnpc]`,
      `organizations[${subsidiaryIndex}].parent: organization cnpc-central-asia is its own ancestor (cnpc-central-asia → cnpc → cnpc-central-asia) [organization cnpc-central-asia]`,
    ]);
  });

  it('names the organisations on a cycle, not those below it', () => {
    const atlas = rawBuiltAtlas();
    const ccccIndex = atlas.organizations.findIndex((organization) => organization.id === 'cccc');
    // cwe → cccc → cccc: cccc is its own parent; its subsidiary cwe is below the loop, not on it.
    atlas.organizations[ccccIndex]!.parent = 'cccc';
    expect(problemsOf(atlas)).toEqual([`organizations[${ccccIndex}].parent: organization cccc is its own ancestor (cccc → cccc) [organization cccc]`]);
  });

  it('rejects a figure id used twice, wherever the two figures are', () => {
    const atlas = rawBuiltAtlas();
    const shelek = atlas.projects.features.findIndex((feature) => feature.id === 'shelek-wind-60');
    const zhanatas = atlas.projects.features.findIndex((feature) => feature.id === 'zhanatas-wind-100');
    atlas.projects.features[zhanatas]!.properties.figures[0]!.id = 'shelek-wind-60.capacity';
    const groupIndex = atlas.groups.findIndex((group) => group.id === 'navoi-zarafshan');
    atlas.groups[groupIndex]!.figures[0]!.id = 'cnpc.jobs';
    const cnpcIndex = atlas.organizations.findIndex((organization) => organization.id === 'cnpc');
    expect(problemsOf(atlas)).toEqual([
      `groups[${groupIndex}].figures[0].id: duplicate figure id cnpc.jobs, first used at organizations[${cnpcIndex}].figures[1] [group navoi-zarafshan]`,
      `projects.features[${zhanatas}].properties.figures[0].id: duplicate figure id shelek-wind-60.capacity, first used at projects.features[${shelek}].properties.figures[0] [project zhanatas-wind-100]`,
    ]);
  });

  it('rejects a project in two groups that state the same metric', () => {
    const atlas = rawBuiltAtlas();
    const wind = atlas.groups.findIndex((group) => group.id === 'powerchina-kazakhstan-wind');
    const windGroup = atlas.groups[wind]!;
    // A second group stating annual generation for Shelek again: its figure would be counted twice.
    atlas.groups.push({
      ...windGroup,
      id: 'shelek-and-navoi',
      members: ['shelek-wind-60', 'navoi-solar-100'],
      figures: windGroup.figures.map((figure) => ({ ...figure, id: 'shelek-and-navoi.annual_generation' })),
    });
    for (const feature of atlas.projects.features) {
      if (feature.id === 'shelek-wind-60' || feature.id === 'navoi-solar-100') feature.properties.groups.push('shelek-and-navoi');
    }
    expect(problemsOf(atlas)).toEqual([
      `groups[${atlas.groups.length - 1}].members[0]: project shelek-wind-60 is also in group powerchina-kazakhstan-wind, which states annual_generation too [group shelek-and-navoi]`,
    ]);
  });

  it.each(['javascript:alert(document.domain)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.com/a.txt'])(
    'rejects a location source URL that is not http(s): %s',
    (url) => {
      const atlas = rawBuiltAtlas();
      const index = atlas.projects.features.findIndex((feature) => feature.properties.location?.source.url != null);
      atlas.projects.features[index]!.properties.location!.source.url = url;
      expect(problemsOf(atlas)).toEqual([
        `projects.features[${index}].properties.location.source.url: must be an http or https URL [project ${atlas.projects.features[index]!.id}]`,
      ]);
    },
  );

  it('accepts a project with no geometry and no location: the speeches name no place for it', () => {
    const atlas = rawBuiltAtlas();
    const feature = atlas.projects.features[0]!;
    Object.assign(feature, { geometry: null });
    Object.assign(feature.properties, { location: null });
    expect(problemsOf(atlas)).toEqual([]);
  });

  it('rejects a project with a location but no geometry, and one with a geometry but no location', () => {
    const atlas = rawBuiltAtlas();
    const [first, second] = atlas.projects.features;
    Object.assign(first!, { geometry: null });
    Object.assign(second!.properties, { location: null });
    expect(problemsOf(atlas)).toEqual([
      `projects.features[0].geometry: is null, but properties.location names a place [project ${first!.id}]`,
      `projects.features[1].properties.location: is null, but the project has a geometry [project ${second!.id}]`,
    ]);
  });

  it('accepts a project drawn at several points (MultiPoint)', () => {
    const atlas = rawBuiltAtlas();
    Object.assign(atlas.projects.features[0]!, { geometry: { type: 'MultiPoint', coordinates: [[71.43, 51.17], [116.33, 39.93]] } });
    expect(problemsOf(atlas)).toEqual([]);
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

  it('names each point of a MultiPoint outside its countries, and skips a project without geometry', () => {
    const atlas = rawBuiltAtlas();
    const [first, second] = atlas.projects.features;
    // Astana and Beijing, both outside a project said to lie in Kyrgyzstan only.
    first!.geometry = { type: 'MultiPoint', coordinates: [[71.43, 51.17], [116.33, 39.93]] };
    first!.properties.countries = ['KG'];
    second!.geometry = null;
    second!.properties.location = null;
    expect(checkPlacement(atlas, shapes).map(formatProblem)).toEqual([
      `projects.features[0].geometry.coordinates[0]: [71.43, 51.17] lies outside KG [project ${first!.id}]`,
      `projects.features[0].geometry.coordinates[1]: [116.33, 39.93] lies outside KG [project ${first!.id}]`,
    ]);
  });

  it('names a point outside its country', () => {
    const atlas = rawBuiltAtlas();
    const index = atlas.projects.features.findIndex(
      (feature) => feature.geometry?.type === 'Point' && !feature.properties.countries.includes('CN'),
    );
    const feature = atlas.projects.features[index]!;
    // Beijing: in none of the Central Asian countries.
    feature.geometry = { type: 'Point', coordinates: [116.4, 39.9] };
    expect(checkPlacement(atlas, shapes).map(formatProblem)).toEqual([
      `projects.features[${index}].geometry.coordinates: [116.4, 39.9] lies outside ${feature.properties.countries.join(', ')} [project ${feature.id}]`,
    ]);
  });
});
