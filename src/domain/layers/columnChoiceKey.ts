// Where a file header's column choices are stored: shared by the page, which keeps them, and the
// reader of layer files, which looks them up. No schema here, so the page's side stays light.

/** Stored choices as the storage holds them: the header's key, and the choice as JSON text. */
export type StoredColumnChoices = Readonly<Record<string, string>>;

export const columnChoiceKey = (header: readonly string[]) => `atlas.layerColumns:${JSON.stringify(header)}`;
