import type { AtlasData } from '../../data/loadAtlas';

export function FilterPanel({ data }: { data: AtlasData }) {
  return <section aria-label="FilterPanel">{data.atlas.projects.features.length}</section>;
}
