// @vitest-environment node
// Equal parts of projects become one object, so the worker's messages carry (and the page keeps) one copy.
import { describe, expect, it } from 'vitest';
import { EqualParts } from '../../src/data/shareEqualParts';
import { synthesizeAtlas } from '../../data/scripts/syntheticAtlas';
import { countryShapesByAlpha2 } from '../../data/scripts/worldCountries';

const features = synthesizeAtlas({ count: 500, seed: 2, countryShapes: countryShapesByAlpha2() }).projects.features;
// As the worker meets them: fresh objects per project, as JSON.parse makes them.
const fresh = () => features.map((feature) => structuredClone(feature));

describe('EqualParts', () => {
  it('changes no project’s content', () => {
    const parts = new EqualParts();
    expect(fresh().map((feature) => parts.shareFeature(feature))).toEqual(features);
  });

  it('makes equal parts one object, which a structured clone keeps as one', () => {
    const parts = new EqualParts();
    const shared = structuredClone(fresh().map((feature) => parts.shareFeature(feature)));
    const sameCountries = shared.filter((feature) => feature.properties.countries[0] === 'KZ' && feature.properties.countries.length === 1);
    expect(sameCountries.length).toBeGreaterThan(10);
    expect(new Set(sameCountries.map((feature) => feature.properties.countries)).size).toBe(1);
    const locations = new Set(shared.map((feature) => JSON.stringify(feature.properties.location)));
    expect(new Set(shared.map((feature) => feature.properties.location)).size).toBe(locations.size);
  });

  it('gives back the first equal part, and keeps different parts apart', () => {
    const parts = new EqualParts();
    const first = { speech: 's01', quote: '风电' };
    const other = { speech: 's01', quote: '光伏' };
    expect(parts.share(first)).toBe(first);
    expect(parts.share(other)).toBe(other);
    expect(parts.share({ speech: 's01', quote: '风电' })).toBe(first);
  });
});
