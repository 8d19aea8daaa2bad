// The camera: where the map starts, and how it follows the store (Back or Forward to another view,
// a project selected from the list or the map). The map's own moves write the store (MapView).
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Map as MapLibre } from 'maplibre-gl';
import type { MapRef } from 'react-map-gl/maplibre';
import { formatViewport, type MapViewport } from '../state/viewState';
import { useViewStore } from '../state/viewStore';
import { matchesMedia, PHONE_QUERY } from '../ui/media';
import type { AtlasData } from '../vocabulary';
import { cameraMoveTo } from './cameraMove';

/** Central Asia and western China, north far enough for the ALLUR plant at Kostanay. */
export const START_BOUNDS: [[number, number], [number, number]] = [
  [52, 34],
  [90, 54],
];

/**
 * On a wide screen the legend starts open over the map's bottom right corner (MapLegend, map.css:
 * at most 19rem wide, 10 px from the edge): the start view keeps the region left of it, so the
 * names east of Ürümqi are not under it. On a phone the legend starts folded.
 */
const LEGEND_INSET_PX = 320;

/** How the map fits START_BOUNDS: at the start, on "back to the start view", and on Back to it. */
export function startFit(): { padding: { top: number; bottom: number; left: number; right: number } } {
  return { padding: { top: 0, bottom: 0, left: 0, right: matchesMedia(PHONE_QUERY) ? 0 : LEGEND_INSET_PX } };
}

/** The camera as the link writes it ("longitude,latitude,zoom"). */
export function cameraOf(map: Pick<MapLibre, 'getCenter' | 'getZoom'>): string {
  const { lng, lat } = map.getCenter();
  return formatViewport({ longitude: lng, latitude: lat, zoom: map.getZoom() });
}

export function prefersReducedMotion(): boolean {
  return matchesMedia('(prefers-reduced-motion: reduce)');
}

/** On a phone the details panel is a bottom sheet over the lower 55% of the screen (styles.css). */
function bottomSheetInset(): number {
  return matchesMedia(PHONE_QUERY) ? Math.round(window.innerHeight * 0.55) : 0;
}

/**
 * Moves the camera when the store's view changes under the map (Back or Forward to an entry with
 * another view), and eases to the selected project whenever the selection changes (also when it
 * comes from the list). The map's own moves write the store, so they find the camera already there.
 */
export function useCameraFollowsStore(mapRef: RefObject<MapRef | null>, data: AtlasData, selectedId: string | null, loaded: boolean) {
  const viewport = useViewStore((state) => state.viewport);
  // A restored link with both a viewport and a project keeps the viewport it was shared with.
  const [shownAtStart] = useState(() => (useViewStore.getState().viewport === null ? null : selectedId));
  const previous = useRef({ selectedId: shownAtStart, viewport });
  useEffect(() => {
    const map = mapRef.current;
    if (!loaded || map === null) return;
    const viewportChanged = viewport !== previous.current.viewport;
    const selectionChanged = selectedId !== previous.current.selectedId;
    previous.current = { selectedId, viewport };
    if (viewportChanged && !cameraShows(map, viewport)) {
      // An entry keeps the view it was left with, even when it also changes the selection.
      if (viewport === null) map.fitBounds(START_BOUNDS, { ...startFit(), duration: 0 });
      else map.jumpTo({ center: [viewport.longitude, viewport.latitude], zoom: viewport.zoom });
      return;
    }
    if (!selectionChanged) return;
    const project = selectedId === null ? undefined : data.projectsById.get(selectedId);
    if (project === undefined) return;
    // Selecting opens the details panel in the same render, narrowing the map: take the new size
    // now, or the ease would aim at the old centre and leave the project off-centre.
    map.resize();
    const move = cameraMoveTo(project.geometry, {
      currentZoom: map.getZoom(),
      reducedMotion: prefersReducedMotion(),
      bottomInset: bottomSheetInset(),
    });
    if (move === null) return;
    if (move.kind === 'ease') map.easeTo({ center: move.center, zoom: move.zoom, offset: move.offset, duration: move.duration });
    else map.fitBounds(move.bounds, { padding: move.padding, duration: move.duration });
  }, [mapRef, data, selectedId, viewport, loaded]);
}

/** Whether the camera is at the view, as closely as a link says it; a null view is the start view's to keep. */
function cameraShows(map: MapRef, viewport: MapViewport | null): boolean {
  return viewport === null ? false : cameraOf(map) === formatViewport(viewport);
}
