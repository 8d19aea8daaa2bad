// Figures in the visitor's language: Intl.NumberFormat does the numbers (万/亿 in zh, "million" in
// en, "млн" in ru) and names years and hours; Intl.PluralRules picks each other noun's form
// ("1 job", "2 рабочих места", "5 провинций"); qualifiers come from the table below.
import type { Qualifier, Unit } from '../../data/atlasSchema';
import type { Language } from '../../vocabulary';

/** A countable noun in each plural form its language has (the categories of Intl.PluralRules). */
type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Units the platform names in every language and plural form (Intl.NumberFormat, style 'unit'). */
const INTL_UNITS: Partial<Record<Unit, string>> = { years: 'year', hours: 'hour' };

/** The other units' words: a symbol or a word that does not change, or a noun's plural forms. */
const UNIT_WORDS: Record<Language, Record<Exclude<Unit, 'years' | 'hours'>, string | PluralForms>> = {
  zh: {
    MW: '兆瓦',
    'kWh/yr': '千瓦时/年',
    ha: '公顷',
    people: '人',
    households: '户',
    vehicles: '辆',
    provinces: '个省份',
    jobs: '个就业岗位',
    USD: '美元',
  },
  en: {
    MW: 'MW',
    'kWh/yr': 'kWh/yr',
    ha: 'ha',
    people: 'people',
    households: { one: 'household', other: 'households' },
    vehicles: { one: 'vehicle', other: 'vehicles' },
    provinces: { one: 'province', other: 'provinces' },
    jobs: { one: 'job', other: 'jobs' },
    USD: 'USD',
  },
  ru: {
    MW: 'МВт',
    'kWh/yr': 'кВт·ч/год',
    ha: 'га',
    people: 'чел.',
    households: { one: 'домохозяйство', few: 'домохозяйства', many: 'домохозяйств', other: 'домохозяйства' },
    vehicles: { one: 'автомобиль', few: 'автомобиля', many: 'автомобилей', other: 'автомобиля' },
    provinces: { one: 'провинция', few: 'провинции', many: 'провинций', other: 'провинции' },
    jobs: { one: 'рабочее место', few: 'рабочих места', many: 'рабочих мест', other: 'рабочего места' },
    USD: 'долл. США',
  },
};

const QUALIFIER_LABELS: Record<Language, Record<Qualifier, string>> = {
  zh: { more_than: '超', about: '约', nearly: '近', over: '逾' },
  en: { more_than: 'over', about: 'about', nearly: 'nearly', over: 'more than' },
  ru: { more_than: 'более', about: 'около', nearly: 'почти', over: 'свыше' },
};

const LOCALES: Record<Language, string> = { zh: 'zh-CN', en: 'en-GB', ru: 'ru-RU' };

/** From this size on a number reads better as "5.5亿" / "550 million" than with all its digits. */
const COMPACT_FROM: Record<Language, number> = { zh: 10_000, en: 1_000_000, ru: 1_000_000 };

const isCompact = (value: number, language: Language) => value >= COMPACT_FROM[language];

export function formatNumber(value: number, language: Language): string {
  const compact = isCompact(value, language);
  return new Intl.NumberFormat(LOCALES[language], {
    notation: compact ? 'compact' : 'standard',
    compactDisplay: 'long',
    maximumFractionDigits: compact ? 2 : 1,
  }).format(value);
}

/**
 * The unit's word for this many; without a count, the form a column or axis title takes ("лет",
 * "provinces"). After a number word (million, миллиона) a noun takes the form that word governs,
 * which is the form for a million itself.
 */
export function unitLabel(unit: Unit, language: Language, count = 1_000_000): string {
  const governing = isCompact(count, language) ? 1_000_000 : count;
  const intlUnit = INTL_UNITS[unit];
  if (intlUnit !== undefined) {
    const parts = new Intl.NumberFormat(LOCALES[language], { style: 'unit', unit: intlUnit, unitDisplay: 'long' }).formatToParts(governing);
    return parts.find((part) => part.type === 'unit')?.value.trim() ?? intlUnit;
  }
  // Not a unit the platform names, so one of UNIT_WORDS' keys.
  const words = UNIT_WORDS[language][unit as Exclude<Unit, 'years' | 'hours'>];
  if (typeof words === 'string') return words;
  return words[new Intl.PluralRules(LOCALES[language]).select(governing)] ?? words.other;
}

export function qualifierLabel(qualifier: Qualifier, language: Language): string {
  return QUALIFIER_LABELS[language][qualifier];
}

/** "超 5.5亿 千瓦时/年", "over 550 million kWh/yr", "более 550 миллионов кВт·ч/год". */
export function formatQuantity(value: number, unit: Unit, qualifier: Qualifier | null, language: Language): string {
  const parts = [qualifier === null ? null : QUALIFIER_LABELS[language][qualifier], formatNumber(value, language), unitLabel(unit, language, value)];
  return parts.filter((part) => part !== null).join(language === 'zh' ? '' : ' ');
}

/** One formatter per language: a map's cells ask for hundreds of counts at once. */
const SHORT_COUNTS = Object.fromEntries(
  Object.entries(LOCALES).map(([language, locale]) => [language, new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'short', maximumSignificantDigits: 2 })]),
) as Record<Language, Intl.NumberFormat>;

/** A count where room is short (a map cell): all four digits up to 9999, then two significant ones: "12k", "1.2万", "12 тыс.". */
export function formatCountShort(value: number, language: Language): string {
  return value < 10_000 ? String(value) : SHORT_COUNTS[language].format(value);
}
