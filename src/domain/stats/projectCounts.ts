// How many of the shown projects lie in each country and sector. A project is counted in every
// country it lies in (the gas pipeline in four): "projects in Kazakhstan" includes it, as the country
// filter does. So the country counts may add up to more than the projects shown; each row says which
// of its projects are also counted elsewhere.
import { COUNTRY_CODES, SECTORS, type CountryCode, type ProjectFeature, type Sector } from '../../data/atlasSchema';

export interface CountRow<Key extends string> {
  key: Key;
  projects: ProjectFeature[];
  /** The projects of this row that lie in several countries and are counted in each. */
  multiCountry: ProjectFeature[];
}

function countBy<Key extends string>(shown: readonly ProjectFeature[], keysOf: (project: ProjectFeature) => readonly Key[], order: readonly Key[]) {
  return order
    .map((key) => {
      const projects = shown.filter((project) => keysOf(project).includes(key));
      return { key, projects, multiCountry: projects.filter((project) => project.properties.countries.length > 1) };
    })
    .filter((row) => row.projects.length > 0)
    .sort((a, b) => b.projects.length - a.projects.length);
}

export function projectCountsByCountry(shown: readonly ProjectFeature[]): Array<CountRow<CountryCode>> {
  return countBy(shown, (project) => project.properties.countries, COUNTRY_CODES);
}

export function projectCountsBySector(shown: readonly ProjectFeature[]): Array<CountRow<Sector>> {
  return countBy(shown, (project) => [project.properties.sector], SECTORS);
}
