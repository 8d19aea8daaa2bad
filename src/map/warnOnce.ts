// Map and overlay errors are reported, never thrown into React; a render loop would otherwise
// repeat the same warning on every frame.
const reported = new Set<string>();

export function warnOnce(source: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const key = `${source}: ${message}`;
  if (reported.has(key)) return;
  reported.add(key);
  console.warn(`[map] ${key}`, error);
}
