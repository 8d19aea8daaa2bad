// Decides what a file that is not an atlas holds, and reads it: GeoJSON becomes a layer at once; a
// table becomes one once its columns are known (detected, remembered, or chosen in the dialog).
import { decodeLayerText } from './decodeLayerText';
import { detectColumns, type DetectedColumns } from './detectColumns';
import { geoJsonToLayer, isFeatureCollection } from './geoJsonLayer';
import type { ReferenceLayer } from './referenceLayer';
import { parseTable, type Table } from './tableLayer';

export type LayerRead =
  | { kind: 'layer'; layer: ReferenceLayer }
  | { kind: 'table'; table: Table; detected: DetectedColumns }
  | { kind: 'failed'; reason: 'encoding' | 'geojson' | 'empty'; detail: string };

export function readLayerBytes(bytes: Uint8Array, fileName: string): LayerRead {
  const decoded = decodeLayerText(bytes);
  if (!decoded.ok) return { kind: 'failed', reason: 'encoding', detail: decoded.encoding };
  const text = decoded.text;
  if (/^\s*[[{]/.test(text)) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return { kind: 'failed', reason: 'geojson', detail: error instanceof Error ? error.message : String(error) };
    }
    if (!isFeatureCollection(value)) return { kind: 'failed', reason: 'geojson', detail: 'type: not a FeatureCollection' };
    const read = geoJsonToLayer(value, fileName);
    return read.ok ? { kind: 'layer', layer: read.layer } : { kind: 'failed', reason: 'geojson', detail: read.problem };
  }
  const table = parseTable(text);
  if (table.header.length === 0 || (table.rows.length === 0 && table.problems.length === 0)) return { kind: 'failed', reason: 'empty', detail: '' };
  return { kind: 'table', table, detected: detectColumns(table.header, table.rows.map((row) => row.cells)) };
}
