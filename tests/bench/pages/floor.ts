// The floor of the app's stack: React renders a MapLibre map with a deck.gl overlay and one layer,
// nothing else. Its first-view bytes are what any app on this stack pays before its own code.
import { MapboxOverlay } from '@deck.gl/mapbox';
import { ScatterplotLayer } from '@deck.gl/layers';
import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { createElement, useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';

function FloorMap() {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (container.current === null) return;
    const map = new maplibregl.Map({
      container: container.current,
      style: { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#d3e1ea' } }] },
      bounds: [
        [52, 34],
        [90, 54],
      ],
    });
    let drawn = false;
    const overlay = new MapboxOverlay({
      interleaved: true,
      layers: [new ScatterplotLayer<[number, number]>({ id: 'points', data: [[70, 42]], getPosition: (point) => point, getRadius: 8, radiusUnits: 'pixels' })],
      onAfterRender: () => {
        drawn = true;
      },
    });
    map.addControl(overlay);
    map.on('idle', () => {
      if (drawn) container.current?.setAttribute('data-map-ready', 'true');
    });
    return () => map.remove();
  }, []);
  return createElement('div', { ref: container, style: { position: 'absolute', inset: 0 } });
}

const root = document.getElementById('root');
if (root !== null) createRoot(root).render(createElement(FloorMap));
