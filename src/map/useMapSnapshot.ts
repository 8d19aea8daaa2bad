// Hands out the function that pictures the map (snapshotMap) while the map is up. The picture waits
// for the basemap's rivers, lakes and names to be drawn (they join after the projects), for a bounded
// time: a geography that never comes must not hold the print, and the brief says it is missing.
import { useEffect, useRef, type RefObject } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import type { MapSnapshot } from './snapshotMap';

/** Whether the basemap's geography is drawn, still to come, or not coming (the basemap failed). */
export type GeographyState = 'drawn' | 'pending' | 'absent';

/** Long enough for the geography to join on a slow phone, short enough for a visitor waiting to print. */
const GEOGRAPHY_WAIT_MS = 6_000;

/** While the map is up, `snapshotRef` holds the function that pictures it (a printed brief asks for it). */
export function useMapSnapshot(
  snapshotRef: RefObject<MapSnapshot | null> | undefined,
  mapRef: RefObject<MapRef | null>,
  containerRef: RefObject<HTMLElement | null>,
  loaded: boolean,
  geography: GeographyState,
) {
  const geographyRef = useRef(geography);
  const geographyWaiters = useRef(new Set<() => void>());
  useEffect(() => {
    geographyRef.current = geography;
    if (geography === 'pending') return;
    for (const settle of geographyWaiters.current) settle();
  }, [geography]);

  useEffect(() => {
    if (snapshotRef === undefined || !loaded) return;
    snapshotRef.current = async () => {
      const withGeography = await untilGeography(geographyRef, geographyWaiters.current);
      const map = mapRef.current;
      const container = containerRef.current;
      if (map === null || container === null) throw new Error('the map is not shown');
      // html-to-image loads with the first picture, not with the map.
      const { snapshotMap } = await import('./snapshotMap');
      return { image: await snapshotMap(map.getMap(), container), withGeography };
    };
    return () => {
      snapshotRef.current = null;
    };
  }, [snapshotRef, mapRef, containerRef, loaded]);
}

/** Resolves once the geography is drawn or will not be (true if drawn), or after GEOGRAPHY_WAIT_MS (false). */
function untilGeography(state: RefObject<GeographyState>, waiters: Set<() => void>): Promise<boolean> {
  if (state.current !== 'pending') return Promise.resolve(state.current === 'drawn');
  return new Promise((resolve) => {
    const settle = () => {
      clearTimeout(timer);
      waiters.delete(settle);
      resolve(state.current === 'drawn');
    };
    const timer = setTimeout(settle, GEOGRAPHY_WAIT_MS);
    waiters.add(settle);
  });
}
