// @vitest-environment node
// The statistics, gathered in one pass over the shown projects, against their plain definitions
// (tests/fixtures/statisticsReference.ts) on random atlases: groups across countries and sectors and
// naming unknown projects, figures before/after and qualified, builders with parents (in loops too), and any subset
// of the projects shown in any order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, METRICS, QUALIFIERS, SECTORS, UNITS, type Atlas, type Figure, type Metric, type ProjectFeature, type ProjectGroup } from '../../src/data/atlasSchema';
import { indexAtlas } from '../../src/data/loadAtlas';
import { CROSS_BORDER, SEVERAL_SECTORS, breakdownByCountry, breakdownBySector } from '../../src/domain/stats/figureBreakdown';
import { groupsOfShown, metricContributions } from '../../src/domain/stats/figureContributions';
import { totalsByUnit } from '../../src/domain/stats/figureTotals';
import { filterStatistics } from '../../src/domain/stats/filterStatistics';
import { outcomeTotals } from '../../src/domain/stats/outcomeTotals';
import { builtAtlasData } from '../fixtures/builtAtlas';
import { byCountry, bySector, reference } from '../fixtures/statisticsReference';

// The built dataset lends the fields the statistics do not read (quotes, geometry, names).
const template = builtAtlasData().atlas;
const templateFeature = template.projects.features[0]!;
const templateFigure = templateFeature.properties.figures[0]!;

/** A few metrics and units only, so that figures often share them. */
const figure = fc.record({
  metric: fc.constantFrom<Metric>('capacity', 'jobs', 'people_served', 'provinces_served'),
  unit: fc.constantFrom(...UNITS.slice(0, 3)),
  value: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 10, noNaN: true })),
  qualifier: fc.constantFrom(null, ...QUALIFIERS),
  phase: fc.constantFrom(undefined, 'before' as const, 'after' as const),
});

type DrawnFigure = typeof figure extends fc.Arbitrary<infer Drawn> ? Drawn : never;

const atlasAndShown = fc
  .record({
    projects: fc.array(
      fc.record({
        countries: fc.array(fc.constantFrom(...COUNTRY_CODES.slice(0, 3)), { minLength: 1, maxLength: 3 }),
        sector: fc.constantFrom(...SECTORS.slice(0, 3)),
        builder: fc.option(fc.nat(3)),
        figures: fc.array(figure, { maxLength: 3 }),
      }),
      { maxLength: 24 },
    ),
    organizations: fc.array(fc.record({ parent: fc.option(fc.nat(3)), figures: fc.array(figure, { maxLength: 1 }) }), { minLength: 4, maxLength: 4 }),
    groups: fc.array(fc.record({ members: fc.array(fc.nat(30), { minLength: 2, maxLength: 5 }), figures: fc.array(figure, { minLength: 1, maxLength: 2 }) }), {
      maxLength: 3,
    }),
    shownOrder: fc.array(fc.nat()),
  })
  .map(({ projects, organizations, groups, shownOrder }) => {
    const figureOf = ({ phase, ...drawn }: DrawnFigure, id: string): Figure => ({ ...templateFigure, ...drawn, id, ...(phase === undefined ? {} : { phase }) });
    const groupRecords: ProjectGroup[] = groups.map((group, index) => ({
      id: `group-${index}`,
      name: { zh: '组', en: 'Group', ru: 'Группа' },
      // Ids past the projects name members that do not exist.
      members: group.members.map((member) => `project-${member}`),
      openEnded: false,
      figures: group.figures.map((drawn, figureIndex) => figureOf(drawn, `group-${index}.${figureIndex}`)),
    }));
    const features: ProjectFeature[] = projects.map((project, index) => {
      const id = `project-${index}`;
      return {
        ...templateFeature,
        id,
        properties: {
          ...templateFeature.properties,
          id,
          countries: project.countries,
          sector: project.sector,
          builder: project.builder === null ? null : { ...templateFeature.properties.builder!, organization: `organization-${project.builder}` },
          figures: project.figures.map((drawn, figureIndex) => figureOf(drawn, `${id}.${figureIndex}`)),
          groups: groupRecords.filter((group) => group.members.includes(id)).map((group) => group.id),
        },
      };
    });
    const atlas: Atlas = {
      ...template,
      organizations: organizations.map((organization, index) => ({
        id: `organization-${index}`,
        name: { zh: '机构', en: 'Organisation', ru: 'Организация' },
        aliases: [],
        // Any organisation may be a parent, itself or one below it too: validation rejects such a loop, the statistics must still end.
        parent: organization.parent === null ? null : `organization-${organization.parent}`,
        figures: organization.figures.map((drawn, figureIndex) => figureOf(drawn, `organization-${index}.${figureIndex}`)),
      })),
      projects: { type: 'FeatureCollection', features },
      groups: groupRecords,
    };
    // Any subset of the projects, in any order.
    const shown = shownOrder.flatMap((pick) => features[pick % Math.max(features.length, 1)] ?? []).filter((project, index, all) => all.indexOf(project) === index);
    return { data: indexAtlas(atlas), shown };
  });

describe('statistics gathered in one pass', () => {
  it('equal their plain definitions', () => {
    fc.assert(
      fc.property(atlasAndShown, ({ data, shown }) => {
        expect(filterStatistics(data, shown)).toEqual(reference.filterStatistics(data, shown));
        expect(outcomeTotals(data, shown)).toEqual(reference.outcomeTotals(data, shown));
        expect(groupsOfShown(data, shown)).toEqual(reference.groupsOfShown(data, shown));
        for (const metric of METRICS) expect(metricContributions(data, shown, metric)).toEqual(reference.metricContributions(data, shown, metric));
      }),
    );
  });

  it('equal their plain definitions when every project is shown', () => {
    fc.assert(
      fc.property(atlasAndShown, ({ data }) => {
        const all = data.atlas.projects.features;
        const capacity = metricContributions(data, all, 'capacity').contributions;
        expect(totalsByUnit(capacity)).toEqual(reference.totalsByUnit(capacity));
        expect(breakdownByCountry(capacity)).toEqual(reference.breakdown(capacity, byCountry, COUNTRY_CODES, CROSS_BORDER));
        expect(breakdownBySector(capacity)).toEqual(reference.breakdown(capacity, bySector, SECTORS, SEVERAL_SECTORS));
        expect(filterStatistics(data, all)).toEqual(reference.filterStatistics(data, all));
      }),
    );
  });
});
