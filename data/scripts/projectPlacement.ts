// Where the build puts each curated project: its entry in places.ts, or no geometry at all when its
// record says the speeches name no place (`location: 'none'`). Nothing in between: a project with
// neither is a forgotten place, and a point is never invented for it.
import type { ProjectFeature, ProjectGeometry, ProjectLocation } from '../../src/data/atlasSchema';
import { formatPath, type AtlasProblem } from '../../src/data/validateAtlas';
import type { CuratedPlace, CuratedProject } from '../curated/curatedTypes';
import { detailMessage } from '../../src/data/loadMessages';

export interface Placement {
  geometry: ProjectGeometry | null;
  location: ProjectLocation | null;
  problems: AtlasProblem[];
}

/** `index`: the project's place in projects.features, for the problem's path. */
export function placeProject(project: CuratedProject, place: CuratedPlace | undefined, index: number): Placement {
  const problem = (message: string): AtlasProblem => ({ path: formatPath(['projects', 'features', index, 'geometry']), record: `project ${project.id}`, message: detailMessage(message) });
  const unplaced = project.location === 'none';
  if (place === undefined) {
    const problems = unplaced ? [] : [problem("no entry in data/curated/places.ts (a project whose speeches name no place says location: 'none')")];
    return { geometry: null, location: null, problems };
  }
  const problems = unplaced ? [problem("has an entry in data/curated/places.ts, but its record says location: 'none'")] : [];
  return { geometry: place.geometry, location: { precision: place.precision, place: place.place, source: place.source }, problems };
}

/** Entries of places.ts whose project no longer exists (renamed or merged): silently unused otherwise. */
export function strayPlaces(places: Readonly<Record<string, CuratedPlace>>, projects: readonly Pick<ProjectFeature, 'id'>[]): AtlasProblem[] {
  const ids = new Set(projects.map((project) => project.id));
  return Object.keys(places)
    .filter((id) => !ids.has(id))
    .map((id) => ({ path: `places.${id}`, record: `place ${id}`, message: detailMessage('no project in data/curated/projects.ts has this id') }));
}
