// @vitest-environment node
// The China Media Group initiatives of speech s07, which name no place, and the cultural-centre
// initiative of s03, one initiative in two capitals: in the dataset, the filters and the statistics.
import { describe, expect, it } from 'vitest';
import { filterProjects } from '../../src/domain/filters/filterProjects';
import { buildSearchIndex } from '../../src/domain/search/buildSearchIndex';
import { searchAtlas } from '../../src/domain/search/searchAtlas';
import { filterStatistics } from '../../src/domain/stats/filterStatistics';
import { projectCountsByCountry, projectCountsBySector } from '../../src/domain/stats/projectCounts';
import { builtAtlasData } from '../fixtures/builtAtlas';

const data = builtAtlasData();
const features = data.atlas.projects.features;
const project = (id: string) => {
  const found = data.projectsById.get(id);
  if (found === undefined) throw new Error(`no project ${id}`);
  return found;
};
const idsOf = (projects: readonly { id: string }[]) => projects.map((feature) => feature.id);
const NO_FILTERS = { countries: [], sectors: [], builders: [] };

const CMG_INITIATIVES = [
  'cmg-direct-to-central-asia',
  'cmg-classic-quotes-multilingual',
  'cmg-news-hotline',
  'cmg-joint-documentaries',
  'china-central-asia-news-alliance',
];

describe('the China Media Group initiatives of s07', () => {
  it('are media initiatives of China Media Group, cited in s07 by the words the translators aligned', () => {
    expect(CMG_INITIATIVES.map((id) => project(id).properties.mentions.map(({ speech, quote }) => `${speech} ${quote}`))).toEqual([
      ['s07 “直通中亚”新闻机制'],
      ['s07 《平“语”近人》多语种版'],
      ['s07 共建“新闻热线”平台'],
      ['s07 联合摄制纪录片'],
      ['s07 倡议成立“中国—中亚新闻联盟”'],
    ]);
    for (const id of CMG_INITIATIVES) {
      const { sector, subtype, builder } = project(id).properties;
      expect([sector, subtype, builder?.organization]).toEqual(['media_culture', 'media_initiative', 'cmg']);
    }
    expect(data.organizationsById.get('cmg')?.name).toEqual({ zh: '中央广播电视总台', en: 'China Media Group (CMG)', ru: 'Медиакорпорация Китая (CMG)' });
  });

  it('give CMG’s part and the status as the speech words them: the alliance is only proposed', () => {
    expect(CMG_INITIATIVES.map((id) => [project(id).properties.builder?.role, project(id).properties.status?.value ?? null])).toEqual([
      ['unspecified', 'launched'],
      ['unspecified', 'on_air'],
      ['co_built', 'operating'],
      ['co_produced', null],
      ['proposer', 'proposed'],
    ]);
  });

  it('are found by search, by name in each language and through China Media Group', () => {
    const index = buildSearchIndex(data);
    const projectsFound = (query: string, language: 'zh' | 'en' | 'ru') =>
      searchAtlas(index, query, language).filter((result) => result.kind === 'project').map((result) => result.id);
    expect(projectsFound('News Alliance', 'en')).toContain('china-central-asia-news-alliance');
    expect(projectsFound('新闻联盟', 'zh')).toContain('china-central-asia-news-alliance');
    expect(projectsFound('Новостная горячая линия', 'ru')).toContain('cmg-news-hotline');
    const organisation = searchAtlas(index, 'China Media Group', 'en').find((result) => result.kind === 'organization');
    expect(organisation?.id).toBe('cmg');
  });

  it('have no geometry and no location: nothing is placed on the map for them', () => {
    for (const id of CMG_INITIATIVES) expect([project(id).geometry, project(id).properties.location]).toEqual([null, null]);
  });
});

describe('counting', () => {
  it('counts 23 projects, 8 of them in media and culture', () => {
    expect(features).toHaveLength(23);
    const bySector = Object.fromEntries(projectCountsBySector(features).map((row) => [row.key, row.projects.length]));
    expect(bySector).toEqual({ energy: 9, media_culture: 8, road: 3, pipeline: 1, pump_station: 1, industry: 1 });
  });

  it('counts the cultural-centre initiative once, though it has a place in each capital', () => {
    const mediaRow = projectCountsBySector(features).find((row) => row.key === 'media_culture');
    expect(idsOf(mediaRow?.projects ?? []).filter((id) => id.startsWith('cultural-centre'))).toEqual(['cultural-centre-initiative']);
    expect(project('cultural-centre-initiative').geometry).toEqual({
      type: 'MultiPoint',
      coordinates: [
        [71.43333, 51.16667],
        [116.33333, 39.93333],
      ],
    });
    const byCountry = Object.fromEntries(projectCountsByCountry(features).map((row) => [row.key, row.projects.length]));
    expect(byCountry).toEqual({ KZ: 16, UZ: 10, CN: 8, KG: 6, TJ: 6, TM: 6 });
  });

  it('filters the initiatives like any project: by their builder, sector and countries', () => {
    expect(idsOf(filterProjects(features, { ...NO_FILTERS, builders: ['cmg'] }))).toEqual(CMG_INITIATIVES);
    expect(filterProjects(features, { ...NO_FILTERS, sectors: ['media_culture'] })).toHaveLength(8);
    expect(filterProjects(features, { ...NO_FILTERS, countries: ['TM'] })).toHaveLength(6);
  });

  it('lists the initiatives among the shown projects for which the speeches state no figure', () => {
    const shown = filterProjects(features, { ...NO_FILTERS, sectors: ['media_culture'] });
    expect(idsOf(filterStatistics(data, shown).withoutFigures)).toEqual([
      'khorgos-media-workstation',
      'cultural-centre-initiative',
      'red-hall-forum-almaty',
      ...CMG_INITIATIVES,
    ]);
  });
});

describe('official names', () => {
  it('calls the Navoi plant Nur Navoi and the workstation’s town Horgos', () => {
    expect(project('navoi-solar-100').properties.name).toEqual({ zh: '纳沃伊100兆瓦光伏电站', en: 'Nur Navoi 100 MW solar plant', ru: 'СЭС «Нур Навои» 100 МВт' });
    expect(project('khorgos-media-workstation').properties.name.en).toBe('China (Horgos)–Central Asia joint media workstation');
    expect(project('khorgos-media-workstation').properties.location?.place.en).toBe('Horgos, Xinjiang (China–Kazakhstan Horgos International Border Cooperation Centre)');
  });
});
