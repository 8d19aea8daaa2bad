// npm run data:build — source text + curated records → public/data/atlas.json, plus the offline
// basemap. Every quote is located and every value read from its quote here; nothing is typed by hand.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Atlas, Figure, ProjectFeature, QuoteRef, Speech } from '../../src/data/atlasSchema';
import { checkPlacement } from '../../src/data/checkPlacement';
import { formatPath, formatProblem, validateAtlas, type AtlasProblem } from '../../src/data/validateAtlas';
import { readFigureAmount } from '../../src/domain/quantities/figureAmount';
import { locateQuote } from '../../src/domain/provenance/locateQuote';
import { parseForumArticle } from '../../src/domain/speeches/parseForumArticle';
import type { CuratedFigure, CuratedQuote } from '../curated/curatedTypes';
import { groups } from '../curated/groups';
import { organizations } from '../curated/organizations';
import { places } from '../curated/places';
import { projects } from '../curated/projects';
import { writeBasemap } from './build-basemap';
import { placeProject, strayPlaces } from './projectPlacement';
import { speechTranslations } from '../translations/index';
import { takenQuotes, translateSpeeches } from './translateSpeeches';
import { countryShapesByAlpha2 } from './worldCountries';
import { detailMessage } from '../../src/data/loadMessages';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCE_FILE = resolve(root, 'data/sources/000_65f6f29149958dcc.txt');
const ATLAS_FILE = resolve(root, 'public/data/atlas.json');

/** Collects problems instead of stopping at the first, so one run shows everything to fix. */
class Resolver {
  readonly problems: AtlasProblem[] = [];
  constructor(private readonly speeches: ReadonlyMap<string, Speech>) {}

  quote<T extends CuratedQuote>(curated: T, path: (string | number)[], record: string): T & QuoteRef {
    const speech = this.speeches.get(curated.speech);
    const location = speech
      ? locateQuote(speech.paragraphs.map((paragraph) => paragraph.text), curated.quote)
      : { ok: false as const, reason: 'speech does not exist' };
    if (!location.ok) {
      this.problems.push({ path: formatPath([...path, 'quote']), record, message: detailMessage(`${location.reason} in speech ${curated.speech}`) });
      return { ...curated, span: { paragraph: 0, start: 0, end: 1 } };
    }
    return { ...curated, span: location.span };
  }

  figure(curated: CuratedFigure, path: (string | number)[], record: string, ownerId: string): Figure {
    const { amount: wanted, ...located } = this.quote(curated, path, record);
    const reading = readFigureAmount(curated.quote, curated.unit, wanted);
    if (!reading.ok) this.problems.push({ path: formatPath([...path, 'unit']), record, message: detailMessage(reading.reason) });
    const quantity = reading.ok ? reading.quantity : { value: 0, qualifier: null, text: curated.quote };
    const id = [ownerId, curated.metric, curated.phase].filter(Boolean).join('.');
    return { ...located, id, value: quantity.value, qualifier: quantity.qualifier, amount: quantity.text };
  }
}

function buildAtlas(sourceText: string): { atlas: Atlas; problems: AtlasProblem[] } {
  const article = parseForumArticle(sourceText);
  const speeches: Speech[] = article.speeches.map(({ id, headline, speaker, paragraphs }) => ({ id, headline, speaker, paragraphs }));
  const resolver = new Resolver(new Map(speeches.map((speech) => [speech.id, speech])));

  const features: ProjectFeature[] = projects.map((project, index) => {
    const path = ['projects', 'features', index, 'properties'];
    const record = `project ${project.id}`;
    const { geometry, location, problems } = placeProject(project, places[project.id], index);
    resolver.problems.push(...problems);
    return {
      type: 'Feature',
      id: project.id,
      geometry,
      properties: {
        id: project.id,
        name: project.name,
        sector: project.sector,
        subtype: project.subtype,
        countries: project.countries,
        builder: project.builder && resolver.quote(project.builder, [...path, 'builder'], record),
        status: project.status && resolver.quote(project.status, [...path, 'status'], record),
        location,
        mentions: project.mentions.map((mention, mentionIndex) => resolver.quote(mention, [...path, 'mentions', mentionIndex], record)),
        figures: project.figures.map((figure, figureIndex) =>
          resolver.figure(figure, [...path, 'figures', figureIndex], record, project.id),
        ),
        groups: groups.filter((group) => group.members.includes(project.id)).map((group) => group.id),
      },
    };
  });

  const atlas: Atlas = {
    version: 1,
    source: {
      file: relative(root, SOURCE_FILE),
      title: article.title,
      sha256: createHash('sha256').update(sourceText).digest('hex'),
    },
    speeches,
    organizations: organizations.map((organization, index) => ({
      ...organization,
      figures: organization.figures.map((figure, figureIndex) =>
        resolver.figure(figure, ['organizations', index, 'figures', figureIndex], `organization ${organization.id}`, organization.id),
      ),
    })),
    projects: { type: 'FeatureCollection', features },
    groups: groups.map((group, index) => ({
      ...group,
      figures: group.figures.map((figure, figureIndex) =>
        resolver.figure(figure, ['groups', index, 'figures', figureIndex], `group ${group.id}`, group.id),
      ),
    })),
  };
  // Translations are joined last: they are checked against the quotes the records take.
  const translation = translateSpeeches(speeches, speechTranslations, takenQuotes(atlas));
  return {
    atlas: { ...atlas, speeches: translation.speeches },
    problems: [...resolver.problems, ...strayPlaces(places, projects), ...translation.problems],
  };
}

function main() {
  const { atlas, problems } = buildAtlas(readFileSync(SOURCE_FILE, 'utf8'));
  const validation = validateAtlas(atlas);
  const allProblems = [
    ...problems,
    ...(validation.ok ? checkPlacement(validation.atlas, countryShapesByAlpha2()) : validation.problems),
  ];
  if (allProblems.length > 0) {
    for (const problem of allProblems) console.error(formatProblem(problem));
    console.error(`data:build failed: ${allProblems.length} problem(s)`);
    process.exit(1);
  }
  mkdirSync(dirname(ATLAS_FILE), { recursive: true });
  writeFileSync(ATLAS_FILE, JSON.stringify(atlas));
  for (const note of writeBasemap(root, atlas.projects.features)) console.log(note);
  const figureCount = [...atlas.projects.features.flatMap((f) => f.properties.figures), ...atlas.groups.flatMap((g) => g.figures), ...atlas.organizations.flatMap((o) => o.figures)].length;
  console.log(
    `atlas.json: ${atlas.speeches.length} speeches, ${atlas.projects.features.length} projects, ` +
      `${atlas.organizations.length} organizations, ${atlas.groups.length} groups, ${figureCount} figures`,
  );
}

main();
