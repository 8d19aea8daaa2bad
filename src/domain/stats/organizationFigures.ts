// Figures a speech states for an organisation as a whole (jobs created, donations, years in the
// region). They belong to no project, so they are listed per organisation and never added to projects.
import type { Figure, Organization, ProjectFeature } from '../../data/atlasSchema';
import { organizationChain } from '../organizations/organizationChain';
import { appendTo, tallied, type Tally } from './tally';
import type { AtlasData } from '../../vocabulary';

export interface OrganizationFigures {
  organization: Organization;
  figures: Figure[];
  /** The shown projects it builds, itself or through a subsidiary. */
  projects: ProjectFeature[];
}

/** The organisations behind the shown projects that state figures of their own, in the dataset's order. */
export function organizationFigures(data: AtlasData, shown: readonly ProjectFeature[]): OrganizationFigures[] {
  return tallied(shown, organizationTally(data));
}

/** organizationFigures one shown project at a time. */
export function organizationTally(data: AtlasData): Tally<ProjectFeature, OrganizationFigures[]> {
  const projectsOf = new Map<string, ProjectFeature[]>();
  // Builders are few and projects many: each builder's chain is walked once.
  const chains = new Map<string, Organization[]>();
  return {
    add(project) {
      const builder = project.properties.builder;
      if (builder === null) return;
      let chain = chains.get(builder.organization);
      if (chain === undefined) chains.set(builder.organization, (chain = organizationChain(data.organizationsById, builder.organization)));
      for (const organization of chain) appendTo(projectsOf, organization.id, project);
    },
    result: () =>
      data.atlas.organizations.flatMap((organization) => {
        const projects = projectsOf.get(organization.id);
        return projects === undefined || organization.figures.length === 0 ? [] : [{ organization, figures: organization.figures, projects }];
      }),
  };
}
