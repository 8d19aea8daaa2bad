// @vitest-environment node
// The synthetic datasets of `npm run data:synth`: as valid as the real one, spread like it, and small per project.
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, SECTORS } from '../../src/data/atlasSchema';
import { checkPlacement } from '../../src/data/checkPlacement';
import { validateAtlas } from '../../src/data/validateAtlas';
import { atlasJsonChunks, synthesizeAtlas } from '../../data/scripts/syntheticAtlas';
import { countryShapesByAlpha2 } from '../../data/scripts/worldCountries';

const countryShapes = countryShapesByAlpha2();
const COUNT = 1_500;
const atlas = synthesizeAtlas({ count: COUNT, seed: 11, countryShapes });
const features = atlas.projects.features;

describe('synthesizeAtlas', () => {
  it('passes the same gate as the built dataset: schema, quotes at their spans, values read from them, points in their countries', () => {
    const validation = validateAtlas(atlas);
    expect(validation.ok ? [] : validation.problems).toEqual([]);
    expect(checkPlacement(atlas, countryShapes)).toEqual([]);
    expect(features).toHaveLength(COUNT);
  });

  it('spreads the projects over every country and sector, built by a handful of organisations', () => {
    expect(new Set(features.flatMap((feature) => feature.properties.countries))).toEqual(new Set(COUNTRY_CODES));
    expect(new Set(features.map((feature) => feature.properties.sector))).toEqual(new Set(SECTORS));
    const builders = new Set(features.flatMap((feature) => feature.properties.builder?.organization ?? []));
    expect(builders.size).toBeGreaterThan(2);
    expect(builders.size).toBeLessThanOrEqual(atlas.organizations.length);
    expect(features.some((feature) => feature.geometry?.type === 'LineString')).toBe(true);
  });

  it('states capacities in MW for energy projects, and figures for groups of projects together', () => {
    const capacities = features.flatMap((feature) => feature.properties.figures.filter((figure) => figure.metric === 'capacity'));
    expect(new Set(capacities.map((figure) => figure.value)).size).toBeGreaterThan(10);
    expect(capacities.every((figure) => figure.unit === 'MW')).toBe(true);
    const owners = features.filter((feature) => feature.properties.figures.some((figure) => figure.metric === 'capacity'));
    expect(owners.every((feature) => feature.properties.sector === 'energy')).toBe(true);
    expect(atlas.groups.length).toBeGreaterThan(1);
    for (const group of atlas.groups) {
      expect(group.figures.length).toBeGreaterThan(0);
      for (const member of group.members) expect(features.find((feature) => feature.id === member)?.properties.groups).toContain(group.id);
    }
  });

  it('lets many projects cite the same sentence, so the speeches stay small', () => {
    const quotes = new Set(features.flatMap((feature) => feature.properties.mentions.map((mention) => mention.quote)));
    expect(quotes.size).toBeLessThan(features.length / 20);
  });

  it('is the same for the same seed, and different for another', () => {
    expect(synthesizeAtlas({ count: 50, seed: 11, countryShapes })).toEqual(synthesizeAtlas({ count: 50, seed: 11, countryShapes }));
    expect(synthesizeAtlas({ count: 50, seed: 12, countryShapes }).projects).not.toEqual(synthesizeAtlas({ count: 50, seed: 11, countryShapes }).projects);
  });
});

describe('atlasJsonChunks', () => {
  it('writes JSON that reads back as the same atlas, in pieces of bounded size', () => {
    const chunks = [...atlasJsonChunks(atlas, 100)];
    expect(chunks.length).toBeGreaterThan(COUNT / 100);
    expect(JSON.parse(chunks.join(''))).toEqual(atlas);
  });
});
