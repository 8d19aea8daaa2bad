import type { AtlasData } from '../../data/loadAtlas';

export function ProjectList({ data }: { data: AtlasData }) {
  return <section aria-label="ProjectList">{data.atlas.projects.features.length}</section>;
}
