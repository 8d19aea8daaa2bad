// Every coordinate must lie in one of its project's countries: a point in the wrong country is
// a wrong map, however valid its JSON.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Atlas } from './atlasSchema';
import { loadMessage } from './loadMessages';
import { formatPath, type AtlasProblem } from './validateAtlas';

export type CountryShapes = ReadonlyMap<string, Feature<Polygon | MultiPolygon>>;

export function checkPlacement(atlas: Atlas, countryShapes: CountryShapes): AtlasProblem[] {
  const problems: AtlasProblem[] = [];
  atlas.projects.features.forEach((feature, index) => {
    const { geometry, properties } = feature;
    // A project without a place has nothing to check.
    if (geometry === null) return;
    const vertices = geometry.type === 'Point' ? [geometry.coordinates] : geometry.coordinates;
    vertices.forEach((vertex, vertexIndex) => {
      const inside = properties.countries.some((code) => {
        const shape = countryShapes.get(code);
        // turf only reads the point; its type asks for a writable array.
        return shape !== undefined && booleanPointInPolygon(vertex as [number, number], shape);
      });
      if (inside) return;
      const path = ['projects', 'features', index, 'geometry', 'coordinates'];
      problems.push({
        path: formatPath(geometry.type === 'Point' ? path : [...path, vertexIndex]),
        record: `project ${feature.id}`,
        message: loadMessage('outsideCountries', { vertex: vertex.join(', '), countries: properties.countries.join(', ') }),
      });
    });
  });
  return problems;
}
