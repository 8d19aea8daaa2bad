// The shown projects as a spreadsheet: one row per stated figure with its quote and where it sits in
// the speech. A project without figures still has a row; a group figure has one row for the group.
import Papa from 'papaparse';
import type { Figure, ProjectFeature } from '../../data/atlasSchema';
import { translatedQuoteWords } from '../provenance/speechTranslation';
import { groupsOfShown } from '../stats/figureContributions';
import { blobFromParts, slices } from './blobFromParts';
import type { AtlasData } from '../../vocabulary';

export const CSV_COLUMNS = [
  'project_id',
  'name_zh',
  'name_en',
  'name_ru',
  'sector',
  'subtype',
  'countries',
  'builder',
  'metric',
  'phase',
  'value',
  'unit',
  'qualifier',
  'amount_as_written',
  'quote',
  // The words of the atlas's English and Russian translations that render the quote ('' without translations).
  'quote_en',
  'quote_ru',
  'speech_id',
  'speaker',
  'paragraph',
  'span_start',
  'span_end',
  'location_precision',
  'location_source',
] as const;

type CsvColumn = (typeof CSV_COLUMNS)[number];
type CsvRow = Record<CsvColumn, string | number>;

/** Several values in one cell (countries, member ids). */
const LIST_SEPARATOR = ';';
/** Excel reads a UTF-8 file as UTF-8 (Chinese and Russian intact) only when it starts with a byte-order mark. */
const BYTE_ORDER_MARK = '\uFEFF';
/** papaparse's line break between rows, also between the parts. */
const CSV_NEWLINE = '\r\n';
export const CSV_TYPE = 'text/csv;charset=utf-8';

const distinct = (values: readonly string[]) => [...new Set(values)].join(LIST_SEPARATOR);

type ProjectColumn = 'project_id' | 'name_zh' | 'name_en' | 'name_ru' | 'sector' | 'subtype' | 'countries' | 'builder' | 'location_precision' | 'location_source';
type ProjectColumns = Pick<CsvRow, ProjectColumn>;
type FigureColumns = Omit<CsvRow, ProjectColumn>;

const EMPTY_FIGURE: FigureColumns = {
  metric: '',
  phase: '',
  value: '',
  unit: '',
  qualifier: '',
  amount_as_written: '',
  quote: '',
  quote_en: '',
  quote_ru: '',
  speech_id: '',
  speaker: '',
  paragraph: '',
  span_start: '',
  span_end: '',
};

function figureColumns(data: AtlasData, figure: Figure): FigureColumns {
  const speech = data.speechesById.get(figure.speech);
  return {
    metric: figure.metric,
    phase: figure.phase ?? '',
    value: figure.value,
    unit: figure.unit,
    qualifier: figure.qualifier ?? '',
    amount_as_written: figure.amount,
    quote: figure.quote,
    quote_en: translatedQuoteWords(speech, figure, 'en'),
    quote_ru: translatedQuoteWords(speech, figure, 'ru'),
    speech_id: figure.speech,
    // The speaker as the article introduces them: organisation, role and name.
    speaker: speech?.speaker.line ?? '',
    // The paragraph's id (s11-p02); span_start/span_end are UTF-16 offsets in its text.
    paragraph: speech?.paragraphs[figure.span.paragraph]?.id ?? '',
    span_start: figure.span.start,
    span_end: figure.span.end,
  };
}

function projectColumns(project: ProjectFeature): ProjectColumns {
  const { id, name, sector, subtype, countries, builder, location } = project.properties;
  return {
    project_id: id,
    name_zh: name.zh,
    name_en: name.en,
    name_ru: name.ru,
    sector,
    subtype,
    countries: countries.join(LIST_SEPARATOR),
    builder: builder?.organization ?? '',
    // Empty for a project the speeches give no place: it has no geometry either.
    location_precision: location?.precision ?? '',
    location_source: location === null ? '' : [location.source.title, location.source.url].filter((part) => part !== null).join(' — '),
  };
}

/** Projects per part of the text: some hundreds of kilobytes. */
const PROJECTS_PER_PART = 500;

/** The rows of the shown projects, a slice of projects at a time, then the rows of their groups. */
function* projectsCsvRows(data: AtlasData, shown: readonly ProjectFeature[]): Generator<CsvRow[]> {
  for (const slice of slices(shown, PROJECTS_PER_PART)) {
    yield slice.flatMap((project) => {
      const columns = projectColumns(project);
      const { figures } = project.properties;
      return figures.length === 0 ? [{ ...columns, ...EMPTY_FIGURE }] : figures.map((figure) => ({ ...columns, ...figureColumns(data, figure) }));
    });
  }
  yield groupsOfShown(data, shown).flatMap(({ group, members }) => {
    const columns: ProjectColumns = {
      // The group's members, not the group's own id: the column always holds project ids.
      project_id: group.members.join(LIST_SEPARATOR),
      name_zh: group.name.zh,
      name_en: group.name.en,
      name_ru: group.name.ru,
      sector: distinct(members.map((member) => member.properties.sector)),
      subtype: distinct(members.map((member) => member.properties.subtype)),
      countries: distinct(members.flatMap((member) => member.properties.countries)),
      builder: distinct(members.flatMap((member) => member.properties.builder?.organization ?? [])),
      location_precision: '',
      location_source: '',
    };
    return group.figures.map((figure) => ({ ...columns, ...figureColumns(data, figure) }));
  });
}

/**
 * A cell starting with one of these runs as a formula in a spreadsheet, whatever follows: it gets a
 * leading ' (OWASP, CSV injection). papaparse's own `escapeFormulae: true` tests /^[=+\-@\t\r].*$/,
 * whose . stops at a line break, so it let a multi-line cell through.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const CSV_OPTIONS = { escapeFormulae: FORMULA_START, newline: CSV_NEWLINE };

/** The CSV text in parts, a slice of projects each: the byte-order mark and header first. */
export function* projectsCsvParts(data: AtlasData, shown: readonly ProjectFeature[]): Generator<string> {
  yield BYTE_ORDER_MARK + Papa.unparse([[...CSV_COLUMNS]], CSV_OPTIONS);
  for (const rows of projectsCsvRows(data, shown)) {
    if (rows.length > 0) yield CSV_NEWLINE + Papa.unparse(rows.map((row) => CSV_COLUMNS.map((column) => row[column])), CSV_OPTIONS);
  }
}

export function projectsCsvBlob(data: AtlasData, shown: readonly ProjectFeature[]): Blob {
  return blobFromParts(projectsCsvParts(data, shown), CSV_TYPE);
}
