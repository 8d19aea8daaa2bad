// The shown projects as a spreadsheet: one row per stated figure with its quote and where it sits in
// the speech. A project without figures still has a row; a group figure has one row for the group.
import Papa from 'papaparse';
import type { Figure, ProjectFeature } from '../../data/atlasSchema';
import type { AtlasData } from '../../data/loadAtlas';
import { translatedQuoteWords } from '../provenance/speechTranslation';
import { groupsOfShown } from '../stats/figureContributions';

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
    location_precision: location.precision,
    location_source: [location.source.title, location.source.url].filter((part) => part !== null).join(' — '),
  };
}

export function projectsCsvRows(data: AtlasData, shown: readonly ProjectFeature[]): CsvRow[] {
  const projectRows = shown.flatMap((project) => {
    const columns = projectColumns(project);
    const { figures } = project.properties;
    return figures.length === 0 ? [{ ...columns, ...EMPTY_FIGURE }] : figures.map((figure) => ({ ...columns, ...figureColumns(data, figure) }));
  });
  const groupRows = groupsOfShown(data, shown).flatMap(({ group, members }) => {
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
  return [...projectRows, ...groupRows];
}

export function projectsCsv(data: AtlasData, shown: readonly ProjectFeature[]): string {
  const rows = projectsCsvRows(data, shown);
  return (
    BYTE_ORDER_MARK +
    Papa.unparse(
      { fields: [...CSV_COLUMNS], data: rows.map((row) => CSV_COLUMNS.map((column) => row[column])) },
      // A cell starting with = + - @ would run as a formula in a spreadsheet.
      { escapeFormulae: true },
    )
  );
}
