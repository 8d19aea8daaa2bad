// Hands out the function that pictures the map (snapshotMap) while the map is up.
import { useEffect, type RefObject } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import type { MapSnapshot } from './snapshotMap';

/** While the map is up, `snapshotRef` holds the function that pictures it (a printed brief asks for it). */
export function useMapSnapshot(
  snapshotRef: RefObject<MapSnapshot | null> | undefined,
  mapRef: RefObject<MapRef | null>,
  containerRef: RefObject<HTMLElement | null>,
  loaded: boolean,
) {
  useEffect(() => {
    if (snapshotRef === undefined || !loaded) return;
    snapshotRef.current = async () => {
      const map = mapRef.current;
      const container = containerRef.current;
      if (map === null || container === null) throw new Error('the map is not shown');
      // html-to-image loads with the first picture, not with the map.
      const { snapshotMap } = await import('./snapshotMap');
      return snapshotMap(map.getMap(), container);
    };
    return () => {
      snapshotRef.current = null;
    };
  }, [snapshotRef, mapRef, containerRef, loaded]);
}
