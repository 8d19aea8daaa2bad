// Totals of one metric by country and by sector. A figure stated for a project in several countries
// (the gas pipeline crosses four) cannot be split among them, and counting it in full in each would
// add it several times: it goes to a row of its own, "cross-border". Likewise a group figure whose
// members lie in several countries or sectors.
import { COUNTRY_CODES, SECTORS, type CountryCode, type ProjectFeature, type Sector, type Unit } from '../../data/atlasSchema';
import { subjectProjects, type FigureContribution } from './figureContributions';
import { unitTotalsTally, type FigureTotal } from './figureTotals';
import { tallied, type Tally } from './tally';

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

/** The one key all the projects share, or undefined when they have several (or none). */
function soleKey<Key extends string>(projects: readonly ProjectFeature[], keysOf: (project: ProjectFeature) => readonly Key[]): Key | undefined {
  let sole: Key | undefined;
  for (const project of projects) {
    for (const key of keysOf(project)) {
      if (sole === undefined) sole = key;
      else if (key !== sole) return undefined;
    }
  }
  return sole;
}

/** breakdownByCountry or breakdownBySector, one contribution at a time. */
function breakdownTally<Key extends string>(
  keysOf: (project: ProjectFeature) => readonly Key[],
  order: readonly Key[],
  sharedKey: Key,
): Tally<FigureContribution, Array<UnitBreakdown<Key>>> {
  const byKey = new Map<Key, Tally<FigureContribution, FigureTotal[]>>();
  return {
    add(contribution, index) {
      const key = soleKey(subjectProjects(contribution.subject), keysOf) ?? sharedKey;
      let totals = byKey.get(key);
      if (totals === undefined) byKey.set(key, (totals = unitTotalsTally()));
      totals.add(contribution, index);
    },
    result() {
      const rows = [...order, sharedKey].flatMap((key) => (byKey.get(key)?.result() ?? []).map((total) => ({ key, total })));
      const units = [...new Set(rows.map(({ total }) => total.unit))];
      return units.map((unit) => ({
        unit,
        rows: rows
          .filter(({ total }) => total.unit === unit)
          // Stable sort: equal values keep the schema's order.
          .sort((a, b) => Number(a.key === sharedKey) - Number(b.key === sharedKey) || b.total.value - a.total.value),
      }));
    },
  };
}

export function countryBreakdownTally(): Tally<FigureContribution, Array<UnitBreakdown<CountryKey>>> {
  return breakdownTally<CountryKey>((project) => project.properties.countries, COUNTRY_CODES, CROSS_BORDER);
}

export function sectorBreakdownTally(): Tally<FigureContribution, Array<UnitBreakdown<SectorKey>>> {
  return breakdownTally<SectorKey>((project) => [project.properties.sector], SECTORS, SEVERAL_SECTORS);
}

export function breakdownByCountry(contributions: readonly FigureContribution[]): Array<UnitBreakdown<CountryKey>> {
  return tallied(contributions, countryBreakdownTally());
}

export function breakdownBySector(contributions: readonly FigureContribution[]): Array<UnitBreakdown<SectorKey>> {
  return tallied(contributions, sectorBreakdownTally());
}
