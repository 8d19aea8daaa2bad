// A link may name a file only on this site: shared by the dataset (`data=`) and reference layer
// (`layer=`) loaders, at the fetch boundary, so every spelling of another origin (`//host`,
// `\\host`, `/\host`, a leading tab, a scheme) is judged by where the request would really go.

/** The link resolved exactly as fetch resolves it, or null when it leads off this site. */
export function resolveOnThisSite(value: string, base: string = window.location.href): URL | null {
  try {
    const resolved = new URL(value, base);
    return resolved.origin === new URL(base).origin ? resolved : null;
  } catch {
    return null;
  }
}
