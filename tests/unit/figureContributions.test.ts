// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, METRICS, type CountryCode, type Metric, type ProjectFeature } from '../../src/data/atlasSchema';
import { filterProjects } from '../../src/domain/filters/filterProjects';
import { currentFigure } from '../../src/domain/figures/currentFigure';
import { groupsOfShown, metricContributions, subjectId } from '../../src/domain/stats/figureContributions';
import { EMPTY_FILTERS } from '../../src/vocabulary';
import { builtAtlasData } from '../fixtures/builtAtlas';
import { figureLike, withProjectFigures } from '../fixtures/atlasVariants';

const data = builtAtlasData();
const features = data.atlas.projects.features;
const group = data.atlas.groups[0]!;
const groupFigure = group.figures[0]!;
const groupMetric: Metric = groupFigure.metric;
const members = group.members.map((id) => data.projectsById.get(id)!);
const countedIds = (shown: readonly ProjectFeature[], metric: Metric) => metricContributions(data, shown, metric).contributions.map(({ subject }) => subjectId(subject));

describe('metricContributions', () => {
  it('puts every shown project either under a stated figure or among the unstated, never both', () => {
    for (const metric of METRICS) {
      const { contributions, unstated } = metricContributions(data, features, metric);
      const stated = new Set(contributions.flatMap(({ subject }) => (subject.kind === 'project' ? [subject.project.id] : subject.group.members)));
      const unstatedIds = unstated.map((project) => project.id);
      for (const feature of features) expect(stated.has(feature.id) !== unstatedIds.includes(feature.id), `${metric} ${feature.id}`).toBe(true);
      for (const project of unstated) expect(currentFigure(project.properties.figures, metric), project.id).toBeNull();
    }
  });

  it('counts a group figure once however many members are shown', () => {
    expect(members.length).toBeGreaterThan(1);
    expect(countedIds(features, groupMetric).filter((id) => id === group.id)).toHaveLength(1);
  });

  it('counts a group figure when one member passes the filter, and not when none does', () => {
    const [member] = members;
    expect(countedIds([member!], groupMetric)).toContain(group.id);
    const others = features.filter((feature) => !group.members.includes(feature.id));
    expect(countedIds(others, groupMetric)).not.toContain(group.id);
  });

  it('lists among the shown groups only those with a member passing the filter', () => {
    const memberCountries = new Set(members.flatMap((member) => member.properties.countries));
    const otherCountries = COUNTRY_CODES.filter((code) => !memberCountries.has(code));
    const shownIds = (countries: CountryCode[]) =>
      groupsOfShown(data, filterProjects(features, { ...EMPTY_FILTERS, countries })).map(({ group: shown }) => shown.id);
    expect(shownIds(otherCountries)).not.toContain(group.id);
    expect(shownIds([...memberCountries])).toContain(group.id);
  });

  it('leaves out a member’s own figure of a metric its group states, so nothing is counted twice', () => {
    const [member] = members;
    const variant = withProjectFigures(data, member!.id, (figures) => [...figures, figureLike(groupFigure, { id: 'own', value: 1, qualifier: null })]);
    const { contributions, unstated } = metricContributions(variant, variant.atlas.projects.features, groupMetric);
    expect(contributions.map(({ figure }) => figure.id)).not.toContain('own');
    expect(contributions.map(({ subject }) => subjectId(subject))).toContain(group.id);
    expect(unstated.map((project) => project.id)).not.toContain(member!.id);
  });

  it('reads the later figure of a before/after pair', () => {
    const paired = features.find((feature) => feature.properties.figures.some((figure) => figure.phase === 'before'))!;
    const metric = paired.properties.figures.find((figure) => figure.phase === 'before')!.metric;
    const [contribution] = metricContributions(data, [paired], metric).contributions;
    expect(contribution!.figure.phase).toBe('after');
  });
});
