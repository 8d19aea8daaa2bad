// What an opened file is, from its name and first bytes, without reading (or bundling a parser for) the rest.
/** Whether a JSON file is a GeoJSON FeatureCollection rather than an atlas, from its first bytes. */
export function looksLikeGeoJson(fileName: string, head: string): boolean {
  return /\.geojson$/i.test(fileName) || /^\s*\{\s*"type"\s*:\s*"FeatureCollection"/.test(head.replace(/^\uFEFF/, ''));
}

/** Whether a file is a table (CSV or TSV) rather than JSON, by its name or first character. */
export function looksLikeTable(fileName: string, head: string): boolean {
  return /\.(csv|tsv|txt)$/i.test(fileName) || !/^\s*[[{]/.test(head.replace(/^\uFEFF/, ''));
}
