// A CSV or TSV file as a reference layer: parsed with papaparse, each row placed from its mapped
// columns or listed with the reason it could not be.
import Papa from 'papaparse';
import { capacityUnitOf, countryColumn, type ColumnMapping } from './detectColumns';
import { placedLayer, type PlacementProblem, type ReferenceFeature, type ReferenceLayer } from './referenceLayer';

export interface Table {
  header: string[];
  /** Each data row by column, with its row number in the file (the header is row 1). */
  rows: { number: number; cells: Record<string, string> }[];
  /** Rows that could not be read as a record at all (ragged, unbalanced quotes). */
  problems: PlacementProblem[];
}

export function parseTable(text: string): Table {
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
  const [headerCells = [], ...records] = parsed.data;
  const header = headerCells.map((cell, index) => (cell.trim() === '' ? `column ${index + 1}` : cell.trim()));
  const problems: PlacementProblem[] = [];
  const quoteRows = new Set(parsed.errors.filter((error) => error.code === 'MissingQuotes' || error.code === 'InvalidQuotes').map((error) => error.row ?? -1));
  const rows: Table['rows'] = [];
  records.forEach((cells, index) => {
    const number = index + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    if (quoteRows.has(index + 1)) {
      problems.push({ unit: 'row', number, reason: 'unbalancedQuotes' });
      return;
    }
    if (cells.length !== header.length) {
      problems.push({ unit: 'row', number, reason: 'raggedRow', detail: `${cells.length}/${header.length}` });
      return;
    }
    rows.push({ number, cells: Object.fromEntries(header.map((column, at) => [column, cells[at] ?? ''])) });
  });
  return { header, rows, problems };
}

const UNIT_FACTORS = { MW: 1, kW: 0.001, GW: 1000 } as const;

/** "1,200", "500 MW", "1.2 GW", "800 kW" as MW; null for an empty cell; NaN for text that is no number. */
export function capacityInMegawatts(text: string, columnUnit: keyof typeof UNIT_FACTORS): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const match = /^([-+]?[\d\s,]*\.?\d+)\s*(mw|kw|gw|мвт|квт|гвт|兆瓦|千瓦|吉瓦)?$/i.exec(trimmed);
  if (match === null) return Number.NaN;
  const value = Number((match[1] ?? '').replace(/[\s,]/g, ''));
  const unitWord = (match[2] ?? '').toLowerCase();
  const unit = /^(kw|квт|千瓦)$/.test(unitWord) ? 'kW' : /^(gw|гвт|吉瓦)$/.test(unitWord) ? 'GW' : unitWord === '' ? columnUnit : 'MW';
  return value < 0 ? Number.NaN : value * UNIT_FACTORS[unit];
}

type Coordinate = { value: number } | { reason: PlacementProblem['reason']; detail?: string };

function coordinate(
  text: string | undefined,
  bound: number,
  missing: PlacementProblem['reason'],
  notNumber: PlacementProblem['reason'],
  outOfRange: PlacementProblem['reason'],
): Coordinate {
  const trimmed = (text ?? '').trim().replace(',', '.');
  if (trimmed === '') return { reason: missing };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { reason: notNumber, detail: trimmed };
  if (Math.abs(value) > bound) return { reason: outOfRange, detail: trimmed };
  return { value };
}

export function tableToLayer(table: Table, mapping: ColumnMapping, fileName: string): ReferenceLayer {
  const problems = [...table.problems];
  const features: ReferenceFeature[] = [];
  const country = countryColumn(table.header);
  const unit = mapping.capacity === null ? 'MW' : capacityUnitOf(mapping.capacity);
  for (const { number, cells } of table.rows) {
    const latitude = coordinate(mapping.latitude === null ? undefined : cells[mapping.latitude], 90, 'noLatitude', 'latitudeNotNumber', 'latitudeOutOfRange');
    const longitude = coordinate(mapping.longitude === null ? undefined : cells[mapping.longitude], 180, 'noLongitude', 'longitudeNotNumber', 'longitudeOutOfRange');
    const capacityText = mapping.capacity === null ? '' : (cells[mapping.capacity] ?? '');
    const capacityMw = capacityInMegawatts(capacityText, unit);
    if (!('value' in latitude)) problems.push({ unit: 'row', number, ...latitude });
    else if (!('value' in longitude)) problems.push({ unit: 'row', number, ...longitude });
    else if (capacityMw !== null && Number.isNaN(capacityMw)) problems.push({ unit: 'row', number, reason: 'capacityNotNumber', detail: capacityText.trim() });
    else {
      const category = mapping.category === null ? '' : (cells[mapping.category] ?? '').trim();
      const fields: (readonly [string, string])[] = [];
      if (mapping.capacity !== null && capacityText.trim() !== '') fields.push([mapping.capacity, capacityText.trim()]);
      if (mapping.category !== null && category !== '') fields.push([mapping.category, category]);
      const countryCode = country === null ? '' : (cells[country] ?? '').trim().toUpperCase();
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [longitude.value, latitude.value] },
        properties: {
          row: number,
          name: mapping.name === null ? `#${number}` : (cells[mapping.name] ?? '').trim() || `#${number}`,
          capacityMw,
          category: category === '' ? null : category,
          country: /^[A-Z]{2}$/.test(countryCode) ? countryCode : null,
          fields,
        },
      });
    }
  }
  problems.sort((a, b) => a.number - b.number);
  return placedLayer(fileName, features, problems);
}
