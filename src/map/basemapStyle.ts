// The basemap, built in code so that no request leaves the app's origin: no tiles, no glyphs, no
// sprite. Country shapes are Natural Earth 1:50m (world-atlas TopoJSON); places, rivers, lakes and
// area names are Natural Earth 1:10m (geography.ts), all served with the app. Names are MapLibre
// symbol layers: with no `glyphs` URL in the style, MapLibre 5 draws every glyph, Chinese and
// Cyrillic included, from the browser's own fonts (TinySDF), and places names so they never
// collide.
import countries from 'i18n-iso-countries';
import type { ExpressionSpecification, LineLayerSpecification, Map as MapLibre, StyleImageInterface, StyleSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, MultiLineString, Point } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { COUNTRY_CODES } from '../data/atlasSchema';
import { countryLabelFeatures, selectCountryLabels, type CountryLabel } from './countryLabels';
import { geographyFeatures, isGeographyFile, type Geography } from './geography';
import { BASEMAP_PALETTE } from './palette';
import type { Language } from '../vocabulary';

export interface CountryShapes {
  countries: FeatureCollection;
  /** Each land border once (shared arcs), so borders are not drawn twice. */
  borders: MultiLineString;
}

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** Converts world-atlas TopoJSON and marks the countries the dataset has projects in (`focus`). */
export function countryShapes(topology: CountriesTopology): CountryShapes {
  const focusIds = new Set(COUNTRY_CODES.map((code) => countries.alpha2ToNumeric(code)));
  const shapes = feature(topology, topology.objects.countries);
  return {
    countries: {
      type: 'FeatureCollection',
      features: shapes.features.map((shape) => ({
        ...shape,
        properties: { ...shape.properties, focus: shape.id !== undefined && focusIds.has(String(shape.id)) },
      })),
    },
    borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
  };
}

export interface Basemap {
  shapes: CountryShapes;
  labels: CountryLabel[];
  geography: Geography;
}

/** MapLibre draws each glyph with the first of these families the browser has (MapLibre reads weight and style from the first name). */
const fontStack = (face: 'Regular' | 'Semibold' | 'Italic') => [`Noto Sans ${face}`, 'system-ui', 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei'];

/** From this zoom on, river names repeat along their lines instead of one per stretch. */
const RIVER_NAMES_ALONG_ZOOM = 6;

/** Natural Earth's scale rank of the rivers drawn wider: Syr Darya, Amu Darya, Irtysh, Naryn… */
const MAJOR_RIVER_RANK = 5;

const halo = { 'text-halo-color': BASEMAP_PALETTE.halo, 'text-halo-width': 1.6, 'text-halo-blur': 0.4 } as const;

/** What a feature of the basemap source is: a country, a lake, a river, a name… */
type BasemapPart = 'country' | 'lake' | 'border' | 'river' | 'river-name' | 'label' | 'spot';
const isPart = (part: BasemapPart): ExpressionSpecification => ['==', ['get', 'part'], part];

function tagged(part: BasemapPart, features: readonly Feature[]): Feature[] {
  return features.map((feature) => ({ ...feature, properties: { ...feature.properties, part } }));
}

/** A feature shows from its own `minzoom` on (MapLibre evaluates this per whole zoom level). */
const fromItsZoom: ExpressionSpecification = ['>=', ['zoom'], ['get', 'minzoom']];

/** Dots beside place names: part of the name's symbol, so a dot never stays behind when its name gives way. */
export const PLACE_DOT_IMAGES = { capital: 'place-dot-capital', city: 'place-dot-city' } as const;
/** An invisible square the size of a project marker: names make way for it (projectSpots). */
const PROJECT_SPOT_IMAGE = 'project-spot';
const PROJECT_SPOT_RADIUS_PX = 10;

/** A round dot with a light ring, drawn at twice the pixel density for sharp edges. */
export function dotImage(radiusPx: number, fill: string, ring: string): StyleImageInterface & { pixelRatio: number } {
  const ratio = 2;
  const outer = (radiusPx + 1.2) * ratio;
  const size = Math.ceil(outer * 2);
  const data = new Uint8Array(size * size * 4);
  const parse = (hex: string) => [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16));
  const [fillRgb, ringRgb] = [parse(fill), parse(ring)];
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const distance = Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2);
      const coverage = Math.max(0, Math.min(1, outer - distance));
      const rgb = distance <= radiusPx * ratio ? fillRgb : ringRgb;
      data.set([...(rgb ?? [0, 0, 0]), Math.round(coverage * 255)], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data, pixelRatio: ratio };
}

/** The images the place layer asks for, by id. */
export function basemapImage(id: string): ReturnType<typeof dotImage> | null {
  if (id === PLACE_DOT_IMAGES.capital) return dotImage(3.2, BASEMAP_PALETTE.label.majorPlace, '#ffffff');
  if (id === PLACE_DOT_IMAGES.city) return dotImage(2.2, BASEMAP_PALETTE.label.town, '#ffffff');
  if (id === PROJECT_SPOT_IMAGE) {
    const size = 2 * PROJECT_SPOT_RADIUS_PX;
    return { width: size, height: size, data: new Uint8Array(size * size * 4), pixelRatio: 1 };
  }
  return null;
}

/** For MapLibre's `styleimagemissing` event: the style has no sprite, so its images are added when first asked for. */
export function addMissingBasemapImage(map: Pick<MapLibre, 'hasImage' | 'addImage'>, id: string): void {
  const image = basemapImage(id);
  if (image !== null && !map.hasImage(id)) map.addImage(id, image, { pixelRatio: image.pixelRatio });
}

/** Where a project marker is, and its radius in pixels (projectSpots.ts). */
export interface ProjectSpot {
  position: [number, number];
  radius: number;
}

/** A project marker this close to a place (in degrees, about 10 km) sits on it: the place's name moves out past the marker. */
const ON_PLACE_DEG = 0.1;

/** Each label with `clearance`: the radius in pixels of the largest project marker on its point, or 0. */
export function withClearance(labels: readonly Feature<Point>[], spots: readonly ProjectSpot[]): Feature<Point>[] {
  return labels.map((label) => {
    const [longitude = 0, latitude = 0] = label.geometry.coordinates;
    const clearance = spots.reduce(
      (largest, { position, radius }) => (Math.abs(position[0] - longitude) <= ON_PLACE_DEG && Math.abs(position[1] - latitude) <= ON_PLACE_DEG ? Math.max(largest, radius) : largest),
      0,
    );
    return { ...label, properties: { ...label.properties, clearance } };
  });
}

/**
 * Names make way for markers from this zoom on, where markers stand apart (in the first view on a
 * desktop). Zoomed further out the markers crowd the middle of the region, and names beside their
 * dots, under the crowd, serve better than no capitals at all.
 */
const SPOTS_BLOCK_FROM_ZOOM = 4;

function projectSpotLayer(): SymbolLayerSpecification {
  return {
    id: 'project-spots',
    type: 'symbol',
    source: 'basemap',
    filter: isPart('spot'),
    minzoom: SPOTS_BLOCK_FROM_ZOOM,
    layout: {
      'icon-image': PROJECT_SPOT_IMAGE,
      'icon-size': ['/', ['get', 'radius'], PROJECT_SPOT_RADIUS_PX],
      // Always there, and in the way of every name placed after it.
      'icon-allow-overlap': true,
      'icon-padding': 1,
    },
  };
}

function labelLayers(language: Language): SymbolLayerSpecification[] {
  const name: ExpressionSpecification = ['get', language];
  const { label } = BASEMAP_PALETTE;
  // Chinese names are short and read better spaced out as area names; Latin and Cyrillic in capitals.
  const areaSpacing = language === 'zh' ? 0.4 : 0.18;
  const areaTransform = language === 'zh' ? 'none' : 'uppercase';
  const isPlace: ExpressionSpecification = ['match', ['get', 'kind'], ['capital', 'city'], true, false];
  const isMajorPlace: ExpressionSpecification = ['any', ['==', ['get', 'kind'], 'capital'], ['get', 'project']];
  const symbol = (layer: Omit<SymbolLayerSpecification, 'type' | 'paint'> & { color: string }): SymbolLayerSpecification => {
    const { color, ...rest } = layer;
    // Every paint value is a constant: MapLibre then compiles one text shader for all these layers,
    // where a colour read from the features would cost another (seconds on software WebGL).
    return { type: 'symbol', ...rest, paint: { ...halo, 'text-color': color } };
  };
  const placeLayout = (size: ExpressionSpecification | number, face: 'Regular' | 'Semibold'): SymbolLayerSpecification['layout'] => ({
      'text-field': name,
      'text-font': fontStack(face),
      'text-size': size,
      'icon-image': ['case', ['==', ['get', 'kind'], 'capital'], PLACE_DOT_IMAGES.capital, PLACE_DOT_IMAGES.city],
      // A dot may lie under a project marker (a project in that town); its name must not.
      'icon-allow-overlap': true,
      // The name goes beside its dot, on whichever side has room, east of it first (the anchor is
      // the text's side at the dot): two neighbouring towns' names then never face each other
      // between their dots (Tashkent's and Bishkek's on a phone).
      'text-variable-anchor': ['left', 'right', 'top', 'bottom', 'top-left', 'bottom-left', 'top-right', 'bottom-right'],
      // Clear of the dot, and of a project marker on the place (`clearance`, in pixels).
      'text-radial-offset': ['+', 0.5, ['/', ['get', 'clearance'], 12]],
      'text-justify': 'auto',
      'text-padding': 3,
      'symbol-sort-key': ['get', 'priority'],
  });
  // Bottom first; MapLibre places the top layer's names first, so the order is the priority:
  // countries, capitals and project towns, waters, rivers, other places, areas.
  return [
    symbol({
      id: 'relief-labels',
      source: 'basemap',
      filter: ['all', ['==', ['get', 'kind'], 'relief'], fromItsZoom],
      layout: {
        'text-field': name,
        'text-font': fontStack('Regular'),
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10.5, 7, 13],
        'text-letter-spacing': areaSpacing,
        'text-transform': areaTransform,
        'text-max-width': 7,
        'text-padding': 6,
        'symbol-sort-key': ['get', 'priority'],
      },
      color: label.relief,
    }),
    symbol({
      id: 'town-labels',
      source: 'basemap',
      filter: ['all', isPlace, ['!', isMajorPlace], fromItsZoom],
      layout: placeLayout(['case', ['<', ['get', 'priority'], 7], 12, 11], 'Regular'),
      color: label.town,
    }),
    // Zoomed out, one name per stretch of river (the build cuts rivers into stretches), at its
    // middle: names repeated along whole lines would cost many collision checks on every
    // placement. Zoomed in, a stretch outgrows the screen, so names repeat along the line.
    ...(
      [
        ['river-labels', { 'symbol-placement': 'line-center' }, { maxzoom: RIVER_NAMES_ALONG_ZOOM }],
        ['river-labels-along', { 'symbol-placement': 'line', 'symbol-spacing': 350 }, { minzoom: RIVER_NAMES_ALONG_ZOOM }],
      ] as const
    ).map(([id, placement, zooms]) =>
      symbol({
        id,
        source: 'basemap',
        filter: ['all', isPart('river-name'), fromItsZoom],
        ...zooms,
        layout: {
          'text-field': name,
          'text-font': fontStack('Italic'),
          'text-size': ['interpolate', ['linear'], ['zoom'], 4, 11, 8, 13.5],
          ...placement,
          'text-max-angle': 40,
          'text-letter-spacing': 0.12,
          // Beside the line, not on it: a short name on a steep stretch (the Ili below Kapchagay)
          // drawn over its river reads as hatch marks.
          'text-offset': [0, -0.9],
          'text-padding': 4,
        },
        color: label.water,
      }),
    ),
    symbol({
      id: 'water-labels',
      source: 'basemap',
      filter: ['all', ['==', ['get', 'kind'], 'water'], fromItsZoom],
      layout: {
        'text-field': name,
        'text-font': fontStack('Italic'),
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 8, 13],
        'text-max-width': 7,
        'text-padding': 4,
        'symbol-sort-key': ['get', 'priority'],
      },
      color: label.water,
    }),
    symbol({
      id: MAJOR_LABEL_LAYER_ID,
      source: 'basemap',
      filter: ['all', isPlace, isMajorPlace, fromItsZoom],
      layout: placeLayout(['case', ['==', ['get', 'kind'], 'capital'], 13, 12.5], 'Semibold'),
      color: label.majorPlace,
    }),
    ...(['neighbour', 'country'] as const).map((kind) =>
      symbol({
        id: `${kind}-labels`,
        source: 'basemap',
        filter: ['==', ['get', 'kind'], kind],
        layout: {
          'text-field': name,
          'text-font': fontStack('Semibold'),
          'text-size': kind === 'country' ? 15 : 12,
          // Names hang below their point, and below the marker of a project located only by its
          // country, which sits on that point.
          'text-variable-anchor': ['top'],
          'text-radial-offset': ['+', 0.8, ['/', ['get', 'clearance'], kind === 'country' ? 15 : 12]],
          'text-max-width': 8,
          'text-padding': 4,
        },
        color: kind === 'country' ? label.country : label.neighbourCountry,
      }),
    ),
  ];
}

/** The layer of capitals' and project towns' names; the names of countries are above it. */
export const MAJOR_LABEL_LAYER_ID = 'major-place-labels';

/** The ids of the name layers, bottom first; deck.gl layers that must cover no name go below the first. */
export const LABEL_LAYER_IDS = [
  'relief-labels',
  'town-labels',
  'river-labels',
  'river-labels-along',
  'water-labels',
  'major-place-labels',
  'neighbour-labels',
  'country-labels',
] as const;

export interface BasemapStyleOptions {
  /**
   * Rivers, lakes and the names of places, waters and areas (default true). The map leaves them
   * out until its projects are drawn: their tiles, glyphs and label placement would otherwise
   * stand between the visitor and the projects (on software WebGL, a fifth of the time to a
   * ready map). They join as new source data under the same layers.
   */
  geography?: boolean;
}

/** No rivers, lakes or names but the countries': what the map draws before its projects. */
const NO_GEOGRAPHY: Geography = {
  labels: { type: 'FeatureCollection', features: [] },
  rivers: { type: 'FeatureCollection', features: [] },
  riverNames: { type: 'FeatureCollection', features: [] },
  lakes: { type: 'FeatureCollection', features: [] },
};

/**
 * A style of a sea-coloured background and, when the basemap has loaded, land, waters, borders
 * and names in `language`, placed around the project markers at `spots`.
 */
export function basemapStyle(basemap: Basemap | null, language: Language, spots: readonly ProjectSpot[] = [], options: BasemapStyleOptions = {}): StyleSpecification {
  const background = { id: 'background', type: 'background', paint: { 'background-color': BASEMAP_PALETTE.water } } as const;
  if (basemap === null) return { version: 8, sources: {}, layers: [background] };
  const { shapes, labels } = basemap;
  const geography = options.geography === false ? NO_GEOGRAPHY : basemap.geography;
  return {
    version: 8,
    // One source for everything, each feature tagged with its `part`: every source costs the worker
    // a tile index and the map a repaint as its tiles arrive (on software WebGL, a repaint is costly).
    sources: {
      basemap: {
        type: 'geojson',
        // No line needs more detail than a pixel and a half: fewer vertices to draw on every frame.
        tolerance: 1.5,
        data: {
          type: 'FeatureCollection',
          features: [
            ...tagged('country', shapes.countries.features),
            ...tagged('lake', geography.lakes.features),
            ...tagged('border', [{ type: 'Feature', geometry: shapes.borders, properties: {} }]),
            ...tagged('river', geography.rivers.features),
            ...tagged('river-name', geography.riverNames.features),
            ...tagged('label', withClearance([...geography.labels.features, ...countryLabelFeatures(selectCountryLabels(labels))], spots)),
            ...tagged(
              'spot',
              spots.map(({ position, radius }): Feature<Point> => ({ type: 'Feature', geometry: { type: 'Point', coordinates: position }, properties: { radius } })),
            ),
          ],
        },
      },
    },
    layers: [
      background,
      // Every paint value is a constant (split by filter): one shader per layer type.
      { id: 'land', type: 'fill', source: 'basemap', filter: ['all', isPart('country'), ['!', ['get', 'focus']]], paint: { 'fill-color': BASEMAP_PALETTE.land } },
      { id: 'focus-land', type: 'fill', source: 'basemap', filter: ['all', isPart('country'), ['get', 'focus']], paint: { 'fill-color': BASEMAP_PALETTE.focusLand } },
      ...(
        [
          ['minor-rivers', ['>', ['get', 'rank'], MAJOR_RIVER_RANK], 0.7, 1.6],
          ['major-rivers', ['<=', ['get', 'rank'], MAJOR_RIVER_RANK], 1.2, 2.6],
        ] satisfies [string, ExpressionSpecification, number, number][]
      ).map(([id, rank, narrow, wide]): LineLayerSpecification => ({
        id,
        type: 'line',
        source: 'basemap',
        filter: ['all', isPart('river'), rank, fromItsZoom],
        paint: { 'line-color': BASEMAP_PALETTE.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, narrow, 8, wide] },
      })),
      { id: 'lakes', type: 'fill', source: 'basemap', filter: ['all', isPart('lake'), fromItsZoom], paint: { 'fill-color': BASEMAP_PALETTE.water } },
      {
        id: 'country-borders',
        type: 'line',
        source: 'basemap',
        filter: isPart('border'),
        layout: { 'line-join': 'round' },
        paint: { 'line-color': BASEMAP_PALETTE.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 7, 1.6] },
      },
      ...labelLayers(language),
      // Placed first (MapLibre places the top layer first), so names give way to markers.
      projectSpotLayer(),
    ],
  };
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  return response.json();
}

function isCountriesTopology(json: unknown): json is CountriesTopology {
  if (typeof json !== 'object' || json === null || !('type' in json) || json.type !== 'Topology') return false;
  return 'objects' in json && typeof json.objects === 'object' && json.objects !== null && 'countries' in json.objects;
}

/** Loads the shapes, the country label points and the geography served under `baseUrl/basemap/`; fails only as a whole. */
export async function fetchBasemap(baseUrl: string): Promise<Basemap> {
  const [topology, labels, geography] = await Promise.all([
    fetchJson(`${baseUrl}basemap/countries-50m.json`),
    fetchJson(`${baseUrl}basemap/country-labels.json`),
    fetchJson(`${baseUrl}basemap/geography.json`),
  ]);
  if (!isCountriesTopology(topology)) throw new Error('basemap/countries-50m.json is not a world-atlas countries topology');
  if (!Array.isArray(labels)) throw new Error('basemap/country-labels.json is not a list of label points');
  if (!isGeographyFile(geography)) throw new Error('basemap/geography.json is not the basemap’s geography');
  // `npm run data:build` checked both files as it wrote them (geographySchema.ts): no validator in the first view.
  return { shapes: countryShapes(topology), labels: labels as CountryLabel[], geography: geographyFeatures(geography) };
}
