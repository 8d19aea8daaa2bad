// Fetches and validates the dataset at the boundary; from here on the types are trusted.
import { useQuery } from '@tanstack/react-query';
import type { Atlas, Organization, ProjectFeature, ProjectGroup, Speech } from './atlasSchema';
import { formatProblem, validateAtlas } from './validateAtlas';

/** The dataset shipped with the app, next to index.html (works under any sub-path). */
export function shippedAtlasUrl(): string {
  return `${import.meta.env.BASE_URL}data/atlas.json`;
}

/** A load that failed, with every problem naming record and field. */
export class AtlasLoadError extends Error {
  constructor(
    message: string,
    readonly problems: readonly string[],
  ) {
    super(message);
    this.name = 'AtlasLoadError';
  }
}

export interface AtlasData {
  atlas: Atlas;
  projectsById: ReadonlyMap<string, ProjectFeature>;
  organizationsById: ReadonlyMap<string, Organization>;
  speechesById: ReadonlyMap<string, Speech>;
  groupsById: ReadonlyMap<string, ProjectGroup>;
}

export function indexAtlas(atlas: Atlas): AtlasData {
  return {
    atlas,
    projectsById: new Map(atlas.projects.features.map((feature) => [feature.id, feature])),
    organizationsById: new Map(atlas.organizations.map((organization) => [organization.id, organization])),
    speechesById: new Map(atlas.speeches.map((speech) => [speech.id, speech])),
    groupsById: new Map(atlas.groups.map((group) => [group.id, group])),
  };
}

export async function fetchAtlas(url: string): Promise<AtlasData> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new AtlasLoadError(`${url} could not be fetched: ${error instanceof Error ? error.message : String(error)}`, []);
  }
  if (!response.ok) throw new AtlasLoadError(`${url} answered HTTP ${response.status}`, []);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new AtlasLoadError(`${url} is not valid JSON`, []);
  }
  const validation = validateAtlas(json);
  if (!validation.ok) throw new AtlasLoadError(`${url} is not a valid atlas`, validation.problems.map(formatProblem));
  return indexAtlas(validation.atlas);
}

export function useAtlas(url: string = shippedAtlasUrl()) {
  return useQuery({ queryKey: ['atlas', url], queryFn: () => fetchAtlas(url), staleTime: Infinity, retry: false });
}
