// @vitest-environment node
// What the basemap build names, in which words and from which zoom: Natural Earth's places with
// the curated corrections, the towns the projects are in, and the lines river names follow.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addedPlaces, placeOverrides } from '../../data/curated/basemapNames';
import {
  isSimplified,
  naturalEarthPlaces,
  placeInputs,
  placeLabels,
  projectTowns,
  separationZoom,
  stretches,
  type BasemapReport,
  type NaturalEarthPlace,
} from '../../data/scripts/basemapFeatures';
import { GEOGRAPHY_REGION } from '../../data/scripts/build-basemap';
import { builtAtlasData } from '../fixtures/builtAtlas';

const sources = join(import.meta.dirname, '../../data/sources/natural-earth');
const places = naturalEarthPlaces.parse(JSON.parse(readFileSync(join(sources, 'ne_10m_populated_places_central_asia.geojson'), 'utf8'))).features;
const projects = builtAtlasData().atlas.projects.features;

function labelsOf(naturalEarth: readonly NaturalEarthPlace[]) {
  const report: BasemapReport = { problems: [], notes: [] };
  const labels = placeLabels(placeInputs(naturalEarth, placeOverrides, addedPlaces, report), projects, GEOGRAPHY_REGION, report);
  return { labels: labels.map((label) => label.properties), report };
}

const { labels, report } = labelsOf(places);
const named = (en: string) => {
  const label = labels.find((candidate) => candidate.en === en);
  if (label === undefined) throw new Error(`no label ${en}`);
  return label;
};

describe('place names', () => {
  it('applies every curated override to exactly one Natural Earth place', () => {
    expect(report.problems).toEqual([]);
  });

  it('uses today’s names, not Natural Earth’s outdated ones', () => {
    expect(named('Almaty')).toMatchObject({ zh: '阿拉木图', ru: 'Алматы' });
    expect(named('Altai')).toMatchObject({ zh: '阿尔泰', ru: 'Алтай' });
    expect(named('Astana')).toMatchObject({ zh: '阿斯塔纳', ru: 'Астана' });
    expect(named('Konaev')).toMatchObject({ ru: 'Конаев' });
    expect(labels.map((label) => label.ru)).not.toContain('Алма-Ата');
    expect(labels.map((label) => label.ru)).not.toContain('Зыряновск');
    expect(labels.map((label) => label.en)).not.toContain('Zyryanovsk');
  });

  it('converts traditional characters to simplified ones', () => {
    // Natural Earth: 卡拉干達, 烏爾根奇, 庫斯塔奈.
    expect(named('Karaganda').zh).toBe('卡拉干达');
    expect(named('Urgench').zh).toBe('乌尔根奇');
    expect(named('Kostanay').zh).toBe('科斯塔奈');
    expect(labels.filter((label) => !isSimplified(label.zh)).map((label) => label.zh)).toEqual([]);
  });

  it('drops Wikipedia’s disambiguation and leaves out places named as districts', () => {
    expect(named('Angren').ru).toBe('Ангрен');
    expect(labels.map((label) => label.en)).not.toContain('Osakarov District');
  });

  it('says how many places it left out', () => {
    expect(report.notes.some((note) => /^places: \d+ named, \d+ in the region left out/.test(note))).toBe(true);
  });

  it('fails on an override that matches no place, naming it', () => {
    const { report: broken } = labelsOf(places.filter((place) => place.properties.NAME !== 'Zyryanovsk'));
    expect(broken.problems).toEqual(['data/curated/basemapNames.ts: placeOverrides Zyryanovsk (KAZ) matches 0 Natural Earth places, expected 1']);
  });

  it('names national capitals from the first zoom, and a small town only when zoomed in', () => {
    expect(named('Bishkek')).toMatchObject({ kind: 'capital', minzoom: 2 });
    expect(named('Esik')).toMatchObject({ kind: 'city', minzoom: 6, project: false });
  });
});

describe('project towns', () => {
  const towns = projectTowns(
    placeInputs(places, placeOverrides, addedPlaces, { problems: [], notes: [] }).filter((place) => place.names.en !== undefined),
    projects,
  );
  const byName = new Map([...towns.values()].map((town) => [town.en, town]));

  it('are the towns the projects’ locations name, where those projects are', () => {
    expect([...byName.keys()].sort()).toEqual([
      'Almaty',
      'Altai',
      'Astana',
      'Beijing',
      'Bukhara',
      'Khorgos',
      'Kostanay',
      'Navoiy',
      'Olot',
      'Shelek',
      'Shymkent',
      'Taraz',
      'Tashkent',
      'Zarafshan',
      'Zhanatas',
      'Zharkent',
    ]);
    // The Moinak plant's location names "Almaty Region", but the plant is 170 km from the city.
    expect(byName.get('Almaty')?.projects).not.toContain('moinak-hpp');
    expect(byName.get('Altai')?.projects).toEqual(['turgusun-hpp']);
  });

  it('are named from the zoom at which their projects stand apart from the others', () => {
    // Kostanay's car plant is 600 km from any other project; Shelek's wind farm 40 km from Khorgos' road.
    expect(byName.get('Kostanay')?.minzoom).toBe(2);
    expect(byName.get('Shelek')?.minzoom).toBe(4);
    expect(named('Shelek')).toMatchObject({ project: true, priority: 0, minzoom: 4 });
  });

  it('are named by zoom 6 even where their projects stand apart only later (Khorgos, named by the road through it)', () => {
    expect(byName.get('Khorgos')?.minzoom).toBe(6);
  });
});

describe('separationZoom', () => {
  it('is the zoom at which two points are the given pixels apart in a 512-pixel world', () => {
    // One degree of longitude on the equator is 512/360 pixels at zoom 0: 24 pixels at 2^4.077.
    expect(separationZoom([0, 0], [1, 0], 24)).toBeCloseTo(Math.log2((24 * 360) / 512), 6);
    expect(separationZoom([10, 10], [10, 10], 24)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('stretches', () => {
  it('cuts a line at vertices into stretches no longer than asked, sharing their end points', () => {
    const line = [
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 0],
      [4, 0],
      [5, 0],
    ];
    expect(stretches(line, 2)).toEqual([
      [
        [0, 0],
        [1, 0],
        [2, 0],
      ],
      [
        [2, 0],
        [3, 0],
        [4, 0],
      ],
      [
        [4, 0],
        [5, 0],
      ],
    ]);
  });

  it('keeps a segment longer than a stretch whole', () => {
    expect(stretches([[0, 0], [10, 0]], 2)).toEqual([[[0, 0], [10, 0]]]);
  });
});
