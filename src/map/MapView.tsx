import type { AtlasData } from '../data/loadAtlas';

export function MapView({ data }: { data: AtlasData }) {
  return <div className="map">{data.atlas.projects.features.length}</div>;
}
