// The figure a total or a chart reads for one metric. Shared by statistics and comparison so both
// read the same figure.
import type { Figure, Metric } from '../../data/atlasSchema';

/**
 * The figure of that metric as it stands now, or null when none is stated. When a metric is stated
 * for two moments (phase before/after), the later one.
 */
export function currentFigure(figures: readonly Figure[], metric: Metric): Figure | null {
  return figures.find((figure) => figure.metric === metric && isCurrent(figure)) ?? null;
}

/** Whether a figure states its metric as it stands now: not the earlier of a before/after pair. */
export function isCurrent(figure: Figure): boolean {
  return figure.phase !== 'before';
}
