// @vitest-environment node
// The figure that heads a project's map tooltip, named literally for projects of the forum's dataset.
import { describe, expect, it } from 'vitest';
import type { Figure, ProjectFeature } from '../../src/data/atlasSchema';
import { headlineFigure } from '../../src/map/headlineFigure';
import { builtAtlasData } from '../fixtures/builtAtlas';

const { projectsById } = builtAtlasData();

function project(id: string): ProjectFeature {
  const found = projectsById.get(id);
  if (found === undefined) throw new Error(`the dataset has no project ${id}`);
  return found;
}

/** A copy of `original` that states only `figures`. */
function withFigures(original: ProjectFeature, figures: Figure[]): ProjectFeature {
  return { ...original, properties: { ...original.properties, figures } };
}

describe('headlineFigure', () => {
  it('heads the ALLUR plant with its production now, nearly 100,000 vehicles, not the 9,000 before', () => {
    expect(headlineFigure(project('allur-car-plant'))).toMatchObject({
      metric: 'production_volume',
      value: 100_000,
      unit: 'vehicles',
      qualifier: 'nearly',
      phase: 'after',
    });
  });

  it('heads the Zarafshan wind farm with its capacity, 500 MW', () => {
    expect(headlineFigure(project('zarafshan-wind-500'))).toMatchObject({ metric: 'capacity', value: 500, unit: 'MW', qualifier: null });
  });

  it('heads the Amu-Bukhara pump station with the first metric its speech states, 315,000 ha irrigated', () => {
    expect(headlineFigure(project('amu-bukhara-1-pump-station'))).toMatchObject({ metric: 'irrigated_area', value: 315_000, unit: 'ha' });
  });

  it('prefers a capacity in MW to a figure stated before it', () => {
    const allur = project('allur-car-plant');
    const zarafshan = project('zarafshan-wind-500');
    const [before, after] = allur.properties.figures;
    const [capacity] = zarafshan.properties.figures;
    expect(headlineFigure(withFigures(allur, [before!, after!, capacity!]))).toMatchObject({ metric: 'capacity', value: 500 });
  });

  it('is nothing for a project that states no figure', () => {
    expect(headlineFigure(withFigures(project('allur-car-plant'), []))).toBeNull();
  });
});
