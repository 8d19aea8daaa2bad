// @vitest-environment node
// Totals of the forum's figures, worked out by hand from the speeches (public/data/atlas.json is
// built from them): every expected value below is written out, with its arithmetic.
import { describe, expect, it } from 'vitest';
import type { CountryCode, Qualifier } from '../../src/data/atlasSchema';
import { metricContributions } from '../../src/domain/stats/figureContributions';
import { isApproximate, totalQualifier, totalsByUnit } from '../../src/domain/stats/figureTotals';
import { builtAtlasData } from '../fixtures/builtAtlas';

const data = builtAtlasData();
const features = data.atlas.projects.features;
const inCountry = (code: CountryCode) => features.filter((feature) => feature.properties.countries.includes(code));

/** What a total says, without the figures it adds. */
const stated = (totals: ReturnType<typeof totalsByUnit>) => totals.map(({ unit, value, qualifier }) => ({ unit, value, qualifier }));
const contributors = (totals: ReturnType<typeof totalsByUnit>) =>
  totals.map((total) => total.contributions.map(({ subject }) => (subject.kind === 'project' ? subject.project.id : subject.group.id)));

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

describe('totalsByUnit on the forum data', () => {
  it('adds every stated capacity: 1,010 MW', () => {
    const totals = totalsByUnit(metricContributions(data, features, 'capacity').contributions);
    // s08 Genertec: 100 (Uzbek gas CHP) + 150 (Kazakh wind farm);
    // s11 PowerChina: 60 (Shelek) + 100 (Zhanatas) + 100 (Navoi solar) + 500 (Zarafshan)
    // = 100 + 150 + 60 + 100 + 100 + 500 = 1,010 MW, every figure exact.
    expect(stated(totals)).toEqual([{ unit: 'MW', value: 1010, qualifier: null }]);
    expect(isApproximate(totals[0]!)).toBe(false);
  });

  it('adds Kazakhstan’s capacities: 310 MW', () => {
    const totals = totalsByUnit(metricContributions(data, inCountry('KZ'), 'capacity').contributions);
    // 150 (Genertec, 哈萨克斯坦150兆瓦风电项目) + 60 (谢列克60兆瓦风电) + 100 (札纳塔斯100兆瓦风电) = 310 MW.
    expect(stated(totals)).toEqual([{ unit: 'MW', value: 310, qualifier: null }]);
    expect(contributors(totals)).toEqual([['genertec-kazakhstan-wind-150', 'shelek-wind-60', 'zhanatas-wind-100']]);
  });

  it('adds Uzbekistan’s capacities: 700 MW', () => {
    const totals = totalsByUnit(metricContributions(data, inCountry('UZ'), 'capacity').contributions);
    // 100 (乌兹别克斯坦100兆瓦热电联供项目) + 100 (纳沃伊100兆瓦光伏电站) + 500 (泽拉夫善500兆瓦风电项目) = 700 MW.
    expect(stated(totals)).toEqual([{ unit: 'MW', value: 700, qualifier: null }]);
  });

  it('gives one total per unit, never adding across units, each with the qualifier of what it adds', () => {
    const everyMetric = ['capacity', 'annual_generation', 'irrigated_area', 'people_served', 'households_served', 'production_volume', 'travel_time_saved', 'provinces_served'] as const;
    const totals = totalsByUnit(everyMetric.flatMap((metric) => metricContributions(data, features, metric).contributions));
    expect(stated(totals)).toEqual([
      { unit: 'MW', value: 1010, qualifier: null },
      // 超5.5亿千瓦时 for Shelek and Zhanatas together, once: 5.5 × 10^8, a lower bound.
      { unit: 'kWh/yr', value: 550_000_000, qualifier: 'more_than' },
      // 31.5万公顷 = 31.5 × 10^4 ha (Amu-Bukhara-1).
      { unit: 'ha', value: 315_000, qualifier: null },
      // 178万 = 178 × 10^4 people (Amu-Bukhara-1).
      { unit: 'people', value: 1_780_000, qualifier: null },
      // 约50万户 for Navoi and Zarafshan together, once: about 50 × 10^4 households.
      { unit: 'households', value: 500_000, qualifier: 'about' },
      // ALLUR: 近10万辆 now (nearly 10 × 10^4); the earlier 9000余辆 is not added.
      { unit: 'vehicles', value: 100_000, qualifier: 'nearly' },
      // 约2小时 saved between Khorgos and Almaty.
      { unit: 'hours', value: 2, qualifier: 'about' },
      // 20多个省份 along the gas pipeline.
      { unit: 'provinces', value: 20, qualifier: 'over' },
    ]);
    expect(totals.map(isApproximate)).toEqual([false, true, false, false, true, true, true, true]);
    expect(contributors(totals)[1]).toEqual(['powerchina-kazakhstan-wind']);
  });

  it('gives nothing for nothing (not a zero)', () => {
    expect(totalsByUnit([])).toEqual([]);
    // Kyrgyzstan's road projects state no figure.
    expect(totalsByUnit(metricContributions(data, inCountry('KG'), 'capacity').contributions)).toEqual([]);
  });
});
