import { describe, expect, it } from 'vitest';
import { EASE_MS, FOCUS_ZOOM, cameraMoveTo } from '../../src/map/cameraMove';

const point = { type: 'Point' as const, coordinates: [64.2, 41.57] as [number, number] };
const route = {
  type: 'LineString' as const,
  coordinates: [
    [63.8, 39.4],
    [69.3, 41.3],
    [80.4, 44.2],
  ] as [number, number][],
};

describe('cameraMoveTo', () => {
  it('eases to a point, zooming in to at least the focus zoom', () => {
    expect(cameraMoveTo(point, { currentZoom: 3, reducedMotion: false, bottomInset: 0 })).toEqual({
      kind: 'ease',
      center: point.coordinates,
      zoom: FOCUS_ZOOM,
      offset: [0, 0],
      duration: EASE_MS,
    });
    expect(cameraMoveTo(point, { currentZoom: 7, reducedMotion: false, bottomInset: 0 })).toMatchObject({ zoom: 7 });
  });

  it('jumps instead of flying when the visitor prefers reduced motion', () => {
    expect(cameraMoveTo(point, { currentZoom: 3, reducedMotion: true, bottomInset: 0 })?.duration).toBe(0);
    expect(cameraMoveTo(route, { currentZoom: 3, reducedMotion: true, bottomInset: 0 })?.duration).toBe(0);
  });

  it('centres a point in the part of the map the bottom sheet leaves visible', () => {
    expect(cameraMoveTo(point, { currentZoom: 5, reducedMotion: false, bottomInset: 400 })).toMatchObject({ offset: [0, -200] });
  });

  it('fits a route’s bounds, keeping it clear of the bottom sheet', () => {
    expect(cameraMoveTo(route, { currentZoom: 5, reducedMotion: false, bottomInset: 400 })).toEqual({
      kind: 'fit',
      bounds: [
        [63.8, 39.4],
        [80.4, 44.2],
      ],
      padding: { top: 60, right: 60, bottom: 460, left: 60 },
      duration: EASE_MS,
    });
  });

  it('does not move for a project with no place on the map', () => {
    expect(cameraMoveTo(null, { currentZoom: 5, reducedMotion: false, bottomInset: 0 })).toBeNull();
  });

  it('fits a project drawn at several points (two capitals) into view', () => {
    const capitals = { type: 'MultiPoint' as const, coordinates: [[71.43, 51.17], [116.33, 39.93]] as [number, number][] };
    expect(cameraMoveTo(capitals, { currentZoom: 5, reducedMotion: false, bottomInset: 0 })).toMatchObject({
      kind: 'fit',
      bounds: [
        [71.43, 39.93],
        [116.33, 51.17],
      ],
    });
  });
});
