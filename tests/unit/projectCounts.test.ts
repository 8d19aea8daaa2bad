// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { projectCountsByCountry, projectCountsBySector } from '../../src/domain/stats/projectCounts';
import { builtAtlasData } from '../fixtures/builtAtlas';

const features = builtAtlasData().atlas.projects.features;
const multiCountry = features.filter((feature) => feature.properties.countries.length > 1);

describe('project counts', () => {
  it('counts a project in every country it lies in, and says so', () => {
    expect(multiCountry.length).toBeGreaterThan(0);
    const rows = projectCountsByCountry(features);
    for (const { key, projects, multiCountry: marked } of rows) {
      expect(projects).toEqual(features.filter((feature) => feature.properties.countries.includes(key)));
      expect(marked).toEqual(projects.filter((project) => multiCountry.includes(project)));
    }
    const counted = rows.reduce((sum, row) => sum + row.projects.length, 0);
    const extra = multiCountry.reduce((sum, feature) => sum + feature.properties.countries.length - 1, 0);
    expect(counted).toBe(features.length + extra);
  });

  it('counts each project in its one sector', () => {
    const rows = projectCountsBySector(features);
    expect(rows.reduce((sum, row) => sum + row.projects.length, 0)).toBe(features.length);
    for (const { key, projects } of rows) expect(projects.every((project) => project.properties.sector === key)).toBe(true);
  });

  it('orders the most projects first and leaves out empty rows', () => {
    for (const rows of [projectCountsByCountry(features), projectCountsBySector(features)]) {
      const counts = rows.map((row) => row.projects.length);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      expect(counts.every((count) => count > 0)).toBe(true);
    }
    expect(projectCountsByCountry([])).toEqual([]);
  });
});
