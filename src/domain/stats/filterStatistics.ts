// Everything the statistics view shows for the projects that pass the filters, in one pure function.
import type { CountryCode, ProjectFeature, Sector } from '../../data/atlasSchema';
import type { AtlasData } from '../../data/loadAtlas';
import { breakdownByCountry, breakdownBySector, type CountryKey, type SectorKey, type UnitBreakdown } from './figureBreakdown';
import { metricContributions } from './figureContributions';
import { organizationFigures, type OrganizationFigures } from './organizationFigures';
import { outcomeTotals, type OutcomeRow } from './outcomeTotals';
import { projectCountsByCountry, projectCountsBySector, type CountRow } from './projectCounts';

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
  const capacity = metricContributions(data, shown, 'capacity');
  return {
    shown,
    capacity: {
      byCountry: breakdownByCountry(capacity.contributions),
      bySector: breakdownBySector(capacity.contributions),
      unstated: capacity.unstated,
    },
    countsByCountry: projectCountsByCountry(shown),
    countsBySector: projectCountsBySector(shown),
    outcomes: outcomeTotals(data, shown),
    organizations: organizationFigures(data, shown),
    withoutFigures: shown.filter((project) => project.properties.figures.length === 0 && project.properties.groups.length === 0),
  };
}
