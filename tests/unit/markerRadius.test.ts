// @vitest-environment node
// Marker sizes with literal numbers: area proportional to MW up to the largest capacity, and never
// smaller than the hollow "no capacity stated" ring.
import { describe, expect, it } from 'vitest';
import type { Figure, ProjectFeature } from '../../src/data/atlasSchema';
import { createCapacityScale, legendCapacities, markerRadius } from '../../src/map/markerScale';
import { markerStyle } from '../../src/map/pointData';
import { builtAtlasData } from '../fixtures/builtAtlas';

const data = builtAtlasData();
const zarafshan = data.projectsById.get('zarafshan-wind-500')!;
const allur = data.projectsById.get('allur-car-plant')!;

/** A copy of the Zarafshan wind farm stating `megawatts` as its capacity. */
function withCapacity(megawatts: number, id: string): ProjectFeature {
  const [capacity] = zarafshan.properties.figures as [Figure];
  return { ...zarafshan, id, properties: { ...zarafshan.properties, id, figures: [{ ...capacity, id: `${id}.capacity`, value: megawatts }] } };
}

const scale = createCapacityScale([withCapacity(1000, 'large'), withCapacity(10, 'small')]);
/** How far a marker's outline reaches from its centre: deck.gl centres the stroke on the radius. */
const outerEdge = (radius: number, capacityStated: boolean, approximate: boolean) =>
  radius + markerStyle([0, 0, 0], capacityStated, approximate).outlineWidth / 2;

describe('markerRadius', () => {
  it('makes area proportional to MW down to the smallest filled marker: 1000 MW 20 px, 250 MW 10 px', () => {
    expect(markerRadius(1000, scale)).toBe(20);
    expect(markerRadius(250, scale)).toBeCloseTo(10, 9);
  });

  it('draws 10 MW, a hundredth of the largest, at 8 px: larger than the 6 px hollow ring of no capacity', () => {
    expect(markerRadius(null, scale)).toBe(6);
    expect(markerRadius(10, scale)).toBe(8);
    expect(markerRadius(0.001, scale)).toBe(8);
    for (const approximate of [false, true]) {
      expect(outerEdge(markerRadius(10, scale), true, approximate)).toBeGreaterThan(outerEdge(markerRadius(null, scale), false, approximate));
    }
  });

  it('keeps sizes in the order of the capacities', () => {
    const capacities = [0.5, 10, 100, 160, 161, 400, 1000];
    const radii = capacities.map((megawatts) => markerRadius(megawatts, scale));
    expect(radii).toEqual([...radii].sort((a, b) => a - b));
    expect(radii.every((radius) => radius > markerRadius(null, scale))).toBe(true);
  });
});

describe('legendCapacities', () => {
  it("steps through the scale's round ticks: the smallest, the middle one and the largest", () => {
    // d3 ticks 0, 200, …, 1000 for a scale of 0–1000 MW; 0, 20, 40, 60 for 0–73 MW.
    expect(legendCapacities(scale)).toEqual([200, 600, 1000]);
    expect(legendCapacities(createCapacityScale(data.atlas.projects.features))).toEqual([100, 300, 500]);
    expect(legendCapacities(createCapacityScale([withCapacity(1400, 'larger')]))).toEqual([200, 800, 1400]);
    expect(legendCapacities(createCapacityScale([withCapacity(73, 'smaller')]))).toEqual([20, 40, 60]);
    for (const step of legendCapacities(scale)) expect(markerRadius(step, scale)).toBeGreaterThan(8);
  });

  it('has no steps when nothing in the dataset states a capacity in MW', () => {
    expect(legendCapacities(createCapacityScale([allur]))).toEqual([]);
    expect(legendCapacities(createCapacityScale([]))).toEqual([]);
  });
});
