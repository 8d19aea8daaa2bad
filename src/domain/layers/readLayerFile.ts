// Decides what a file that is not an atlas holds, and reads it: GeoJSON becomes a layer at once; a
// table becomes one once its columns are known (detected, remembered, or chosen in the dialog).
import { decodeLayerText } from './decodeLayerText';
import { detectColumns, type ColumnMapping, type DetectedColumns } from './detectColumns';
import { geoJsonToLayer, isFeatureCollection } from './geoJsonLayer';
import type { ReferenceLayer } from './referenceLayer';
import type { StoredColumnChoices } from './columnChoiceKey';
import { rememberedColumns } from './rememberedColumns';
import { tableToLayer } from './tableLayer';
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

/** What opening a file came to: a layer, a table whose columns the visitor should choose, or a failure. */
export type LayerOpening =
  | { kind: 'layer'; layer: ReferenceLayer }
  | { kind: 'choose'; fileName: string; header: string[]; firstRow: Record<string, string>; detected: DetectedColumns }
  | { kind: 'failed'; fileName: string; reason: 'encoding' | 'geojson' | 'empty' | 'noRows' | 'fetch'; detail: string };

export interface ColumnsToUse {
  /** The visitor's choice in the dialog, if this is the second reading. */
  chosen: ColumnMapping | null;
  remembered: StoredColumnChoices;
  /** Whether an unsure detection asks the visitor (a dropped file) or is taken as it is (a link, which should open the same for everyone). */
  ask: boolean;
}

/** A layer with no placed feature says so, with every row's reason. */
function checkedLayer(layer: ReferenceLayer): LayerOpening {
  return layer.features.length === 0 ? { kind: 'failed', fileName: layer.fileName, reason: 'noRows', detail: '' } : { kind: 'layer', layer };
}

/** Reads a file to a layer: a table whose columns are chosen, remembered or surely detected becomes one here. */
export function openLayerBytes(bytes: Uint8Array, fileName: string, columns: ColumnsToUse): LayerOpening {
  const read = readLayerBytes(bytes, fileName);
  if (read.kind === 'failed') return { kind: 'failed', fileName, reason: read.reason, detail: read.detail };
  if (read.kind === 'layer') return checkedLayer(read.layer);
  const mapping = columns.chosen ?? rememberedColumns(read.table.header, columns.remembered) ?? (columns.ask && !read.detected.sure ? null : read.detected.mapping);
  if (mapping === null) return { kind: 'choose', fileName, header: read.table.header, firstRow: read.table.rows[0]?.cells ?? {}, detected: read.detected };
  return checkedLayer(tableToLayer(read.table, mapping, fileName));
}
