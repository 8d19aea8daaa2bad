// @vitest-environment node
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { filterProjects } from '../../src/domain/filters/filterProjects';
import { CSV_COLUMNS, projectsCsv } from '../../src/domain/export/projectsCsv';
import { projectsGeoJson } from '../../src/domain/export/projectsGeoJson';
import { EMPTY_FILTERS } from '../../src/state/viewState';
import { builtAtlasData } from '../fixtures/builtAtlas';

const data = builtAtlasData();
const features = data.atlas.projects.features;
const group = data.atlas.groups[0]!;

function parseCsv(text: string) {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<Record<(typeof CSV_COLUMNS)[number], string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed;
}

describe('projectsGeoJson', () => {
  it('is the shown features as they are, with the groups that have a shown member', () => {
    const shown = filterProjects(features, { ...EMPTY_FILTERS, countries: [data.projectsById.get(group.members[0]!)!.properties.countries[0]!] });
    const geojson = projectsGeoJson(data, shown);
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features).toEqual(shown);
    expect(geojson.groups.map((g) => g.id)).toContain(group.id);
    const roundTrip = JSON.parse(JSON.stringify(geojson)) as typeof geojson;
    expect(roundTrip.features.map((feature) => feature.properties)).toEqual(shown.map((feature) => feature.properties));
    expect(projectsGeoJson(data, []).groups).toEqual([]);
  });
});

describe('projectsCsv', () => {
  const { data: rows, meta } = parseCsv(projectsCsv(data, features));

  it('has the agreed columns', () => {
    expect(meta.fields).toEqual([...CSV_COLUMNS]);
  });

  it('has a row per figure, one for a project without figures, and one per group figure', () => {
    const expected = features.reduce((sum, feature) => sum + Math.max(1, feature.properties.figures.length), 0) + data.atlas.groups.reduce((sum, g) => sum + g.figures.length, 0);
    expect(rows).toHaveLength(expected);
    const bare = features.find((feature) => feature.properties.figures.length === 0)!;
    const bareRows = rows.filter((row) => row.project_id === bare.id);
    expect(bareRows).toHaveLength(1);
    expect(bareRows[0]!.metric).toBe('');
    expect(bareRows[0]!.value).toBe('');
    expect(bareRows[0]!.name_zh).toBe(bare.properties.name.zh);
  });

  it('carries each figure with its verbatim quote and where it sits', () => {
    for (const feature of features) {
      for (const figure of feature.properties.figures) {
        const row = rows.find((candidate) => candidate.project_id === feature.id && candidate.metric === figure.metric && candidate.phase === (figure.phase ?? ''))!;
        const speech = data.speechesById.get(figure.speech)!;
        expect(row.value).toBe(String(figure.value));
        expect(row.amount_as_written).toBe(figure.amount);
        expect(row.quote).toBe(figure.quote);
        expect(row.speaker).toBe(speech.speaker.line);
        const paragraph = speech.paragraphs.find((candidate) => candidate.id === row.paragraph)!;
        expect(paragraph.text.slice(Number(row.span_start), Number(row.span_end))).toBe(figure.quote);
        expect(row.countries.split(';')).toEqual(feature.properties.countries);
      }
    }
  });

  it('carries the English and Russian words that render each quote, and none for a dataset without translations', () => {
    const zarafshanRow = rows.find((row) => row.project_id === 'zarafshan-wind-500');
    expect(zarafshanRow).toMatchObject({ quote: '泽拉夫善500兆瓦风电项目', quote_en: 'Zarafshan 500 MW wind power project', quote_ru: 'ВЭС «Зарафшан» мощностью 500\u00A0МВт' });
    const untranslated = { ...data, speechesById: new Map([...data.speechesById].map(([id, speech]) => [id, { ...speech, translations: undefined }])) };
    const { data: plainRows } = parseCsv(projectsCsv(untranslated, features));
    expect(plainRows.find((row) => row.project_id === 'zarafshan-wind-500')).toMatchObject({ quote_en: '', quote_ru: '' });
  });

  it('writes a group figure once, for its members', () => {
    const groupRows = rows.filter((row) => row.project_id === group.members.join(';'));
    expect(groupRows.map((row) => row.quote)).toEqual(group.figures.map((figure) => figure.quote));
    expect(groupRows[0]!.name_en).toBe(group.name.en);
  });

  it('follows the filter', () => {
    const shown = features.filter((feature) => !group.members.includes(feature.id));
    const { data: filtered } = parseCsv(projectsCsv(data, shown));
    const shownIds = new Set(shown.map((feature) => feature.id));
    const shownGroups = data.atlas.groups.filter((g) => g.members.some((id) => shownIds.has(id)));
    expect(shownGroups.map((g) => g.id)).not.toContain(group.id);
    expect(new Set(filtered.map((row) => row.project_id))).toEqual(new Set([...shownIds, ...shownGroups.map((g) => g.members.join(';'))]));
  });
});
