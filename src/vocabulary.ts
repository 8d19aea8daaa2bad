// The words every layer shares: the interface languages, the visitor's filters and the loaded atlas.
// A leaf: it imports nothing of the app but the record types (the zod schema, itself a leaf), so
// domain, data, state, map and features can all use these without an arrow running back up.
import type { Atlas, CountryCode, Organization, ProjectFeature, ProjectGroup, Sector, Speech } from './data/atlasSchema';

export const LANGUAGES = ['zh', 'en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Filters {
  countries: CountryCode[];
  sectors: Sector[];
  builders: string[];
}

export const EMPTY_FILTERS: Filters = { countries: [], sectors: [], builders: [] };

/** How to build one index of a dataset's projects; the module that owns the index declares it once. */
export type ProjectsIndexBuilder<T> = (projects: readonly ProjectFeature[]) => T;

/**
 * The indexes derived from one dataset's projects (facets, shapes, anchors, sort orders): each is
 * built the first time it is asked for and kept here, so it lives exactly as long as the AtlasData
 * that holds it, and goes with it when the visitor leaves that dataset. The projects are read-only,
 * which is what lets an index be kept at all.
 */
export class AtlasIndex {
  readonly #built = new Map<ProjectsIndexBuilder<unknown>, unknown>();

  constructor(readonly projects: readonly ProjectFeature[]) {}

  get<T>(build: ProjectsIndexBuilder<T>): T {
    if (!this.#built.has(build)) this.#built.set(build, build(this.projects));
    // Stored by its builder, which made it a T.
    return this.#built.get(build) as T;
  }
}

/** A validated atlas, its records by id and its indexes; built by `indexAtlas` in src/data when it loads. */
export interface AtlasData {
  atlas: Atlas;
  index: AtlasIndex;
  projectsById: ReadonlyMap<string, ProjectFeature>;
  organizationsById: ReadonlyMap<string, Organization>;
  speechesById: ReadonlyMap<string, Speech>;
  groupsById: ReadonlyMap<string, ProjectGroup>;
}
