// The load-time baseline: MapLibre alone, drawing the atlas's basemap (same files, same style code),
// ready when the map is idle with the countries, waters and names in.
import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { addMissingBasemapImage, basemapStyle, fetchBasemap } from '../../../src/map/basemapStyle';

const container = document.getElementById('map') as HTMLElement;
const map = new maplibregl.Map({
  container,
  style: basemapStyle(await fetchBasemap('./'), 'en'),
  bounds: [
    [52, 34],
    [90, 54],
  ],
});
map.on('styleimagemissing', (event) => addMissingBasemapImage(map, event.id));
map.once('idle', () => container.setAttribute('data-map-ready', 'true'));
