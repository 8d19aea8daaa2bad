// The visitor's column choices, remembered per file header: the next export from the same source
// opens without the dialog. Pure, so the worker that reads the file can look them up; the page
// reads and writes them in its storage.
import { z } from '../../zod';
import type { ColumnMapping } from './detectColumns';
import { columnChoiceKey, type StoredColumnChoices } from './columnChoiceKey';

const column = z.string().nullable();
const mappingSchema = z.object({ name: column, latitude: column, longitude: column, capacity: column, category: column });

export function rememberedColumns(header: readonly string[], stored: StoredColumnChoices): ColumnMapping | null {
  const text = stored[columnChoiceKey(header)];
  if (text === undefined) return null;
  try {
    const parsed = mappingSchema.safeParse(JSON.parse(text));
    // A remembered column the header no longer has is no memory of this file.
    if (!parsed.success || Object.values(parsed.data).some((name) => name !== null && !header.includes(name))) return null;
    return parsed.data;
  } catch {
    return null;
  }
}
