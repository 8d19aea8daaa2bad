// Runs inline in the page's <head>, before the prerendered first view paints (vite.config.ts puts
// it there and allows it in the Content-Security-Policy by its hash). The prerendered HTML shows
// the default view in English; a link that asks for anything else (another language, a project,
// filters, another dataset) must not flash it, so the page paints a skeleton of it instead
// (styles.css, html[data-first-view='stale']) until the app renders what the link asks for.

/** The language the build renders the first view in: the app's fallback for browsers in other languages. */
export const PRERENDERED_LANGUAGE = 'en';

export interface GuardSettings {
  prerenderedLanguage: string;
  /** The link format's version (`v`): another version is corrected with a notice, so it is not the default view. */
  urlVersion: string;
  languages: readonly string[];
}

/**
 * Marks the page stale unless its link shows exactly the prerendered view, and gives <html> the
 * link's language from the start. Self-contained, because it is written into the page as text: it
 * repeats browserLanguage (src/state/viewState.ts) in a few lines.
 */
export function guardFirstView({ prerenderedLanguage, urlVersion, languages }: GuardSettings): void {
  const params = new URLSearchParams(window.location.search);
  let browserLanguage = 'en';
  for (const tag of navigator.languages) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (languages.includes(base)) {
      browserLanguage = base;
      break;
    }
  }
  const asked = params.get('lang');
  const language = asked !== null && languages.includes(asked) ? asked : browserLanguage;
  const version = params.get('v');
  const onlyLanguageAndVersion = [...params.keys()].every((key) => key === 'lang' || key === 'v');
  const fresh =
    onlyLanguageAndVersion &&
    params.getAll('lang').length <= 1 &&
    params.getAll('v').length <= 1 &&
    (asked === null || asked === language) &&
    (version === null || version === urlVersion) &&
    language === prerenderedLanguage;
  document.documentElement.lang = language;
  if (!fresh) document.documentElement.dataset.firstView = 'stale';
}

/** The guard as the text of an inline script. */
export function firstViewGuardScript(settings: GuardSettings): string {
  return `(${guardFirstView.toString()})(${JSON.stringify(settings)});`;
}
