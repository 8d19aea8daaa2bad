// The visitor's column choices, remembered per file header: the next export from the same source
// opens without the dialog.
import { z } from '../../zod';
import type { ColumnMapping } from '../../domain/layers/detectColumns';

const KEY_PREFIX = 'atlas.layerColumns:';
const column = z.string().nullable();
const mappingSchema = z.object({ name: column, latitude: column, longitude: column, capacity: column, category: column });

const keyOf = (header: readonly string[]) => `${KEY_PREFIX}${JSON.stringify(header)}`;

export function rememberedColumns(header: readonly string[]): ColumnMapping | null {
  try {
    const stored = window.localStorage.getItem(keyOf(header));
    if (stored === null) return null;
    const parsed = mappingSchema.safeParse(JSON.parse(stored));
    // A remembered column the header no longer has is no memory of this file.
    if (!parsed.success || Object.values(parsed.data).some((name) => name !== null && !header.includes(name))) return null;
    return parsed.data;
  } catch {
    return null;
  }
}

export function rememberColumns(header: readonly string[], mapping: ColumnMapping): void {
  try {
    window.localStorage.setItem(keyOf(header), JSON.stringify(mapping));
  } catch {
    // Storage full or denied: the choice still applies now, it is only not remembered.
  }
}
