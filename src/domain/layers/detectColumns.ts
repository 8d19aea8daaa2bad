// Which columns of a table hold the name, coordinates, capacity and category: by header name in
// the atlas's three languages, then by the values. Unsure detection asks the visitor (the dialog).

export interface ColumnMapping {
  name: string | null;
  latitude: string | null;
  longitude: string | null;
  capacity: string | null;
  category: string | null;
}

export const MAPPED_ROLES = ['name', 'latitude', 'longitude', 'capacity', 'category'] as const;
export type MappedRole = (typeof MAPPED_ROLES)[number];

export interface DetectedColumns {
  mapping: ColumnMapping;
  /** Latitude and longitude were found by their names, so no one needs to be asked. */
  sure: boolean;
}

const normalise = (header: string) => header.trim().toLowerCase().replace(/[\s_()[\]./-]+/g, ' ').trim();

const NAME_PATTERNS: Record<MappedRole, RegExp> = {
  latitude: /^(lat|latitude|y|纬度|緯度|широта)( deg| degrees)?$/,
  longitude: /^(lon|lng|long|longitude|x|经度|經度|долгота)( deg| degrees)?$/,
  name: /^(name|names|title|plant|plant name|project|project name|名称|名稱|项目|項目|название|наименование|имя)( en| zh| ru)?$/,
  capacity: /^(capacity|capacity mw|capacity kw|capacity gw|mw|kw|gw|installed capacity|装机容量|装机|容量|мощность|установленная мощность)( mw| kw| gw|, mw|, kw|, gw)?$|\b(mw|kw|gw)\b|мвт|квт|гвт|兆瓦|千瓦|吉瓦/,
  category: /^(category|type|fuel|primary fuel|sector|kind|technology|类别|类型|行业|категория|тип|отрасль)$/,
};

const COUNTRY_PATTERN = /^(country|country code|iso2|iso|国家|страна)$/;

function byName(header: readonly string[], role: MappedRole, taken: ReadonlySet<string>): string | null {
  return header.find((column) => !taken.has(column) && NAME_PATTERNS[role].test(normalise(column))) ?? null;
}

export function countryColumn(header: readonly string[]): string | null {
  return header.find((column) => COUNTRY_PATTERN.test(normalise(column))) ?? null;
}

const numeric = (value: string | undefined) => value !== undefined && value.trim() !== '' && Number.isFinite(Number(value.trim()));

/** Columns whose sampled values are all numbers within the bound. */
function numericColumnsWithin(header: readonly string[], rows: readonly Record<string, string>[], bound: number): string[] {
  return header.filter((column) => {
    const values = rows.map((row) => row[column]).filter((value) => value !== undefined && value.trim() !== '');
    return values.length > 0 && values.every((value) => numeric(value) && Math.abs(Number(value)) <= bound);
  });
}

export function detectColumns(header: readonly string[], rows: readonly Record<string, string>[]): DetectedColumns {
  const sample = rows.slice(0, 200);
  const taken = new Set<string>();
  const pick = (role: MappedRole) => {
    const column = byName(header, role, taken);
    if (column !== null) taken.add(column);
    return column;
  };
  const latitudeByName = pick('latitude');
  const longitudeByName = pick('longitude');
  let latitude = latitudeByName;
  let longitude = longitudeByName;
  if (latitude === null || longitude === null) {
    // By values: the first columns of plain numbers that fit latitude and longitude.
    const free = header.filter((column) => !taken.has(column));
    latitude ??= numericColumnsWithin(free, sample, 90)[0] ?? null;
    longitude ??= numericColumnsWithin(free, sample, 180).find((column) => column !== latitude) ?? null;
    if (latitude !== null) taken.add(latitude);
    if (longitude !== null) taken.add(longitude);
  }
  const capacity = pick('capacity');
  const category = pick('category');
  let name = pick('name');
  // By values: the first column of text that is not a number in most rows.
  name ??= header.find((column) => !taken.has(column) && sample.filter((row) => numeric(row[column])).length < sample.length / 2) ?? null;
  return {
    mapping: { name, latitude, longitude, capacity, category },
    sure: latitudeByName !== null && longitudeByName !== null,
  };
}

/** The unit a capacity column's header names (MW unless it says kW or GW). */
export function capacityUnitOf(column: string): 'MW' | 'kW' | 'GW' {
  const header = normalise(column);
  if (/\bkw\b|квт|千瓦/.test(header) && !/兆瓦/.test(header)) return 'kW';
  if (/\bgw\b|гвт|吉瓦/.test(header)) return 'GW';
  return 'MW';
}
