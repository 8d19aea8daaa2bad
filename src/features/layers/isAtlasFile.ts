// An opened file is the atlas's own format only if it is JSON and not a GeoJSON FeatureCollection:
// judged from its name and first kilobyte, so a large atlas is not read twice.
import { looksLikeGeoJson, looksLikeTable } from '../../domain/layers/sniffLayerFile';

export async function isAtlasFile(file: File): Promise<boolean> {
  const head = await file.slice(0, 1024).text();
  return !looksLikeTable(file.name, head) && !looksLikeGeoJson(file.name, head);
}
