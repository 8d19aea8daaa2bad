// @vitest-environment node
// Where the build puts each curated project: its place from places.ts, or no geometry at all when
// its record says the speeches name no place. A forgotten place must stop the build.
import { describe, expect, it } from 'vitest';
import type { CuratedPlace, CuratedProject } from '../../data/curated/curatedTypes';
import { places } from '../../data/curated/places';
import { projects } from '../../data/curated/projects';
import { placeProject, strayPlaces } from '../../data/scripts/projectPlacement';
import { formatProblem } from '../../src/data/validateAtlas';

const project: CuratedProject = {
  id: 'news-alliance',
  name: { zh: '新闻联盟', en: 'News alliance', ru: 'Новостной альянс' },
  sector: 'media_culture',
  subtype: 'media_initiative',
  countries: ['CN', 'KZ'],
  builder: null,
  status: null,
  mentions: [{ speech: 's07', quote: '倡议成立“中国—中亚新闻联盟”' }],
  figures: [],
};

const astana: CuratedPlace = {
  geometry: { type: 'Point', coordinates: [71.43, 51.17] },
  precision: 'city',
  place: { zh: '阿斯塔纳', en: 'Astana', ru: 'Астана' },
  source: { title: 'Astana', url: null, note: 'city centre' },
};

describe('placeProject', () => {
  it('takes the geometry and location of a project’s place', () => {
    expect(placeProject(project, astana, 3)).toEqual({
      geometry: { type: 'Point', coordinates: [71.43, 51.17] },
      location: { precision: 'city', place: { zh: '阿斯塔纳', en: 'Astana', ru: 'Астана' }, source: { title: 'Astana', url: null, note: 'city centre' } },
      problems: [],
    });
  });

  it('gives a project marked location "none" no geometry and no location, and no invented point', () => {
    expect(placeProject({ ...project, location: 'none' }, undefined, 3)).toEqual({ geometry: null, location: null, problems: [] });
  });

  it('stops the build for a project with no place and no marker, naming record and field', () => {
    const { problems } = placeProject(project, undefined, 3);
    expect(problems.map(formatProblem)).toEqual([
      "projects.features[3].geometry: no entry in data/curated/places.ts (a project whose speeches name no place says location: 'none') [project news-alliance]",
    ]);
  });

  it('stops the build for a project marked location "none" that has a place after all', () => {
    const { problems } = placeProject({ ...project, location: 'none' }, astana, 3);
    expect(problems.map(formatProblem)).toEqual([
      "projects.features[3].geometry: has an entry in data/curated/places.ts, but its record says location: 'none' [project news-alliance]",
    ]);
  });
});

describe('strayPlaces', () => {
  it('names a place whose project no longer exists', () => {
    expect(strayPlaces({ 'news-alliance': astana, 'cultural-centre-astana': astana }, [project]).map(formatProblem)).toEqual([
      'places.cultural-centre-astana: no project in data/curated/projects.ts has this id [place cultural-centre-astana]',
    ]);
  });
});

describe('the curated records', () => {
  it('place every project, except the five China Media Group initiatives, which name no place', () => {
    const placements = projects.map((curated, index) => ({ id: curated.id, ...placeProject(curated, places[curated.id], index) }));
    expect(placements.flatMap((placement) => placement.problems)).toEqual([]);
    expect(placements.filter((placement) => placement.geometry === null).map((placement) => placement.id)).toEqual([
      'cmg-direct-to-central-asia',
      'cmg-classic-quotes-multilingual',
      'cmg-news-hotline',
      'cmg-joint-documentaries',
      'china-central-asia-news-alliance',
    ]);
    expect(strayPlaces(places, projects)).toEqual([]);
  });
});
