import type { AtlasData } from '../../data/loadAtlas';

export function SpeechReader({ data }: { data: AtlasData }) {
  return <section aria-label="SpeechReader">{data.atlas.projects.features.length}</section>;
}
