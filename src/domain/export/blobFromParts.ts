// A file made of text parts. A million projects make more text than one JavaScript string may hold
// (V8: 2^29 − 24 characters), so exports never build the whole: each part becomes a Blob of its own,
// which the browser may keep outside the JavaScript heap, and is dropped before the next is made.

export function blobFromParts(parts: Iterable<string>, type: string): Blob {
  const blobs: Blob[] = [];
  for (const part of parts) blobs.push(new Blob([part]));
  return new Blob(blobs, { type });
}

/** The items in slices of at most `size`, without copying the whole list. */
export function* slices<Item>(items: readonly Item[], size: number): Generator<Item[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}
