// The load-time baseline: MapLibre alone, drawing the atlas's basemap (same files, same style code),
// ready when the map is idle with the countries in.
import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { basemapStyle, countryShapes } from '../../../src/map/basemapStyle';

const container = document.getElementById('map') as HTMLElement;
const topology = (await (await fetch('./basemap/countries-50m.json')).json()) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const map = new maplibregl.Map({
  container,
  style: basemapStyle(countryShapes(topology)),
  bounds: [
    [52, 34],
    [90, 54],
  ],
});
map.once('idle', () => container.setAttribute('data-map-ready', 'true'));
