// The map's picture for a printed brief waits for the basemap's rivers, lakes and names to be drawn,
// but not for ever: a geography that never comes still lets the brief print, saying what is missing.
import { act, renderHook } from '@testing-library/react';
import { createRef, type RefObject } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MapSnapshot } from '../../src/map/snapshotMap';
import { useMapSnapshot, type GeographyState } from '../../src/map/useMapSnapshot';

// The picture itself needs WebGL (covered end to end in tests/e2e/brief.spec.ts); here only when it is taken matters.
const takePicture = vi.hoisted(() => vi.fn(async () => 'data:image/png;base64,PICTURE'));
vi.mock('../../src/map/snapshotMap', () => ({ snapshotMap: takePicture }));

function renderSnapshot(geography: GeographyState) {
  const snapshotRef = createRef<MapSnapshot>() as RefObject<MapSnapshot | null>;
  const mapRef = { current: { getMap: () => ({}) } as unknown as MapRef };
  const containerRef = { current: document.createElement('section') };
  const hook = renderHook((props: { geography: GeographyState }) => useMapSnapshot(snapshotRef, mapRef, containerRef, true, props.geography), {
    initialProps: { geography },
  });
  const snapshot = snapshotRef.current;
  if (snapshot === null) throw new Error('no snapshot function while the map is up');
  return { ...hook, snapshot };
}

afterEach(() => {
  takePicture.mockClear();
  vi.useRealTimers();
});

describe('useMapSnapshot', () => {
  it('takes the picture only once the geography is drawn', async () => {
    const { snapshot, rerender } = renderSnapshot('pending');
    const picture = snapshot();
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(takePicture).not.toHaveBeenCalled();
    rerender({ geography: 'drawn' });
    await expect(picture).resolves.toEqual({ image: 'data:image/png;base64,PICTURE', withGeography: true });
    expect(takePicture).toHaveBeenCalledTimes(1);
  });

  it('takes the picture at once when the geography is already drawn', async () => {
    const { snapshot } = renderSnapshot('drawn');
    await expect(snapshot()).resolves.toEqual({ image: 'data:image/png;base64,PICTURE', withGeography: true });
  });

  it('gives up waiting after six seconds and says the geography is missing', async () => {
    vi.useFakeTimers();
    const { snapshot } = renderSnapshot('pending');
    const picture = snapshot();
    await vi.advanceTimersByTimeAsync(5_900);
    expect(takePicture).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    await expect(picture).resolves.toEqual({ image: 'data:image/png;base64,PICTURE', withGeography: false });
  });

  it('does not wait when the basemap failed to load', async () => {
    const { snapshot } = renderSnapshot('absent');
    await expect(snapshot()).resolves.toEqual({ image: 'data:image/png;base64,PICTURE', withGeography: false });
  });
});
