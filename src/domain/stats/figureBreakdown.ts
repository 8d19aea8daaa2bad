// Totals of one metric by country and by sector. A figure stated for a project in several countries
// (the gas pipeline crosses four) cannot be split among them, and counting it in full in each would
// add it several times: it goes to a row of its own, "cross-border". Likewise a group figure whose
// members lie in several countries or sectors.
import { COUNTRY_CODES, SECTORS, type CountryCode, type ProjectFeature, type Sector, type Unit } from '../../data/atlasSchema';
import { subjectProjects, type FigureContribution } from './figureContributions';
import { totalsByUnit, type FigureTotal } from './figureTotals';

export const CROSS_BORDER = 'cross-border';
export const SEVERAL_SECTORS = 'several-sectors';
export type CountryKey = CountryCode | typeof CROSS_BORDER;
export type SectorKey = Sector | typeof SEVERAL_SECTORS;

export interface BreakdownRow<Key extends string> {
  key: Key;
  total: FigureTotal;
}

/** One chart's worth: rows of one unit only. */
export interface UnitBreakdown<Key extends string> {
  unit: Unit;
  /** Largest first; the shared row (cross-border, several sectors) last. */
  rows: Array<BreakdownRow<Key>>;
}

function breakdown<Key extends string>(
  contributions: readonly FigureContribution[],
  keysOf: (project: ProjectFeature) => readonly Key[],
  order: readonly Key[],
  sharedKey: Key,
): Array<UnitBreakdown<Key>> {
  const byKey = new Map<Key, FigureContribution[]>();
  for (const contribution of contributions) {
    const keys = new Set(subjectProjects(contribution.subject).flatMap(keysOf));
    const [only] = keys;
    const key = keys.size === 1 && only !== undefined ? only : sharedKey;
    byKey.set(key, [...(byKey.get(key) ?? []), contribution]);
  }
  const rows = [...order, sharedKey].flatMap((key) => totalsByUnit(byKey.get(key) ?? []).map((total) => ({ key, total })));
  const units = [...new Set(rows.map(({ total }) => total.unit))];
  return units.map((unit) => ({
    unit,
    rows: rows
      .filter(({ total }) => total.unit === unit)
      // Stable sort: equal values keep the schema's order.
      .sort((a, b) => Number(a.key === sharedKey) - Number(b.key === sharedKey) || b.total.value - a.total.value),
  }));
}

export function breakdownByCountry(contributions: readonly FigureContribution[]): Array<UnitBreakdown<CountryKey>> {
  return breakdown<CountryKey>(contributions, (project) => project.properties.countries, COUNTRY_CODES, CROSS_BORDER);
}

export function breakdownBySector(contributions: readonly FigureContribution[]): Array<UnitBreakdown<SectorKey>> {
  return breakdown<SectorKey>(contributions, (project) => [project.properties.sector], SECTORS, SEVERAL_SECTORS);
}
