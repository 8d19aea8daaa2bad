// Everything the statistics view shows for the projects that pass the filters, in one pure function.
import type { CountryCode, ProjectFeature, Sector } from '../../data/atlasSchema';
import { countryBreakdownTally, sectorBreakdownTally, type CountryKey, type SectorKey, type UnitBreakdown } from './figureBreakdown';
import { contributionTally } from './figureContributions';
import { organizationTally, type OrganizationFigures } from './organizationFigures';
import { OUTCOME_METRICS, outcomeRows, type OutcomeRow } from './outcomeTotals';
import { countryCountTally, sectorCountTally, type CountRow } from './projectCounts';
import type { AtlasData } from '../../vocabulary';

export interface FilterStatistics {
  shown: readonly ProjectFeature[];
  capacity: {
    byCountry: Array<UnitBreakdown<CountryKey>>;
    bySector: Array<UnitBreakdown<SectorKey>>;
    /** Shown projects whose speeches state no capacity: listed, never counted as zero. */
    unstated: ProjectFeature[];
  };
  countsByCountry: Array<CountRow<CountryCode>>;
  countsBySector: Array<CountRow<Sector>>;
  outcomes: OutcomeRow[];
  organizations: OrganizationFigures[];
  /** Shown projects for which the speeches state no figure at all, alone or in a group. */
  withoutFigures: ProjectFeature[];
}

export function filterStatistics(data: AtlasData, shown: readonly ProjectFeature[]): FilterStatistics {
  // One pass over the shown projects for all the statistics (see tally.ts).
  const figures = contributionTally(data, shown, ['capacity', ...OUTCOME_METRICS]);
  const countries = countryCountTally();
  const sectors = sectorCountTally();
  const organizations = organizationTally(data);
  const withoutFigures: ProjectFeature[] = [];
  shown.forEach((project, index) => {
    figures.add(project, index);
    countries.add(project, index);
    sectors.add(project, index);
    organizations.add(project, index);
    if (project.properties.figures.length === 0 && project.properties.groups.length === 0) withoutFigures.push(project);
  });
  const byMetric = figures.result();
  const capacityByCountry = countryBreakdownTally();
  const capacityBySector = sectorBreakdownTally();
  byMetric.capacity.contributions.forEach((contribution, index) => {
    capacityByCountry.add(contribution, index);
    capacityBySector.add(contribution, index);
  });
  return {
    shown,
    capacity: {
      byCountry: capacityByCountry.result(),
      bySector: capacityBySector.result(),
      unstated: byMetric.capacity.unstated,
    },
    countsByCountry: countries.result(),
    countsBySector: sectors.result(),
    outcomes: outcomeRows(OUTCOME_METRICS.map((metric) => byMetric[metric])),
    organizations: organizations.result(),
    withoutFigures,
  };
}
