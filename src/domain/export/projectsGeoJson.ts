// The shown projects as a GeoJSON file, with the properties the app reads. Group figures belong to no
// single feature, so the groups with a shown member travel alongside as a foreign member (RFC 7946 §6.1).
import type { ProjectFeature, ProjectGroup } from '../../data/atlasSchema';
import type { AtlasData } from '../../data/loadAtlas';
import { groupsOfShown } from '../stats/figureContributions';

export interface ProjectsGeoJson {
  type: 'FeatureCollection';
  features: ProjectFeature[];
  groups: ProjectGroup[];
}

export function projectsGeoJson(data: AtlasData, shown: readonly ProjectFeature[]): ProjectsGeoJson {
  return { type: 'FeatureCollection', features: [...shown], groups: groupsOfShown(data, shown).map(({ group }) => group) };
}
