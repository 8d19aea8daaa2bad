// The one gate every dataset passes (the build, `npm run data:check`, and the app's loader):
// schema first, then what a schema cannot say: ids unique, references resolve, every quote is
// verbatim at its span, every value is what its quote says.
import type { z } from 'zod';
import { atlas as atlasSchema, type Atlas, type Figure, type QuoteRef } from './atlasSchema';
import { readFigureAmount } from '../domain/quantities/figureAmount';

/** One problem, naming the record and field: `projects.features[3].properties.figures[0].quote`. */
export interface AtlasProblem {
  path: string;
  record: string | null;
  message: string;
}

export type AtlasValidation = { ok: true; atlas: Atlas } | { ok: false; problems: AtlasProblem[] };

export function formatProblem({ path, record, message }: AtlasProblem): string {
  return `${path}: ${message}${record === null ? '' : ` [${record}]`}`;
}

export function validateAtlas(input: unknown): AtlasValidation {
  const parsed = atlasSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => schemaProblem(input, issue)) };
  const problems = checkConsistency(parsed.data);
  return problems.length === 0 ? { ok: true, atlas: parsed.data } : { ok: false, problems };
}

type PathSegment = PropertyKey;

export function formatPath(path: readonly PathSegment[]): string {
  return path
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`))
    .join('');
}

function schemaProblem(input: unknown, issue: z.core.$ZodIssue): AtlasProblem {
  return { path: formatPath(issue.path), record: recordLabel(input, issue.path), message: issue.message };
}

/** "project shelek-wind-60" for a path inside projects.features[i], read from the raw input. */
function recordLabel(input: unknown, path: readonly PathSegment[]): string | null {
  const recordPath = path[0] === 'projects' ? path.slice(0, 3) : path.slice(0, 2);
  const kind = { projects: 'project', speeches: 'speech', organizations: 'organization', groups: 'group' }[String(path[0])];
  if (kind === undefined || typeof recordPath[recordPath.length - 1] !== 'number') return null;
  let node: unknown = input;
  for (const segment of recordPath) {
    node = typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[segment] : undefined;
  }
  const id = typeof node === 'object' && node !== null ? (node as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? `${kind} ${id}` : null;
}

function checkConsistency(atlas: Atlas): AtlasProblem[] {
  const problems: AtlasProblem[] = [];
  const report = (path: PathSegment[], record: string, message: string) =>
    problems.push({ path: formatPath(path), record, message });

  const speeches = new Map(atlas.speeches.map((speech) => [speech.id, speech]));
  const organizationIds = new Set(atlas.organizations.map((organization) => organization.id));
  const projectIds = new Set(atlas.projects.features.map((feature) => feature.id));

  const checkQuote = (ref: QuoteRef, path: PathSegment[], record: string) => {
    const speech = speeches.get(ref.speech);
    if (speech === undefined) return report([...path, 'speech'], record, `unknown speech ${ref.speech}`);
    const paragraphText = speech.paragraphs[ref.span.paragraph]?.text;
    if (paragraphText?.slice(ref.span.start, ref.span.end) === ref.quote) return;
    const foundElsewhere = speech.paragraphs.some((paragraph) => paragraph.text.includes(ref.quote));
    if (foundElsewhere) report([...path, 'span'], record, `does not point at the quote in speech ${ref.speech}`);
    else report([...path, 'quote'], record, `not found in speech ${ref.speech}`);
  };

  const checkFigure = (figure: Figure, path: PathSegment[], record: string) => {
    checkQuote(figure, path, record);
    const reading = readFigureAmount(figure.quote, figure.unit, figure.amount);
    if (!reading.ok) return report([...path, 'unit'], record, reading.reason);
    const { value, qualifier } = reading.quantity;
    if (value !== figure.value) report([...path, 'value'], record, `is ${figure.value} but "${figure.amount}" says ${value}`);
    if (qualifier !== figure.qualifier) {
      report([...path, 'qualifier'], record, `is ${figure.qualifier} but "${figure.amount}" says ${qualifier}`);
    }
  };

  reportDuplicates(atlas.speeches, ['speeches'], 'speech', report);
  reportDuplicates(atlas.organizations, ['organizations'], 'organization', report);
  reportDuplicates(atlas.projects.features, ['projects', 'features'], 'project', report);
  reportDuplicates(atlas.groups, ['groups'], 'group', report);

  atlas.organizations.forEach((organization, index) => {
    const path = ['organizations', index];
    const record = `organization ${organization.id}`;
    if (organization.parent !== null && !organizationIds.has(organization.parent)) {
      report([...path, 'parent'], record, `unknown organization ${organization.parent}`);
    }
    organization.figures.forEach((figure, figureIndex) => checkFigure(figure, [...path, 'figures', figureIndex], record));
  });

  atlas.projects.features.forEach((feature, index) => {
    const path = ['projects', 'features', index];
    const record = `project ${feature.id}`;
    const { properties } = feature;
    if (properties.id !== feature.id) report([...path, 'properties', 'id'], record, `differs from the feature id ${feature.id}`);
    if (properties.builder !== null) {
      checkQuote(properties.builder, [...path, 'properties', 'builder'], record);
      if (!organizationIds.has(properties.builder.organization)) {
        report([...path, 'properties', 'builder', 'organization'], record, `unknown organization ${properties.builder.organization}`);
      }
    }
    if (properties.status !== null) checkQuote(properties.status, [...path, 'properties', 'status'], record);
    properties.mentions.forEach((mention, mentionIndex) =>
      checkQuote(mention, [...path, 'properties', 'mentions', mentionIndex], record),
    );
    properties.figures.forEach((figure, figureIndex) =>
      checkFigure(figure, [...path, 'properties', 'figures', figureIndex], record),
    );
    properties.groups.forEach((groupId, groupIndex) => {
      const group = atlas.groups.find((candidate) => candidate.id === groupId);
      if (group === undefined) report([...path, 'properties', 'groups', groupIndex], record, `unknown group ${groupId}`);
      else if (!group.members.includes(feature.id)) {
        report([...path, 'properties', 'groups', groupIndex], record, `group ${groupId} does not list this project as a member`);
      }
    });
  });

  atlas.groups.forEach((group, index) => {
    const path = ['groups', index];
    const record = `group ${group.id}`;
    group.members.forEach((member, memberIndex) => {
      if (!projectIds.has(member)) report([...path, 'members', memberIndex], record, `unknown project ${member}`);
    });
    group.figures.forEach((figure, figureIndex) => checkFigure(figure, [...path, 'figures', figureIndex], record));
  });

  // A group id shared with a project would make links ambiguous.
  atlas.groups.forEach((group, index) => {
    if (projectIds.has(group.id)) report(['groups', index, 'id'], `group ${group.id}`, 'is also a project id');
  });
  return problems;
}

function reportDuplicates(
  records: readonly { id: string }[],
  path: PathSegment[],
  kind: string,
  report: (path: PathSegment[], record: string, message: string) => void,
) {
  const firstIndex = new Map<string, number>();
  records.forEach((record, index) => {
    const first = firstIndex.get(record.id);
    if (first === undefined) firstIndex.set(record.id, index);
    else report([...path, index, 'id'], `${kind} ${record.id}`, `duplicate id, first used at ${formatPath([...path, first])}`);
  });
}
