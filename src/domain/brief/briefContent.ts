// What a printed brief holds for a selection of projects: the projects in order, every figure once
// (a group's figure under the group, however many of its members are selected), the words that cite
// a project without figures, and where each location comes from.
import type { ExternalSource, Figure, LocalizedName, ProjectFeature, ProjectGroup, ProjectLocation, QuoteRef, Speech } from '../../data/atlasSchema';
import { sentenceAround } from '../provenance/locateQuote';

/** A figure with whose it is: a project's, or a group's the speech states for several projects together. */
export interface BriefFigure {
  figure: Figure;
  owner: LocalizedName;
  /** Set for a group's figure: the selected projects it covers. */
  group: ProjectGroup | null;
}

/** What one sentence of a speech states or names: the sentence is quoted once for all of it. */
export interface InSentence<Item> {
  speech: Speech;
  items: [Item, ...Item[]];
}

/** A project without figures, by the first words that name it. */
export interface BriefCitation {
  project: LocalizedName;
  quote: QuoteRef;
}

export interface BriefLocationSource {
  source: ExternalSource;
  /** The projects placed by this source, with the place and its precision. */
  places: { project: LocalizedName; location: ProjectLocation }[];
}

export interface BriefContent {
  projects: ProjectFeature[];
  figures: BriefFigure[];
  /** The figures by the sentence that states them, in the order of their first figure. */
  evidence: InSentence<BriefFigure>[];
  /** The groups whose figures the brief shows, in the order they first appear. */
  groups: ProjectGroup[];
  /** Projects with no figure of their own or of a group, by the sentence that names them. */
  citations: InSentence<BriefCitation>[];
  locationSources: BriefLocationSource[];
  /** Selected projects the speeches place nowhere. */
  unplaced: LocalizedName[];
}

/**
 * The brief's projects: the comparison's (`compared`, its ids) when it is the view shown, otherwise
 * what the filters let through.
 */
export function briefSelection(compared: readonly string[] | null, visible: readonly ProjectFeature[], projectsById: ReadonlyMap<string, ProjectFeature>): ProjectFeature[] {
  return compared === null ? [...visible] : compared.flatMap((id) => projectsById.get(id) ?? []);
}

export function briefContent(projects: readonly ProjectFeature[], groupsById: ReadonlyMap<string, ProjectGroup>, speechesById: ReadonlyMap<string, Speech>): BriefContent {
  const figures: BriefFigure[] = [];
  const citations: BriefCitation[] = [];
  const groupsShown = new Map<string, ProjectGroup>();
  const sources = new Map<string, BriefLocationSource>();
  const unplaced: LocalizedName[] = [];
  for (const project of projects) {
    const { name, location } = project.properties;
    for (const figure of project.properties.figures) figures.push({ figure, owner: name, group: null });
    const groups = project.properties.groups.flatMap((id) => groupsById.get(id) ?? []);
    for (const group of groups) {
      if (groupsShown.has(group.id)) continue;
      groupsShown.set(group.id, group);
      for (const figure of group.figures) figures.push({ figure, owner: group.name, group });
    }
    const [firstMention] = project.properties.mentions;
    if (project.properties.figures.length === 0 && groups.length === 0 && firstMention !== undefined) citations.push({ project: name, quote: firstMention });
    if (location === null) {
      unplaced.push(name);
      continue;
    }
    const key = `${location.source.title}\n${location.source.url ?? ''}\n${location.source.note}`;
    const entry: BriefLocationSource = sources.get(key) ?? { source: location.source, places: [] };
    entry.places.push({ project: name, location });
    sources.set(key, entry);
  }
  return { projects: [...projects], figures, evidence: bySentence(figures, ({ figure }) => figure, speechesById), groups: [...groupsShown.values()], citations: bySentence(citations, ({ quote }) => quote, speechesById), locationSources: [...sources.values()], unplaced };
}

/** Items by the sentence of their quote, in the order of each sentence's first item. The build located every quote in its speech. */
function bySentence<Item>(items: readonly Item[], quoteOf: (item: Item) => QuoteRef, speechesById: ReadonlyMap<string, Speech>): InSentence<Item>[] {
  const sentences = new Map<string, InSentence<Item>>();
  for (const item of items) {
    const { speech: speechId, span } = quoteOf(item);
    const speech = speechesById.get(speechId);
    if (speech === undefined) continue;
    const sentence = sentenceAround(speech.paragraphs[span.paragraph]?.text ?? '', span.start, span.end);
    const key = `${speechId}:${span.paragraph}:${sentence.start}`;
    const entry = sentences.get(key);
    if (entry === undefined) sentences.set(key, { speech, items: [item] });
    else entry.items.push(item);
  }
  return [...sentences.values()];
}
