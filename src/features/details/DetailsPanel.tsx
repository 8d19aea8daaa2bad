import type { AtlasData } from '../../data/loadAtlas';

export function DetailsPanel({ data }: { data: AtlasData }) {
  return <section aria-label="DetailsPanel">{data.atlas.projects.features.length}</section>;
}
