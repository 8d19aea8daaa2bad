// Country names in the interface language, from the browser's own CLDR tables (Intl.DisplayNames):
// no name table ships with the app.
import type { Language } from '../vocabulary';

/** The names the countries use for themselves in Russian, where CLDR has older forms. */
const OVERRIDES: Partial<Record<Language, Record<string, string>>> = {
  ru: { KG: 'Кыргызстан', TM: 'Туркменистан', CN: 'Китай' },
};

const displayNames = new Map<Language, Intl.DisplayNames>();

function namesIn(language: Language): Intl.DisplayNames {
  let names = displayNames.get(language);
  if (names === undefined) {
    names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    displayNames.set(language, names);
  }
  return names;
}

export function countryName(code: string, language: Language): string {
  return OVERRIDES[language]?.[code] ?? namesIn(language).of(code) ?? code;
}
