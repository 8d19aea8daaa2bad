// The map component in jsdom: the real map cannot draw here (no WebGL), so MapLibre's React
// binding and deck.gl's overlay are replaced by stand-ins; the drawing is covered end to end.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Layer } from '@deck.gl/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { forwardRef, useEffect, useImperativeHandle, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isMapped, type MappedProject, type ProjectFeature } from '../../src/data/atlasSchema';
import { type AtlasData, LANGUAGES } from '../../src/vocabulary';
import { indexAtlas } from '../../src/data/loadAtlas';
import { DENSITY_CELLS_LAYER_ID } from '../../src/map/cellLayers';
import { MAX_MARKERS_IN_VIEW, type DensityCell } from '../../src/map/densityCells';
import { synthesizeAtlas } from '../../data/scripts/syntheticAtlas';
import { countryShapesByAlpha2 } from '../../data/scripts/worldCountries';
import { filterProjects } from '../../src/domain/filters/filterProjects';
import { formatNumber, formatQuantity } from '../../src/domain/format/formatQuantity';
import { i18n } from '../../src/i18n/i18n';
import { MapView } from '../../src/map/MapView';
import { mapMessages } from '../../src/map/messages';
import { projectCapacity } from '../../src/domain/figures/projectCapacity';
import { PROJECT_POINTS_LAYER_ID, PROJECT_ROUTES_LAYER_ID } from '../../src/map/projectLayers';
import { isApproximate, type PointLayerData } from '../../src/map/pointData';
import { defaultViewState } from '../../src/state/viewState';
import { useViewStore } from '../../src/state/viewStore';
import { builtAtlasData } from '../fixtures/builtAtlas';

/** A pick as deck.gl reports it: points by index into their layer's binary data, routes with their object too. */
interface PickStub {
  layer: Layer;
  index: number;
  object?: ProjectFeature;
}
interface OverlayPropsStub {
  layers?: Layer[];
  onHover?: (info: (PickStub | { layer: null; index: -1 }) & { x: number; y: number }) => void;
  onClick?: (info: { x: number; y: number; layer?: Layer; index?: number; object?: unknown }) => void;
}

/** The stand-in map's camera: it takes calls without moving. */
const camera = vi.hoisted(() => ({ easeTo: vi.fn(), fitBounds: vi.fn() }));

const overlay = vi.hoisted(() => ({
  props: {} as Record<string, unknown>,
  picks: [] as unknown[],
}));

vi.mock('@deck.gl/mapbox', () => ({
  MapboxOverlay: class {
    constructor(props: Record<string, unknown>) {
      overlay.props = { ...props };
    }
    setProps(props: Record<string, unknown>) {
      Object.assign(overlay.props, props);
    }
    pickMultipleObjects() {
      return overlay.picks;
    }
  },
}));

vi.mock('react-map-gl/maplibre', () => ({
  // Loads at once, as MapLibre does once its style is in, and takes camera calls without moving.
  default: forwardRef<object, { children?: ReactNode; onLoad?: (event: { target: object }) => void }>(function MapStandIn({ children, onLoad }, ref) {
    const [map] = useState(() => {
      const canvas = document.createElement('canvas');
      // The first view: Central Asia at zoom 4.
      const bounds = { getWest: () => 48, getSouth: () => 32, getEast: () => 94, getNorth: () => 56 };
      const center = { lng: 71, lat: 44 };
      return { getCanvas: () => canvas, getBounds: () => bounds, getCenter: () => center, resize: () => undefined, getZoom: () => 4, easeTo: camera.easeTo, fitBounds: camera.fitBounds };
    });
    useImperativeHandle(ref, () => map, [map]);
    // MapLibre fires load once; the handler it was given first is the one it calls.
    const [firstOnLoad] = useState(() => onLoad);
    useEffect(() => firstOnLoad?.({ target: map }), [firstOnLoad, map]);
    return <div data-testid="maplibre-stand-in">{children}</div>;
  }),
  useControl: <T,>(create: () => T) => useState(create)[0],
  // MapLibre's own scale bar: drawn by MapLibre, nothing to stand in for.
  ScaleControl: () => null,
}));

const data = builtAtlasData();
const projects = data.atlas.projects.features;
const basemapDir = join(import.meta.dirname, '../../public/basemap');

/** A project drawn on the map (hover and click need one). */
function findProject(description: string, test: (project: MappedProject) => boolean): MappedProject {
  const project = projects.filter(isMapped).find(test);
  if (project === undefined) throw new Error(`the dataset has no ${description}`);
  return project;
}

function stubWebGL(available: boolean) {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(((kind: string) =>
    available && kind === 'webgl2' ? { getExtension: () => null } : null) as typeof HTMLCanvasElement.prototype.getContext);
}

function renderMap(atlasData: AtlasData = data) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <MapView data={atlasData} />
      </I18nextProvider>
    </QueryClientProvider>,
  );
}

const overlayProps = () => overlay.props as OverlayPropsStub;

/** Once the map has loaded, the overlay draws the projects: as markers, or as cells. */
async function mapLoaded(layerId: string) {
  await screen.findByTestId('maplibre-stand-in');
  await waitFor(() => expect(overlayProps().layers?.some((layer) => layer.id === layerId)).toBe(true));
}

/** What deck.gl would report for a pick on `project`, from the layers the map handed to the overlay. */
function pickOf(project: MappedProject): PickStub {
  const layerId = project.geometry.type === 'Point' ? PROJECT_POINTS_LAYER_ID : PROJECT_ROUTES_LAYER_ID;
  const layer = overlayProps().layers?.find((candidate) => candidate.id === layerId);
  if (layer === undefined) throw new Error(`the map has no layer ${layerId}`);
  const { data } = layer.props;
  const drawn: readonly ProjectFeature[] = Array.isArray(data) ? (data as ProjectFeature[]) : (data as PointLayerData).projects;
  const index = drawn.indexOf(project);
  return Array.isArray(data) ? { layer, index, object: project } : { layer, index };
}

beforeEach(async () => {
  useViewStore.getState().restore(defaultViewState('en'));
  await i18n.changeLanguage('en');
  overlay.props = {};
  overlay.picks = [];
  camera.easeTo.mockClear();
  camera.fitBounds.mockClear();
  vi.stubGlobal('fetch', async (url: string) => new Response(readFileSync(join(basemapDir, url.replace(/^.*basemap\//, '')), 'utf8')));
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('MapView without WebGL', () => {
  it.each(LANGUAGES)('says, in %s, that the map needs WebGL and the rest still works', async (language) => {
    stubWebGL(false);
    await i18n.changeLanguage(language);
    renderMap();
    const message = screen.getByRole('status');
    expect(message).toHaveTextContent(mapMessages[language].noWebGL.title);
    expect(message).toHaveTextContent(mapMessages[language].noWebGL.body);
    expect(screen.getByTestId('map')).toHaveAccessibleName(mapMessages[language].ariaLabel);
    expect(screen.queryByTestId('maplibre-stand-in')).not.toBeInTheDocument();
  });
});

describe('MapView with WebGL', () => {
  beforeEach(() => stubWebGL(true));

  async function renderLoaded() {
    renderMap();
    await mapLoaded(PROJECT_POINTS_LAYER_ID);
    return screen.getByTestId('map');
  }

  it('draws every visible project and reports how many', async () => {
    const map = await renderLoaded();
    expect(map).toHaveAttribute('data-project-count', String(projects.length));
    expect(map).toHaveAttribute('data-map-ready', 'false');
    const [country] = projects[0]?.properties.countries ?? [];
    if (country === undefined) throw new Error('the first project has no country');
    act(() => useViewStore.getState().toggleFilter('countries', country));
    expect(map).toHaveAttribute('data-project-count', String(filterProjects(projects, useViewStore.getState().filters).length));
  });

  it('draws the projects on a plain background when the country outlines fail, with a notice and one warning', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const map = await renderLoaded();
    expect(within(map).getByRole('status')).toHaveTextContent(mapMessages.en.basemapFailed);
    expect(map).toHaveAttribute('data-project-count', String(projects.length));
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('draws the projects on a plain background when the basemap’s geography is malformed, with a notice and one warning', async () => {
    vi.stubGlobal('fetch', async (url: string) =>
      url.endsWith('geography.json') ? new Response('{"shapes":{"type":"Topology"}}') : new Response(readFileSync(join(basemapDir, url.replace(/^.*basemap\//, '')), 'utf8')),
    );
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const map = await renderLoaded();
    expect(within(map).getByRole('status')).toHaveTextContent(mapMessages.en.basemapFailed);
    expect(map).toHaveAttribute('data-project-count', String(projects.length));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/basemap\/geography\.json is not the basemap’s geography/);
  });

  it('shows a legend with the sectors of the dataset', async () => {
    await renderLoaded();
    const legend = screen.getByText(mapMessages.en.legend.title).closest('details');
    if (legend === null) throw new Error('no legend');
    for (const sector of new Set(projects.map((project) => project.properties.sector))) {
      expect(within(legend).getByText(i18n.t(`common:sector.${sector}`))).toBeInTheDocument();
    }
    expect(within(legend).getByText(mapMessages.en.legend.noCapacity)).toBeInTheDocument();
    expect(within(legend).getByText(mapMessages.en.legend.route)).toBeInTheDocument();
  });

  it('shows name, sector, capacity and location precision on hover', async () => {
    await renderLoaded();
    const project = findProject('approximately located project with a capacity', (candidate) => projectCapacity(candidate) !== null && isApproximate(candidate));
    const capacity = projectCapacity(project);
    act(() => overlayProps().onHover?.({ ...pickOf(project), x: 40, y: 40 }));
    const tooltip = screen.getByTestId('map-tooltip');
    expect(tooltip).toHaveTextContent(project.properties.name.en);
    expect(tooltip).toHaveTextContent(i18n.t(`common:sector.${project.properties.sector}`));
    expect(tooltip).toHaveTextContent(formatQuantity(capacity?.value ?? Number.NaN, 'MW', capacity?.qualifier ?? null, 'en'));
    expect(tooltip).toHaveTextContent(i18n.t(`common:precision.${project.properties.location.precision}`));
    act(() => overlayProps().onHover?.({ layer: null, index: -1, x: 0, y: 0 }));
    expect(screen.queryByTestId('map-tooltip')).not.toBeInTheDocument();
  });

  it('heads the ALLUR plant’s tooltip with its production now, not before', async () => {
    await renderLoaded();
    act(() => overlayProps().onHover?.({ ...pickOf(findProject('ALLUR plant', (candidate) => candidate.id === 'allur-car-plant')), x: 40, y: 40 }));
    const tooltip = screen.getByTestId('map-tooltip');
    expect(tooltip).toHaveTextContent('Production and sales: nearly 100,000 vehicles (after)');
    expect(tooltip).not.toHaveTextContent('9,000');
  });

  it('says so when a project states no figure', async () => {
    await renderLoaded();
    const project = findProject('project without figures', (candidate) => candidate.properties.figures.length === 0);
    act(() => overlayProps().onHover?.({ ...pickOf(project), x: 40, y: 40 }));
    expect(screen.getByTestId('map-tooltip')).toHaveTextContent(mapMessages.en.tooltip.noFigure);
  });

  it('selects the one project under a click', async () => {
    await renderLoaded();
    const [project] = projects.filter(isMapped);
    if (project === undefined) throw new Error('no projects');
    overlay.picks = [pickOf(project)];
    act(() => overlayProps().onClick?.({ x: 10, y: 10 }));
    expect(useViewStore.getState().project).toBe(project.id);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('lets the visitor choose when several projects overlap under a click', async () => {
    await renderLoaded();
    const route = findProject('route', (candidate) => candidate.geometry.type === 'LineString');
    const point = findProject('point', (candidate) => candidate.geometry.type === 'Point');
    // A route can be picked twice (two segments); the chooser lists it once.
    overlay.picks = [pickOf(point), pickOf(route), pickOf(route)];
    act(() => overlayProps().onClick?.({ x: 10, y: 10 }));
    expect(useViewStore.getState().project).toBeNull();
    const chooser = screen.getByRole('dialog', { name: mapMessages.en.chooser.title });
    const choices = within(chooser)
      .getAllByRole('button', { name: /./ })
      .filter((button) => button.textContent !== '×' && !button.hasAttribute('aria-pressed'));
    expect(choices.map((button) => button.textContent)).toEqual([point.properties.name.en, route.properties.name.en]);
    expect(choices[0]).toHaveFocus();
    // Each choice can also go into the comparison without selecting it.
    await userEvent.click(within(chooser).getByRole('button', { name: `Compare: ${point.properties.name.en}` }));
    expect(useViewStore.getState().compare).toEqual([point.id]);
    await userEvent.click(within(chooser).getByRole('button', { name: route.properties.name.en }));
    expect(useViewStore.getState().project).toBe(route.id);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('keeps the selection when the click hits empty map, and Escape closes the chooser', async () => {
    await renderLoaded();
    const [first, second] = projects.filter(isMapped);
    if (first === undefined || second === undefined) throw new Error('too few projects');
    act(() => useViewStore.getState().selectProject(first.id));
    act(() => overlayProps().onClick?.({ x: 10, y: 10 }));
    expect(useViewStore.getState().project).toBe(first.id);
    overlay.picks = [first, second].map(pickOf);
    act(() => overlayProps().onClick?.({ x: 10, y: 10 }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(useViewStore.getState().project).toBe(first.id);
  });
});

describe('MapView with projects that have no place', () => {
  beforeEach(() => stubWebGL(true));

  const legend = () => {
    const details = screen.getByText(mapMessages.en.legend.title).closest('details');
    if (details === null) throw new Error('no legend');
    return details;
  };

  it('counts the shown projects without a place in the legend as not on the map', async () => {
    renderMap();
    await mapLoaded(PROJECT_POINTS_LAYER_ID);
    expect(legend()).toHaveTextContent('5 projects not on the map (no location)');
    act(() => useViewStore.getState().toggleFilter('sectors', 'energy'));
    expect(legend()).not.toHaveTextContent('not on the map');
    act(() => useViewStore.getState().toggleFilter('sectors', 'media_culture'));
    expect(legend()).toHaveTextContent('5 projects not on the map (no location)');
    await act(async () => {
      useViewStore.getState().setLanguage('ru');
      await i18n.changeLanguage('ru');
    });
    expect(screen.getByText('5 проектов не показаны на карте (нет местоположения)')).toBeInTheDocument();
  });

  it('neither moves the camera nor rings anything when a project without a place is selected; it rings both capitals of the cultural centres', async () => {
    renderMap();
    await mapLoaded(PROJECT_POINTS_LAYER_ID);
    const map = screen.getByTestId('map');
    expect(map).toHaveAttribute('data-drawn-markers', '19');
    act(() => useViewStore.getState().selectProject('china-central-asia-news-alliance'));
    expect(map).toHaveAttribute('data-focused-markers', '0');
    expect(camera.easeTo).not.toHaveBeenCalled();
    expect(camera.fitBounds).not.toHaveBeenCalled();
    act(() => useViewStore.getState().selectProject('cultural-centre-initiative'));
    expect(map).toHaveAttribute('data-focused-markers', '2');
    expect(camera.fitBounds).toHaveBeenCalledTimes(1);
  });
});

describe('MapView with more projects in view than markers can keep apart', () => {
  const crowded = indexAtlas(synthesizeAtlas({ count: MAX_MARKERS_IN_VIEW * 3, seed: 5, countryShapes: countryShapesByAlpha2() }));
  const crowdedProjects = crowded.atlas.projects.features;
  beforeEach(() => stubWebGL(true));

  const cellLayer = () => {
    const layer = overlayProps().layers?.find((candidate) => candidate.id === DENSITY_CELLS_LAYER_ID);
    if (layer === undefined) throw new Error('the map shows no cells');
    return { layer, cells: layer.props.data as DensityCell[] };
  };
  const counted = (cells: readonly DensityCell[]) => cells.reduce((sum, cell) => sum + cell.count, 0);

  it('counts them in cells, explains the cells in the legend, tells a cell’s sectors on hover and zooms in on click', async () => {
    renderMap(crowded);
    await mapLoaded(DENSITY_CELLS_LAYER_ID);
    const map = screen.getByTestId('map');
    expect(map).toHaveAttribute('data-map-shows', 'cells');
    const legend = screen.getByText(mapMessages.en.legend.title).closest('details')!;
    expect(within(legend).getByText(mapMessages.en.legend.cells)).toBeInTheDocument();
    expect(within(legend).queryByText(mapMessages.en.legend.capacity)).not.toBeInTheDocument();

    const { layer, cells } = cellLayer();
    expect(counted(cells)).toBe(crowdedProjects.length);
    const fullest = cells.reduce((best, cell) => (cell.count > best.count ? cell : best));
    act(() => overlayProps().onHover?.({ layer, index: cells.indexOf(fullest), object: fullest, x: 40, y: 40 } as never));
    const tooltip = screen.getByTestId('map-tooltip');
    expect(tooltip).toHaveTextContent(`${formatNumber(fullest.count, 'en')} projects in this area`);
    for (const { sector, count } of fullest.sectors) expect(tooltip).toHaveTextContent(`${i18n.t(`common:sector.${sector}`)}: ${formatNumber(count, 'en')}`);

    act(() => overlayProps().onClick?.({ layer, index: cells.indexOf(fullest), object: fullest, x: 40, y: 40 }));
    expect(camera.easeTo).toHaveBeenCalledWith(expect.objectContaining({ center: fullest.position, zoom: 6 }));
  });

  it('counts again when the filters change, and shows markers once few enough are shown', async () => {
    renderMap(crowded);
    await mapLoaded(DENSITY_CELLS_LAYER_ID);
    const map = screen.getByTestId('map');
    act(() => useViewStore.getState().toggleFilter('sectors', 'energy'));
    const energy = filterProjects(crowdedProjects, useViewStore.getState().filters).length;
    expect(energy).toBeGreaterThan(MAX_MARKERS_IN_VIEW);
    expect(counted(cellLayer().cells)).toBe(energy);

    act(() => useViewStore.getState().toggleFilter('countries', 'TM'));
    expect(filterProjects(crowdedProjects, useViewStore.getState().filters).length).toBeLessThanOrEqual(MAX_MARKERS_IN_VIEW);
    expect(map).toHaveAttribute('data-map-shows', 'markers');
    expect(overlayProps().layers?.some((candidate) => candidate.id === DENSITY_CELLS_LAYER_ID)).toBe(false);
  });
});
