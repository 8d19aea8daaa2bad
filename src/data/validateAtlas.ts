// The one gate every dataset passes (the build, `npm run data:check`, and the app's loader):
// schema first, then what a schema cannot say: ids unique, references resolve, every quote is
// verbatim at its span, every value is what its quote says.
import type { z } from '../zod';
import { TRANSLATION_LANGUAGES, type Atlas, type Figure, type ProjectFeature, type QuoteRef, type Speech } from './atlasSchema';
import { atlas as atlasSchema, projectFeature } from './atlasZodSchema';
import { organizationChain } from '../domain/organizations/organizationChain';
import { readFigureAmount } from '../domain/quantities/figureAmount';
import { inEnglish, loadMessage, type LoadMessage, type LoadMessageKey } from './loadMessages';

/** One problem, naming the record and field: `projects.features[3].properties.figures[0].quote`. */
export interface AtlasProblem {
  path: string;
  record: string | null;
  message: LoadMessage;
}

export type AtlasValidation = { ok: true; atlas: Atlas } | { ok: false; problems: AtlasProblem[]; unlisted: number };

/** A broken million-project file must not make a million lines: the first problems name the fault. */
export const MAX_LISTED_PROBLEMS = 100;

export function formatProblem({ path, record, message }: AtlasProblem): string {
  return `${path}: ${inEnglish(message)}${record === null ? '' : ` [${record}]`}`;
}

/** One line per listed problem, and one that counts the rest. */
export function problemLines(validation: { problems: readonly AtlasProblem[]; unlisted: number }): string[] {
  const lines = validation.problems.map(formatProblem);
  return validation.unlisted === 0 ? lines : [...lines, inEnglish(loadMessage('moreProblems', { count: validation.unlisted }))];
}

/** A dataset whose projects arrive in batches: the head is checked first, each batch as it comes, then what needs them all. */
export interface AtlasValidator {
  /** The atlas without its projects, typed. */
  head: Atlas;
  /** Checks raw features, the first at `firstIndex` in projects.features; returns those that pass, typed. */
  addFeatures(features: readonly unknown[], firstIndex: number): ProjectFeature[];
  /** The checks that need every project (group members), then the verdict. */
  finish(): { ok: true } | { ok: false; problems: AtlasProblem[]; unlisted: number };
}

export type AtlasValidationStart = { ok: true; validator: AtlasValidator } | { ok: false; problems: AtlasProblem[]; unlisted: number };

/** Starts a batched check from the atlas with an empty features array. */
export function startAtlasValidation(head: unknown): AtlasValidationStart {
  const parsed = atlasSchema.safeParse(head);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => schemaProblem(head, issue));
    return { ok: false, problems: problems.slice(0, MAX_LISTED_PROBLEMS), unlisted: Math.max(0, problems.length - MAX_LISTED_PROBLEMS) };
  }
  return { ok: true, validator: atlasValidator(parsed.data) };
}

/** The whole atlas at once: the same checks as the batched path, in one batch. */
export function validateAtlas(input: unknown): AtlasValidation {
  const rawFeatures = featuresOf(input);
  const started = startAtlasValidation(rawFeatures === null ? input : withFeatures(input, []));
  if (!started.ok) return started;
  const { validator } = started;
  const features = validator.addFeatures(rawFeatures ?? [], 0);
  const verdict = validator.finish();
  if (!verdict.ok) return verdict;
  return { ok: true, atlas: { ...validator.head, projects: { ...validator.head.projects, features } } };
}

/** projects.features of a raw input, when it is an array. */
function featuresOf(input: unknown): unknown[] | null {
  const projects = isRecord(input) ? input.projects : undefined;
  const features = isRecord(projects) ? projects.features : undefined;
  return Array.isArray(features) ? features : null;
}

function withFeatures(input: unknown, features: unknown[]): unknown {
  if (!isRecord(input) || !isRecord(input.projects)) return input;
  return { ...input, projects: { ...input.projects, features } };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

type PathSegment = PropertyKey;
type Report = (path: PathSegment[], record: string | null, key: LoadMessageKey, values?: Record<string, string | number>) => void;

export function formatPath(path: readonly PathSegment[]): string {
  return path
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`))
    .join('');
}

function schemaProblem(input: unknown, issue: z.core.$ZodIssue, prefix: readonly PathSegment[] = []): AtlasProblem {
  return { path: formatPath([...prefix, ...issue.path]), record: recordLabel(input, issue.path, prefix), message: schemaMessage(input, issue) };
}

const primitive = (value: unknown) => (typeof value === 'string' ? `"${value}"` : String(value));
const typeName = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** The schema's complaint in a translatable frame; rarer kinds keep the schema's own (English) words. */
function schemaMessage(input: unknown, issue: z.core.$ZodIssue): LoadMessage {
  if (issue.code === 'invalid_type') return loadMessage('schemaType', { expected: issue.expected, received: typeName(valueAt(input, issue.path)) });
  if (issue.code === 'invalid_value') {
    const [only] = issue.values;
    return issue.values.length === 1 ? loadMessage('schemaValue', { value: primitive(only) }) : loadMessage('schemaOption', { values: issue.values.map(primitive).join('|') });
  }
  return loadMessage('detail', { detail: issue.message });
}

function valueAt(input: unknown, path: readonly PathSegment[]): unknown {
  let node = input;
  for (const segment of path) node = isRecord(node) || Array.isArray(node) ? (node as Record<PropertyKey, unknown>)[segment] : undefined;
  return node;
}

const RECORD_KINDS: Record<string, string> = { projects: 'project', speeches: 'speech', organizations: 'organization', groups: 'group' };

/** "project shelek-wind-60" for a path inside a record, read from the raw input (`prefix`: where the input sits). */
function recordLabel(input: unknown, path: readonly PathSegment[], prefix: readonly PathSegment[]): string | null {
  const fullPath = [...prefix, ...path];
  const recordPath = fullPath[0] === 'projects' ? fullPath.slice(0, 3) : fullPath.slice(0, 2);
  const kind = RECORD_KINDS[String(fullPath[0])];
  if (kind === undefined || typeof recordPath[recordPath.length - 1] !== 'number') return null;
  const node = valueAt(input, recordPath.slice(prefix.length));
  const id = isRecord(node) ? node.id : undefined;
  return typeof id === 'string' ? `${kind} ${id}` : null;
}

function atlasValidator(head: Atlas): AtlasValidator {
  const problems: AtlasProblem[] = [];
  let unlisted = 0;
  const add = (problem: AtlasProblem) => {
    if (problems.length < MAX_LISTED_PROBLEMS) problems.push(problem);
    else unlisted += 1;
  };
  const report: Report = (path, record, key, values) => add({ path: formatPath(path), record, message: loadMessage(key, values) });

  const speeches = new Map(head.speeches.map((speech) => [speech.id, speech]));
  const organizationsById = new Map(head.organizations.map((organization) => [organization.id, organization]));
  const groupMembers = new Map(head.groups.map((group) => [group.id, new Set(group.members)]));
  /** Each project id and where it was first used. */
  const projectIndex = new Map<string, number>();
  /** Each figure id and where it was first used: figure ids are React keys and chart categories. */
  const figurePaths = new Map<string, PathSegment[]>();

  const checkQuote = (ref: QuoteRef, path: PathSegment[], record: string) => {
    const speech = speeches.get(ref.speech);
    if (speech === undefined) return report([...path, 'speech'], record, 'unknownSpeech', { id: ref.speech });
    const paragraphText = speech.paragraphs[ref.span.paragraph]?.text;
    if (paragraphText?.slice(ref.span.start, ref.span.end) === ref.quote) return;
    const foundElsewhere = speech.paragraphs.some((paragraph) => paragraph.text.includes(ref.quote));
    if (foundElsewhere) report([...path, 'span'], record, 'spanMisplaced', { id: ref.speech });
    else report([...path, 'quote'], record, 'quoteNotFound', { id: ref.speech });
  };

  const checkFigure = (figure: Figure, path: PathSegment[], record: string) => {
    const firstPath = figurePaths.get(figure.id);
    if (firstPath === undefined) figurePaths.set(figure.id, path);
    else report([...path, 'id'], record, 'duplicateFigureId', { id: figure.id, first: formatPath(firstPath) });
    checkQuote(figure, path, record);
    const reading = readFigureAmount(figure.quote, figure.unit, figure.amount);
    if (!reading.ok) return report([...path, 'unit'], record, 'detail', { detail: reading.reason });
    const { value, qualifier } = reading.quantity;
    if (value !== figure.value) report([...path, 'value'], record, 'amountDisagrees', { stated: figure.value, amount: figure.amount, read: value });
    if (qualifier !== figure.qualifier) {
      report([...path, 'qualifier'], record, 'amountDisagrees', { stated: String(figure.qualifier), amount: figure.amount, read: String(qualifier) });
    }
  };

  const registerId = (id: string, index: number) => {
    const first = projectIndex.get(id);
    if (first === undefined) projectIndex.set(id, index);
    else report(['projects', 'features', index, 'id'], `project ${id}`, 'duplicateId', { first: formatPath(['projects', 'features', first]) });
  };

  const checkFeature = (feature: ProjectFeature, index: number) => {
    const path = ['projects', 'features', index];
    const record = `project ${feature.id}`;
    registerId(feature.id, index);
    const { properties } = feature;
    if (properties.id !== feature.id) report([...path, 'properties', 'id'], record, 'idDiffers', { id: feature.id });
    // A place is a geometry and its source together: neither may come alone.
    if (feature.geometry === null && properties.location !== null) report([...path, 'geometry'], record, 'placeWithoutGeometry');
    if (feature.geometry !== null && properties.location === null) report([...path, 'properties', 'location'], record, 'geometryWithoutPlace');
    if (properties.builder !== null) {
      checkQuote(properties.builder, [...path, 'properties', 'builder'], record);
      if (!organizationsById.has(properties.builder.organization)) {
        report([...path, 'properties', 'builder', 'organization'], record, 'unknownOrganization', { id: properties.builder.organization });
      }
    }
    if (properties.status !== null) checkQuote(properties.status, [...path, 'properties', 'status'], record);
    properties.mentions.forEach((mention, mentionIndex) => checkQuote(mention, [...path, 'properties', 'mentions', mentionIndex], record));
    properties.figures.forEach((figure, figureIndex) => checkFigure(figure, [...path, 'properties', 'figures', figureIndex], record));
    properties.groups.forEach((groupId, groupIndex) => {
      const members = groupMembers.get(groupId);
      if (members === undefined) report([...path, 'properties', 'groups', groupIndex], record, 'unknownGroup', { id: groupId });
      else if (!members.has(feature.id)) {
        report([...path, 'properties', 'groups', groupIndex], record, 'notGroupMember', { id: groupId });
      }
    });
  };

  reportDuplicates(head.speeches, ['speeches'], 'speech', report);
  head.speeches.forEach((speech, index) => checkTranslations(speech, index, report));
  reportDuplicates(head.organizations, ['organizations'], 'organization', report);
  reportDuplicates(head.groups, ['groups'], 'group', report);
  head.organizations.forEach((organization, index) => {
    const path = ['organizations', index];
    const record = `organization ${organization.id}`;
    if (organization.parent !== null && !organizationsById.has(organization.parent)) {
      report([...path, 'parent'], record, 'unknownOrganization', { id: organization.parent });
    }
    // On a cycle when the walk up its parents comes back to it (statistics and search would loop).
    const chain = organizationChain(organizationsById, organization.id);
    if (chain.at(-1)?.parent === organization.id) {
      const loop = [...chain.map((ancestor) => ancestor.id), organization.id].join(' → ');
      report([...path, 'parent'], record, 'ownAncestor', { record, loop });
    }
    organization.figures.forEach((figure, figureIndex) => checkFigure(figure, [...path, 'figures', figureIndex], record));
  });
  /** Per project and metric, the group that states it: a second group stating it too would count the figure twice. */
  const metricGroups = new Map<string, string>();
  head.groups.forEach((group, index) => {
    const record = `group ${group.id}`;
    group.figures.forEach((figure, figureIndex) => checkFigure(figure, ['groups', index, 'figures', figureIndex], record));
    const metrics = new Set(group.figures.map((figure) => figure.metric));
    group.members.forEach((member, memberIndex) => {
      for (const metric of metrics) {
        const key = `${member}\n${metric}`;
        const other = metricGroups.get(key);
        if (other === undefined) metricGroups.set(key, group.id);
        else if (other !== group.id) report(['groups', index, 'members', memberIndex], record, 'alsoInGroup', { project: member, group: other, metric });
      }
    });
  });

  return {
    head,
    addFeatures(rawFeatures, firstIndex) {
      const passed: ProjectFeature[] = [];
      rawFeatures.forEach((raw, offset) => {
        const index = firstIndex + offset;
        const parsed = projectFeature.safeParse(raw);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) add(schemaProblem(raw, issue, ['projects', 'features', index]));
          // Its id is still known: groups that list it must not be told it does not exist.
          if (isRecord(raw) && typeof raw.id === 'string') registerId(raw.id, index);
          return;
        }
        checkFeature(parsed.data, index);
        passed.push(parsed.data);
      });
      return passed;
    },
    finish() {
      head.groups.forEach((group, index) => {
        const record = `group ${group.id}`;
        group.members.forEach((member, memberIndex) => {
          if (!projectIndex.has(member)) report(['groups', index, 'members', memberIndex], record, 'unknownProject', { id: member });
        });
        // A group id shared with a project would make links ambiguous.
        if (projectIndex.has(group.id)) report(['groups', index, 'id'], record, 'groupIsProject');
      });
      return problems.length === 0 ? { ok: true } : { ok: false, problems, unlisted };
    },
  };
}

/** A translation's sentences must sit in their speech's paragraphs, and its quoted words in its sentences. */
function checkTranslations(speech: Speech, index: number, report: Report) {
  for (const language of TRANSLATION_LANGUAGES) {
    speech.translations?.[language].sentences.forEach((sentence, sentenceIndex) => {
      const path = ['speeches', index, 'translations', language, 'sentences', sentenceIndex];
      const paragraph = speech.paragraphs[sentence.paragraph];
      if (paragraph === undefined || sentence.start >= sentence.end || sentence.end > paragraph.text.length) {
        report(path, `speech ${speech.id}`, 'sentenceMisfit', { sentence: sentence.id, paragraph: sentence.paragraph });
      }
      sentence.quotes.forEach((quote, quoteIndex) => {
        if (quote.start >= quote.end || quote.end > sentence.text.length) {
          report([...path, 'quotes', quoteIndex], `speech ${speech.id}`, 'wordsOutside', { quote: quote.quote, sentence: sentence.id });
        }
      });
    });
  }
}

function reportDuplicates(
  records: readonly { id: string }[],
  path: PathSegment[],
  kind: string,
  report: Report,
) {
  const firstIndex = new Map<string, number>();
  records.forEach((record, index) => {
    const first = firstIndex.get(record.id);
    if (first === undefined) firstIndex.set(record.id, index);
    else report([...path, index, 'id'], `${kind} ${record.id}`, 'duplicateId', { first: formatPath([...path, first]) });
  });
}
