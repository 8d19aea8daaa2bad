// The page's side of the remembered column choices: this browser's storage.
import type { ColumnMapping } from '../../domain/layers/detectColumns';
import { columnChoiceKey, type StoredColumnChoices } from '../../domain/layers/columnChoiceKey';

const KEY_PREFIX = columnChoiceKey([]).slice(0, -2);

export function storedColumnChoices(): StoredColumnChoices {
  const stored: Record<string, string> = {};
  try {
    for (let index = 0; index < window.localStorage.length; index += 1) {
      const key = window.localStorage.key(index);
      const value = key?.startsWith(KEY_PREFIX) ? window.localStorage.getItem(key) : null;
      if (key && value !== null) stored[key] = value;
    }
  } catch {
    // Storage denied: nothing remembered.
  }
  return stored;
}

export function rememberColumns(header: readonly string[], mapping: ColumnMapping): void {
  try {
    window.localStorage.setItem(columnChoiceKey(header), JSON.stringify(mapping));
  } catch {
    // Storage full or denied: the choice still applies now, it is only not remembered.
  }
}
