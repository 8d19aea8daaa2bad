// A link may name a file only on this site (the Content-Security-Policy lets no other origin in):
// shared by the dataset (`data=`) and reference layer (`layer=`) loaders.
export function isSameOrigin(value: string, base: string = window.location.href): boolean {
  try {
    return new URL(value, base).origin === new URL(base).origin;
  } catch {
    return false;
  }
}
