// What the shown projects bring: electricity, irrigated land, people and households served, and the
// like — one total per metric and unit, never mixing units.
import { METRICS, type Metric, type ProjectFeature, type Unit } from '../../data/atlasSchema';
import { contributionsByMetric, type FigureContribution, type MetricContributions } from './figureContributions';
import { totalsByUnit, type FigureTotal } from './figureTotals';
import type { AtlasData } from '../../vocabulary';

/**
 * Figures that overlap rather than add up: two projects may serve the same provinces, and hours saved
 * on different roads make no one journey shorter. Several of them are listed, not summed.
 */
const NOT_ADDITIVE: ReadonlySet<Metric> = new Set(['provinces_served', 'travel_time_saved']);

/** Capacity is the projects' size, shown in its own charts; the rest of a project's figures are outcomes. */
export const OUTCOME_METRICS = METRICS.filter((metric) => metric !== 'capacity');

export interface OutcomeRow {
  metric: Metric;
  unit: Unit;
  /** null when the figures may not be added (NOT_ADDITIVE) and there are several. */
  total: FigureTotal | null;
  contributions: FigureContribution[];
  /** Shown projects that state no figure of this metric: unknown, not zero. */
  unstated: ProjectFeature[];
}

/** One row per metric and unit that at least one shown project or group states. */
export function outcomeTotals(data: AtlasData, shown: readonly ProjectFeature[]): OutcomeRow[] {
  const byMetric = contributionsByMetric(data, shown, OUTCOME_METRICS);
  return outcomeRows(OUTCOME_METRICS.map((metric) => byMetric[metric]));
}

/** The outcome rows of figures already gathered, in the order given (see outcomeTotals). */
export function outcomeRows(byMetric: readonly MetricContributions[]): OutcomeRow[] {
  return byMetric.flatMap(({ metric, contributions, unstated }) =>
    totalsByUnit(contributions).map((total) => ({
      metric,
      unit: total.unit,
      total: NOT_ADDITIVE.has(metric) && total.contributions.length > 1 ? null : total,
      contributions: total.contributions,
      unstated,
    })),
  );
}
