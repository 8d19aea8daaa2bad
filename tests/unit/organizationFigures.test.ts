// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ProjectFeature } from '../../src/data/atlasSchema';
import { organizationFigures } from '../../src/domain/stats/organizationFigures';
import { builtAtlasData } from '../fixtures/builtAtlas';
import { withOrganizationFigures, withOrganizationParents } from '../fixtures/atlasVariants';

const data = builtAtlasData();
const features = data.atlas.projects.features;
const builtBy = (id: string) => (feature: ProjectFeature) => feature.properties.builder?.organization === id;

describe('organizationFigures', () => {
  it('lists the figures of every organisation that builds a shown project, with those projects', () => {
    const listed = organizationFigures(data, features);
    const expected = data.atlas.organizations.filter((organization) => organization.figures.length > 0 && features.some(builtBy(organization.id)));
    expect(listed.map((entry) => entry.organization.id)).toEqual(expected.map((organization) => organization.id));
    for (const { organization, figures, projects } of listed) {
      expect(figures).toEqual(organization.figures);
      expect(projects).toEqual(features.filter(builtBy(organization.id)));
    }
  });

  it('drops an organisation none of whose projects is shown', () => {
    const [first] = organizationFigures(data, features);
    const others = features.filter((feature) => !builtBy(first!.organization.id)(feature));
    expect(organizationFigures(data, others).map((entry) => entry.organization.id)).not.toContain(first!.organization.id);
  });

  it('reaches a parent organisation through its subsidiary’s projects', () => {
    const subsidiary = data.atlas.organizations.find((organization) => organization.parent !== null && features.some(builtBy(organization.id)))!;
    const parent = data.organizationsById.get(subsidiary.parent!)!;
    const figure = { ...data.atlas.organizations.flatMap((organization) => organization.figures)[0]!, id: 'parent-figure' };
    const variant = withOrganizationFigures(data, parent.id, [figure]);
    const entry = organizationFigures(variant, features.filter(builtBy(subsidiary.id))).find((candidate) => candidate.organization.id === parent.id);
    expect(entry?.figures).toEqual([figure]);
    expect(entry?.projects).toEqual(features.filter(builtBy(subsidiary.id)));
  });

  it('ends on an organisation that is its own parent', () => {
    const looped = withOrganizationParents(data, { cnpc: 'cnpc' });
    const cnpc = organizationFigures(looped, features).find((entry) => entry.organization.id === 'cnpc');
    expect(cnpc?.projects.map((project) => project.id)).toEqual(['shymkent-refinery', 'central-asia-china-gas-pipeline']);
  });

  it('ends on two organisations that are each other’s parent, counting each project once for each', () => {
    // cnpc → cnpc-central-asia → cnpc; the subsidiary states a figure of its own.
    const looped = withOrganizationFigures(withOrganizationParents(data, { cnpc: 'cnpc-central-asia', 'cnpc-central-asia': 'cnpc' }), 'cnpc-central-asia', [
      { ...data.organizationsById.get('cnpc')!.figures[0]!, id: 'cnpc-central-asia.years_in_region' },
    ]);
    const entries = organizationFigures(looped, features).filter((entry) => entry.organization.id.startsWith('cnpc'));
    expect(entries.map((entry) => [entry.organization.id, entry.projects.map((project) => project.id)])).toEqual([
      ['cnpc', ['shymkent-refinery', 'central-asia-china-gas-pipeline']],
      ['cnpc-central-asia', ['shymkent-refinery', 'central-asia-china-gas-pipeline']],
    ]);
  });
});
