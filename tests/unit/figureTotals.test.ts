// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { METRICS, type Qualifier } from '../../src/data/atlasSchema';
import { metricContributions } from '../../src/domain/stats/figureContributions';
import { isApproximate, totalQualifier, totalsByUnit } from '../../src/domain/stats/figureTotals';
import { builtAtlasData } from '../fixtures/builtAtlas';

const data = builtAtlasData();
const shown = data.atlas.projects.features;

describe('totalQualifier', () => {
  it.each<[Array<Qualifier | null>, Qualifier | null]>([
    [[], null],
    [[null, null], null],
    [['over', null], 'over'],
    [['more_than', null, 'more_than'], 'more_than'],
    // Two kinds of lower bound are still a lower bound.
    [['more_than', 'over', null], 'more_than'],
    [['nearly', null], 'nearly'],
    [['about', null], 'about'],
    // A lower bound plus a figure just under its mark is neither: about.
    [['nearly', 'more_than'], 'about'],
    [['about', 'over'], 'about'],
  ])('%j → %s', (qualifiers, expected) => {
    expect(totalQualifier(qualifiers)).toBe(expected);
  });
});

describe('totalsByUnit', () => {
  const everyContribution = METRICS.flatMap((metric) => metricContributions(data, shown, metric).contributions);

  it('adds only figures of one unit, and all of them', () => {
    const totals = totalsByUnit(everyContribution);
    expect(new Set(totals.map((total) => total.unit)).size).toBe(totals.length);
    for (const total of totals) {
      expect(total.contributions.every(({ figure }) => figure.unit === total.unit)).toBe(true);
      const expected = everyContribution.filter(({ figure }) => figure.unit === total.unit).reduce((sum, { figure }) => sum + figure.value, 0);
      expect(total.value).toBe(expected);
    }
    expect(totals.flatMap((total) => total.contributions)).toHaveLength(everyContribution.length);
  });

  it('flags a total approximate exactly when a qualified figure is in it', () => {
    for (const total of totalsByUnit(everyContribution)) {
      expect(isApproximate(total)).toBe(total.contributions.some(({ figure }) => figure.qualifier !== null));
    }
  });

  it('gives nothing for nothing (not a zero)', () => {
    expect(totalsByUnit([])).toEqual([]);
  });
});
