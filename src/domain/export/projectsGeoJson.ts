// The shown projects as a GeoJSON file, with the properties the app reads. Group figures belong to no
// single feature, so the groups with a shown member travel alongside as a foreign member (RFC 7946 §6.1).
import type { ProjectFeature } from '../../data/atlasSchema';
import { groupsOfShown } from '../stats/figureContributions';
import { blobFromParts, slices } from './blobFromParts';
import type { AtlasData } from '../../vocabulary';

export const GEOJSON_TYPE = 'application/geo+json';

/** Features per part of the text: some hundreds of kilobytes. */
const FEATURES_PER_PART = 500;

/** The FeatureCollection's JSON text in parts, a slice of features each (compact: a million pretty-printed features double the file). */
export function* projectsGeoJsonParts(data: AtlasData, shown: readonly ProjectFeature[]): Generator<string> {
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for (const slice of slices(shown, FEATURES_PER_PART)) {
    yield `${first ? '' : ','}${slice.map((feature) => JSON.stringify(feature)).join(',')}`;
    first = false;
  }
  yield `],"groups":${JSON.stringify(groupsOfShown(data, shown).map(({ group }) => group))}}`;
}

export function projectsGeoJsonBlob(data: AtlasData, shown: readonly ProjectFeature[]): Blob {
  return blobFromParts(projectsGeoJsonParts(data, shown), GEOJSON_TYPE);
}
