// Figures in the visitor's language: Intl.NumberFormat does the numbers (万/亿 in zh, "million" in
// en, "млн" in ru); the qualifier and unit words come from the tables below.
import type { Qualifier, Unit } from '../../data/atlasSchema';
import type { Language } from '../../state/viewState';

const UNIT_LABELS: Record<Language, Record<Unit, string>> = {
  zh: {
    MW: '兆瓦',
    'kWh/yr': '千瓦时/年',
    ha: '公顷',
    people: '人',
    households: '户',
    vehicles: '辆',
    hours: '小时',
    provinces: '个省份',
    jobs: '个就业岗位',
    USD: '美元',
    years: '年',
  },
  en: {
    MW: 'MW',
    'kWh/yr': 'kWh/yr',
    ha: 'ha',
    people: 'people',
    households: 'households',
    vehicles: 'vehicles',
    hours: 'hours',
    provinces: 'provinces',
    jobs: 'jobs',
    USD: 'USD',
    years: 'years',
  },
  ru: {
    MW: 'МВт',
    'kWh/yr': 'кВт·ч/год',
    ha: 'га',
    people: 'чел.',
    households: 'домохозяйств',
    vehicles: 'автомобилей',
    hours: 'ч',
    provinces: 'провинций',
    jobs: 'рабочих мест',
    USD: 'долл. США',
    years: 'лет',
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

export function formatNumber(value: number, language: Language): string {
  const compact = value >= COMPACT_FROM[language];
  return new Intl.NumberFormat(LOCALES[language], {
    notation: compact ? 'compact' : 'standard',
    compactDisplay: 'long',
    maximumFractionDigits: compact ? 2 : 1,
  }).format(value);
}

export function unitLabel(unit: Unit, language: Language): string {
  return UNIT_LABELS[language][unit];
}

export function qualifierLabel(qualifier: Qualifier, language: Language): string {
  return QUALIFIER_LABELS[language][qualifier];
}

/** "超 5.5亿 千瓦时/年", "over 550 million kWh/yr", "более 550 миллионов кВт·ч/год". */
export function formatQuantity(value: number, unit: Unit, qualifier: Qualifier | null, language: Language): string {
  const parts = [qualifier === null ? null : QUALIFIER_LABELS[language][qualifier], formatNumber(value, language), UNIT_LABELS[language][unit]];
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
