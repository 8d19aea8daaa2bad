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

/** A validated atlas and its records by id; built by `indexAtlas` in src/data when it loads. */
export interface AtlasData {
  atlas: Atlas;
  projectsById: ReadonlyMap<string, ProjectFeature>;
  organizationsById: ReadonlyMap<string, Organization>;
  speechesById: ReadonlyMap<string, Speech>;
  groupsById: ReadonlyMap<string, ProjectGroup>;
}
