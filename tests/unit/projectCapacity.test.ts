// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Figure, ProjectFeature } from '../../src/data/atlasSchema';
import { projectCapacity } from '../../src/domain/figures/projectCapacity';
import { builtAtlasData } from '../fixtures/builtAtlas';

const { atlas } = builtAtlasData();
const features = atlas.projects.features;
const capacityFigures = features.flatMap((feature) => feature.properties.figures.filter((figure) => figure.metric === 'capacity'));

function withFigures(feature: ProjectFeature, figures: Figure[]): ProjectFeature {
  return { ...feature, properties: { ...feature.properties, figures } };
}

describe('projectCapacity', () => {
  it('finds the capacity figure of every project that states one, and null for the others', () => {
    expect(capacityFigures.length).toBeGreaterThan(0);
    for (const feature of features) {
      const stated = feature.properties.figures.filter((figure) => figure.metric === 'capacity');
      const capacity = projectCapacity(feature);
      if (stated.length === 0) expect(capacity, feature.id).toBeNull();
      else expect(stated, feature.id).toContain(capacity);
    }
  });

  it('ignores the other metrics', () => {
    const others = features.flatMap((feature) => feature.properties.figures.filter((figure) => figure.metric !== 'capacity'));
    const feature = features[0]!;
    expect(projectCapacity(withFigures(feature, others))).toBeNull();
    expect(projectCapacity(withFigures(feature, []))).toBeNull();
  });

  it('reads the later figure when a capacity is stated before and after', () => {
    const stated = capacityFigures[0]!;
    const before: Figure = { ...stated, id: 'before', phase: 'before', value: stated.value / 2 };
    const after: Figure = { ...stated, id: 'after', phase: 'after' };
    expect(projectCapacity(withFigures(features[0]!, [before, after]))).toBe(after);
  });

  it('sees one unit across the dataset, so sorting by capacity compares like with like', () => {
    expect(new Set(capacityFigures.map((figure) => figure.unit)).size).toBe(1);
  });
});
