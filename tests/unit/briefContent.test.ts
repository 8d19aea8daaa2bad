import { describe, expect, it } from 'vitest';
import { briefContent, briefSelection } from '../../src/domain/brief/briefContent';
import { quoteEvidence, sharedQuoteEvidence } from '../../src/domain/provenance/quoteEvidence';
import { builtAtlasData } from '../fixtures/builtAtlas';

const data = builtAtlasData();
const byIds = (...ids: string[]) => ids.map((id) => data.projectsById.get(id)!);

describe('briefSelection', () => {
  it('takes the comparison in its order when compare is shown, the filtered projects otherwise', () => {
    const visible = byIds('moinak-hpp', 'allur-car-plant');
    expect(briefSelection(['zarafshan-wind-500', 'moinak-hpp'], visible, data.projectsById).map((project) => project.id)).toEqual(['zarafshan-wind-500', 'moinak-hpp']);
    expect(briefSelection(null, visible, data.projectsById).map((project) => project.id)).toEqual(['moinak-hpp', 'allur-car-plant']);
  });
});

describe('briefContent', () => {
  it('lists a group’s figure once, under the group, when several members are selected', () => {
    const brief = briefContent(byIds('shelek-wind-60', 'zhanatas-wind-100'), data.groupsById, data.speechesById);
    const quotes = brief.figures.map(({ figure, owner, group }) => `${owner.en}: ${figure.quote}${group === null ? '' : ' (group)'}`);
    expect(quotes).toEqual([
      'Shelek 60 MW wind farm: 谢列克60兆瓦风电',
      'Shelek, Zhanatas and other PowerChina wind farms: 每年为当地提供超5.5亿千瓦时的绿色电力 (group)',
      'Zhanatas 100 MW wind farm: 札纳塔斯100兆瓦风电',
    ]);
    expect(brief.groups.map((group) => group.id)).toEqual(['powerchina-kazakhstan-wind']);
  });

  it('quotes a sentence once for all the figures it states, in the order they appear', () => {
    const brief = briefContent(byIds('shelek-wind-60', 'zhanatas-wind-100', 'allur-car-plant'), data.groupsById, data.speechesById);
    expect(brief.evidence.map(({ speech, items }) => `${speech.id}: ${items.map(({ figure }) => figure.id).join(', ')}`)).toEqual([
      's11: shelek-wind-60.capacity, powerchina-kazakhstan-wind.annual_generation, zhanatas-wind-100.capacity',
      's08: allur-car-plant.production_volume.before, allur-car-plant.production_volume.after',
    ]);
  });

  it('quotes once the sentence that names two projects without figures', () => {
    const brief = briefContent(byIds('moinak-hpp', 'turgusun-hpp'), data.groupsById, data.speechesById);
    expect(brief.citations.map(({ speech, items }) => `${speech.id}: ${items.map(({ quote }) => quote.quote).join(', ')}`)).toEqual(['s09: 玛依纳水电站, 图尔古孙水电站']);
  });

  it('keeps both phases of a figure stated for two moments', () => {
    const brief = briefContent(byIds('allur-car-plant'), data.groupsById, data.speechesById);
    expect(brief.figures.map(({ figure }) => `${figure.phase}: ${figure.amount}`)).toEqual(['before: 9000余辆', 'after: 近10万辆']);
  });

  it('cites a project without figures by the first words that name it, and says which projects have no place', () => {
    const unplaced = data.atlas.projects.features.find((project) => project.properties.location === null && project.properties.figures.length === 0 && project.properties.groups.length === 0)!;
    const brief = briefContent([unplaced], data.groupsById, data.speechesById);
    expect(brief.figures).toEqual([]);
    expect(brief.citations.map(({ items }) => items)).toEqual([[{ project: unplaced.properties.name, quote: unplaced.properties.mentions[0] }]]);
    expect(brief.unplaced).toEqual([unplaced.properties.name]);
    expect(brief.locationSources).toEqual([]);
  });

  it('gathers the projects a location source places under that source', () => {
    const brief = briefContent(byIds('moinak-hpp', 'genertec-kazakhstan-wind-150'), data.groupsById, data.speechesById);
    const places = brief.locationSources.flatMap(({ places }) => places.map(({ project }) => project.en));
    expect(places.sort()).toEqual(['Kazakhstan 150 MW wind farm', 'Moinak hydropower plant']);
    for (const { source } of brief.locationSources) expect(source.title).not.toBe('');
  });
});

describe('quoteEvidence', () => {
  it('marks every quote of a shared sentence once, in order, in the original and the translation', () => {
    const shelek = data.projectsById.get('shelek-wind-60')!.properties.figures[0]!;
    const zhanatas = data.projectsById.get('zhanatas-wind-100')!.properties.figures[0]!;
    const evidence = sharedQuoteEvidence(data.speechesById.get('s11')!, [zhanatas, shelek, zhanatas], 'en')!;
    const marked = ({ text, words }: { text: string; words: { start: number; end: number }[] }) => words.map(({ start, end }) => text.slice(start, end));
    expect(marked(evidence.original)).toEqual(['谢列克60兆瓦风电', '札纳塔斯100兆瓦风电']);
    expect(marked(evidence.translation!)).toEqual(['Shelek 60 MW wind farm', 'Zhanatas 100 MW wind farm']);
    expect(sharedQuoteEvidence(data.speechesById.get('s11')!, [], 'en')).toBeNull();
  });

  const zarafshan = data.projectsById.get('zarafshan-wind-500')!;
  const capacity = zarafshan.properties.figures[0]!;
  const speech = data.speechesById.get(capacity.speech)!;

  it('gives the original sentence with the quote marked, its translation and the speaker in the interface language', () => {
    const evidence = quoteEvidence(speech, capacity, 'en');
    const { text, words } = evidence.original;
    expect(words.map(({ start, end }) => text.slice(start, end))).toEqual(['泽拉夫善500兆瓦风电项目']);
    expect(evidence.translation?.text).toContain('the Zarafshan 500 MW wind power project');
    expect(evidence.speaker).toEqual({ name: 'Tan Xiaofeng', role: 'Deputy General Manager', organization: 'PowerChina Eurasia Regional Headquarters', language: 'en' });
  });

  it('in Chinese shows no translation and names the speaker as the article does', () => {
    const evidence = quoteEvidence(speech, capacity, 'zh');
    expect(evidence.translation).toBeNull();
    expect(evidence.speaker).toEqual({ name: '谭晓峰', role: '副总经理', organization: '中国电建欧亚区域总部', language: 'zh' });
  });
});
