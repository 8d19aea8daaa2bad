// An organisation and the organisations above it. A dataset may name a parent in a loop (validation
// rejects it, but the walk must end even so): each organisation is visited once.
import type { Organization } from '../../data/atlasSchema';

/** The organisation, its parent, its parent's parent…, nearest first, each once; empty for an unknown id. */
export function organizationChain(organizationsById: ReadonlyMap<string, Organization>, id: string): Organization[] {
  const chain: Organization[] = [];
  const visited = new Set<string>();
  for (let organization = organizationsById.get(id); organization !== undefined && !visited.has(organization.id); ) {
    visited.add(organization.id);
    chain.push(organization);
    organization = organization.parent === null ? undefined : organizationsById.get(organization.parent);
  }
  return chain;
}
