// How many of the shown projects lie in each country and sector. A project is counted in every
// country it lies in (the gas pipeline in four): "projects in Kazakhstan" includes it, as the country
// filter does. So the country counts may add up to more than the projects shown; each row says which
// of its projects are also counted elsewhere.
import { COUNTRY_CODES, SECTORS, type CountryCode, type ProjectFeature, type Sector } from '../../data/atlasSchema';
import { tallied, type Tally } from './tally';

export interface CountRow<Key extends string> {
  key: Key;
  projects: ProjectFeature[];
  /** The projects of this row that lie in several countries and are counted in each. */
  multiCountry: ProjectFeature[];
}

/** Counts one project at a time; the rows come largest first. */
function countTally<Key extends string>(keysOf: (project: ProjectFeature) => readonly Key[], order: readonly Key[]): Tally<ProjectFeature, Array<CountRow<Key>>> {
  const rows = new Map<Key, CountRow<Key>>();
  return {
    add(project) {
      const keys = keysOf(project);
      const inSeveral = project.properties.countries.length > 1;
      for (let index = 0; index < keys.length; index += 1) {
        const key = keys[index] as Key;
        // A key listed twice counts the project once.
        if (keys.indexOf(key) !== index) continue;
        let row = rows.get(key);
        if (row === undefined) rows.set(key, (row = { key, projects: [], multiCountry: [] }));
        row.projects.push(project);
        if (inSeveral) row.multiCountry.push(project);
      }
    },
    result: () => order.flatMap((key) => rows.get(key) ?? []).sort((a, b) => b.projects.length - a.projects.length),
  };
}

export function countryCountTally(): Tally<ProjectFeature, Array<CountRow<CountryCode>>> {
  return countTally((project) => project.properties.countries, COUNTRY_CODES);
}

export function sectorCountTally(): Tally<ProjectFeature, Array<CountRow<Sector>>> {
  return countTally((project) => [project.properties.sector], SECTORS);
}

export function projectCountsByCountry(shown: readonly ProjectFeature[]): Array<CountRow<CountryCode>> {
  return tallied(shown, countryCountTally());
}

export function projectCountsBySector(shown: readonly ProjectFeature[]): Array<CountRow<Sector>> {
  return tallied(shown, sectorCountTally());
}
