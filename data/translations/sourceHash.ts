import { createHash } from 'node:crypto';

/** A short fingerprint of a Chinese original; ten hex digits tell any edit apart in a speech. */
export function sourceHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}
