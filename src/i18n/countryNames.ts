// Country names in the interface language, from the ISO 3166 tables of i18n-iso-countries.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import ru from 'i18n-iso-countries/langs/ru.json';
import zh from 'i18n-iso-countries/langs/zh.json';
import type { Language } from '../state/viewState';

countries.registerLocale(en);
countries.registerLocale(ru);
countries.registerLocale(zh);

/** The names the countries use for themselves in Russian, where the table has older forms. */
const OVERRIDES: Partial<Record<Language, Record<string, string>>> = {
  ru: { KG: 'Кыргызстан', TM: 'Туркменистан', CN: 'Китай' },
};

export function countryName(code: string, language: Language): string {
  return OVERRIDES[language]?.[code] ?? countries.getName(code, language, { select: 'alias' }) ?? code;
}
