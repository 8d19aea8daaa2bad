// What the map shows and whether it is ready: the view it came to rest at (for cells or markers and
// the tiles near it), whether the basemap has loaded (the projects join then), and whether deck.gl
// has drawn them too (`data-map-ready`, which end-to-end tests wait for), and whether the map came to
// rest again after the basemap's rivers, lakes and names joined (`data-geography-drawn`).
import { useCallback, useRef, useState } from 'react';
import type { Map as MapLibre } from 'maplibre-gl';
import type { ViewStateChangeEvent } from 'react-map-gl/maplibre';
import { useViewStore } from '../state/viewStore';
import type { Bounds } from './geoBounds';
import { cameraOf } from './useMapCamera';

export interface ShownView {
  bounds: Bounds;
  zoom: number;
  /** The camera as the link writes it ("longitude,latitude,zoom"), for end-to-end tests. */
  camera: string;
}

/** What the map shows now, for deciding between markers and cells. */
function viewOf(map: MapLibre): ShownView {
  const bounds = map.getBounds();
  return {
    bounds: { west: bounds.getWest(), south: bounds.getSouth(), east: bounds.getEast(), north: bounds.getNorth() },
    zoom: map.getZoom(),
    camera: cameraOf(map),
  };
}

export function useShownView(hasBasemap: boolean) {
  const [view, setView] = useState<ShownView | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [ready, setReady] = useState(false);
  const [geographyDrawn, setGeographyDrawn] = useState(false);
  const deckRendered = useRef(false);
  return {
    view,
    loaded,
    ready,
    geographyDrawn,
    onLoad: useCallback(({ target }: { target: MapLibre }) => {
      setView(viewOf(target));
      setLoaded(true);
    }, []),
    // Ready for end-to-end tests: basemap and deck layers are in, and deck has drawn them.
    // The geography joins the style once ready (BasemapStyleOptions.geography): drawn at the next rest.
    onIdle: useCallback(() => {
      if (deckRendered.current) setReady(true);
      if (ready && hasBasemap) setGeographyDrawn(true);
    }, [ready, hasBasemap]),
    onMoveEnd: useCallback(({ viewState, target }: ViewStateChangeEvent) => {
      const { longitude, latitude, zoom } = viewState;
      useViewStore.getState().setViewport({ longitude, latitude, zoom });
      setView(viewOf(target));
    }, []),
    onDeckRendered: useCallback(() => {
      deckRendered.current = true;
    }, []),
  };
}
