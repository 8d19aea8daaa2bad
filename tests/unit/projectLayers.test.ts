// @vitest-environment node
// The map's layer factories and scales, checked against the built dataset.
import type { Accessor, Color, Layer } from '@deck.gl/core';
import { DataFilterExtension, PathStyleExtension, type DataFilterExtensionProps, type PathStyleExtensionProps } from '@deck.gl/extensions';
import { PathLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { describe, expect, it } from 'vitest';
import { SECTORS, type ProjectFeature } from '../../src/data/atlasSchema';
import { filterProjects } from '../../src/domain/filters/filterProjects';
import { projectCapacity } from '../../src/domain/figures/projectCapacity';
import { MAX_RADIUS_PX, NEUTRAL_RADIUS_PX, createCapacityScale, legendCapacities } from '../../src/map/markerScale';
import { PROJECT_POINTS_LAYER_ID, PROJECT_ROUTES_LAYER_ID, drawnShapeCounts, PROJECT_LAYER_IDS, projectLayers, pickedProject, type ProjectLayerState } from '../../src/map/projectLayers';
import { SOLID, isApproximate, type PointLayerData } from '../../src/map/pointData';
import { projectShapes, type PointProject, type RouteProject } from '../../src/map/projectShapes';
import { densityCells, type DensityCell } from '../../src/map/densityCells';
import { DENSITY_CELLS_LAYER_ID } from '../../src/map/cellLayers';
import { SECTOR_COLORS } from '../../src/map/palette';
import { TILED_ABOVE } from '../../src/map/shapeTiles';
import { synthesizeAtlas } from '../../data/scripts/syntheticAtlas';
import { countryShapesByAlpha2 } from '../../data/scripts/worldCountries';
import { MAX_CATEGORIES_PER_FACET } from '../../src/map/projectCategories';
import { EMPTY_FILTERS, type Filters } from '../../src/vocabulary';
import { builtAtlasData } from '../fixtures/builtAtlas';
import { datasetOf } from '../fixtures/datasetOf';

const data = builtAtlasData();
const projects = data.atlas.projects.features;
const capacityScale = createCapacityScale(projects);
const noFocus: ProjectLayerState = { filters: EMPTY_FILTERS, selectedId: null, hoveredId: null, capacityScale, projectsById: data.projectsById, cells: null, language: 'en', view: null };
/** A points or routes layer: the forum's few projects are drawn as one tile, a large dataset's in tiles named `id:tile`. */
const isMarkerLayer = (layer: Layer) => PROJECT_LAYER_IDS.some((id) => layer.id === id || layer.id.startsWith(`${id}:`));

type PointsLayer = ScatterplotLayer<PointProject, PathStyleExtensionProps<PointProject>>;
type RoutesLayer = PathLayer<RouteProject, PathStyleExtensionProps<RouteProject>>;

function layerById<L extends Layer>(layers: Layer[], id: string, type: abstract new (...args: never[]) => L): L {
  const layer = layers.find((candidate) => candidate.id === id);
  if (!(layer instanceof type)) throw new Error(`no ${type.name} with id ${id}`);
  return layer;
}

/** What deck.gl would compute for one object: accessors are constants or functions of the object (or of its index). */
function evaluate<T, V>(accessor: Accessor<T, V> | undefined, object: T, index = 0): V {
  if (accessor === undefined) throw new Error('accessor not set');
  if (typeof accessor !== 'function') return accessor;
  // A function here is the accessor (no value this file evaluates is itself a function).
  const accessorFunction = accessor as (object: T, context: { index: number; data: unknown; target: number[] }) => V;
  return accessorFunction(object, { index, data: [], target: [] });
}

/** The projects a layer draws: the routes layer holds them, the points layer's binary data lists them by index. */
function layerProjects(layer: Layer): readonly ProjectFeature[] {
  const { data } = layer.props;
  return Array.isArray(data) ? data : (data as PointLayerData).projects;
}

/** What the points layer uploads for one point: its slice of one typed attribute. */
function pointValue(layer: PointsLayer, accessor: keyof PointLayerData['attributes'], point: PointProject): number[] {
  const data = layer.props.data as PointLayerData;
  const index = data.projects.indexOf(point);
  if (index === -1) throw new Error(`${point.id} is not in the points layer`);
  const { value, size } = data.attributes[accessor];
  return Array.from(value.subarray(index * size, (index + 1) * size));
}

function pointsLayer(state: ProjectLayerState = noFocus, features: readonly ProjectFeature[] = projects) {
  return layerById<PointsLayer>(projectLayers(datasetOf(features), state), PROJECT_POINTS_LAYER_ID, ScatterplotLayer);
}
function routesLayer(state: ProjectLayerState = noFocus) {
  return layerById<RoutesLayer>(projectLayers(datasetOf(projects), state), PROJECT_ROUTES_LAYER_ID, PathLayer);
}

const points = [...datasetOf(projects).get(projectShapes).points];
const withCapacity = points.filter((point) => projectCapacity(point) !== null);
const withoutCapacity = points.filter((point) => projectCapacity(point) === null);

function nonEmpty<T>(items: T[], description: string): T[] {
  if (items.length === 0) throw new Error(`the dataset has no ${description}`);
  return items;
}

describe('marker size', () => {
  const layer = pointsLayer();
  const radius = (point: PointProject) => pointValue(layer, 'getRadius', point)[0]!;
  const megawatts = (point: PointProject) => projectCapacity(point)?.value ?? Number.NaN;

  it('makes marker area proportional to capacity in MW, above the smallest filled size', () => {
    // The forum's 60 MW plant is 12% of the largest (500 MW): drawn at the smallest filled size, 8 px.
    const smallest = nonEmpty(withCapacity.filter((point) => megawatts(point) === 60), 'point of 60 MW');
    for (const point of smallest) expect(radius(point)).toBe(8);
    const sized = nonEmpty(withCapacity.filter((point) => megawatts(point) >= 100), 'point of 100 MW or more');
    expect(new Set(sized.map(megawatts)).size).toBeGreaterThan(1);
    for (const a of sized) {
      for (const b of sized) {
        // Radii are uploaded as 32-bit floats: about seven significant digits.
        expect((radius(a) / radius(b)) ** 2).toBeCloseTo(megawatts(a) / megawatts(b), 5);
      }
    }
  });

  it('gives the largest capacity in the dataset the largest radius', () => {
    const largest = Math.max(...withCapacity.map(megawatts));
    const largestPoint = withCapacity.find((point) => megawatts(point) === largest);
    expect(largestPoint && radius(largestPoint)).toBeCloseTo(MAX_RADIUS_PX, 5);
  });

  it('sizes by all projects, so a filter does not change a marker', () => {
    const [first] = nonEmpty(withCapacity, 'point with a stated capacity');
    const alone = pointsLayer(noFocus, [first as ProjectFeature]);
    expect(pointValue(alone, 'getRadius', first as PointProject)[0]).toBe(radius(first as PointProject));
  });

  it('draws projects without a stated capacity hollow and at one neutral size', () => {
    nonEmpty(withoutCapacity, 'point without a capacity');
    const filledColors = withCapacity.map((point) => JSON.stringify(pointValue(layer, 'getFillColor', point)));
    for (const point of withoutCapacity) {
      expect(radius(point)).toBe(NEUTRAL_RADIUS_PX);
      const fill = pointValue(layer, 'getFillColor', point);
      expect(fill.slice(0, 3)).toEqual([255, 255, 255]);
      expect(filledColors).not.toContain(JSON.stringify(fill));
      expect(pointValue(layer, 'getLineColor', point).slice(0, 3)).toEqual(SECTOR_COLORS[point.properties.sector]);
    }
  });

  it('re-sizes the markers for a layer’s larger capacity as the same points data, so deck.gl uploads only the radii and does not recount the points', () => {
    const before = pointsLayer();
    const after = pointsLayer({ ...noFocus, capacityScale: createCapacityScale(projects, 2000) });
    // 500 MW, the forum's largest, on a scale up to 2,000 MW: half the largest radius.
    const largest = nonEmpty(withCapacity.filter((point) => megawatts(point) === 500), 'point of 500 MW')[0]!;
    expect(pointValue(after, 'getRadius', largest)[0]).toBeCloseTo(MAX_RADIUS_PX / 2, 5);
    // deck.gl compares the data with the layer's dataComparator: equal, so the filter's categories stay uploaded.
    expect(after.props.dataComparator?.(after.props.data, before.props.data)).toBe(true);
    const [beforeData, afterData] = [before, after].map((layer) => layer.props.data as PointLayerData);
    expect(afterData!.attributes.getPosition).toBe(beforeData!.attributes.getPosition);
    expect(afterData!.attributes.getRadius).not.toBe(beforeData!.attributes.getRadius);
  });

  it('draws smaller capacities above larger ones, and hollow markers on top', () => {
    const drawOrder = layerProjects(layer).map((point) => projectCapacity(point)?.value ?? -1);
    expect(drawOrder).toEqual([...drawOrder].sort((a, b) => b - a));
  });
});

describe('location precision', () => {
  const layer = pointsLayer();
  it('dashes the outline and pales the fill of an approximately located point', () => {
    const approximate = nonEmpty(points.filter(isApproximate), 'approximately located point');
    const exact = nonEmpty(points.filter((point) => !isApproximate(point)), 'point located at its site');
    expect(layer.props.extensions.some((extension) => extension instanceof PathStyleExtension)).toBe(true);
    for (const point of approximate) expect(pointValue(layer, 'getDashArray', point)).not.toEqual(SOLID);
    for (const point of exact) expect(pointValue(layer, 'getDashArray', point)).toEqual(SOLID);
    const fillAlpha = (point: PointProject) => pointValue(layer, 'getFillColor', point)[3] ?? 255;
    const filledApproximate = approximate.filter((point) => projectCapacity(point) !== null);
    const filledExact = exact.filter((point) => projectCapacity(point) !== null);
    for (const a of filledApproximate) for (const b of filledExact) expect(fillAlpha(a)).toBeLessThan(fillAlpha(b));
  });
});

describe('routes', () => {
  it('draws every LineString project as a dashed path along its coordinates', () => {
    const lines = nonEmpty(
      projects.filter((project) => project.geometry?.type === 'LineString'),
      'LineString project',
    );
    const layer = routesLayer();
    const drawn = layer.props.data as RouteProject[];
    expect(drawn.map((route) => route.id).sort()).toEqual(lines.map((line) => line.id).sort());
    expect(layer.props.extensions.some((extension) => extension instanceof PathStyleExtension)).toBe(true);
    for (const route of drawn) {
      expect(evaluate(layer.props.getPath, route)).toEqual(route.geometry.coordinates);
      expect(evaluate(layer.props.getDashArray, route)).toEqual(isApproximate(route) ? expect.not.arrayContaining([0]) : SOLID);
      // PathLayer also accepts one colour per vertex; this layer gives one colour per route.
      const color = evaluate(layer.props.getColor, route) as Color;
      expect(Array.from(color).slice(0, 3)).toEqual(SECTOR_COLORS[route.properties.sector]);
    }
  });
});

describe('projects without a place, and projects at several points', () => {
  const unmapped = nonEmpty(projects.filter((project) => project.geometry === null), 'project without geometry');
  const capitals = nonEmpty(projects.filter((project) => project.geometry?.type === 'MultiPoint'), 'MultiPoint project');

  it('draws no marker and no ring for a project without geometry, even when it is selected', () => {
    const selected = unmapped[0]!;
    const layers = projectLayers(datasetOf(projects), { ...noFocus, selectedId: selected.id, hoveredId: selected.id });
    const drawnIds = layers.filter(isMarkerLayer).flatMap((layer) => layerProjects(layer).map((project) => project.id));
    for (const project of unmapped) expect(drawnIds).not.toContain(project.id);
    // No ring layer at all: an empty one would still compile its shaders.
    expect(layers.map((layer) => layer.id)).toEqual([PROJECT_ROUTES_LAYER_ID, PROJECT_POINTS_LAYER_ID]);
  });

  it('draws a marker at each point of a MultiPoint project, each picking that project, both ringed when it is selected', () => {
    const project = capitals[0]!;
    if (project.geometry?.type !== 'MultiPoint') throw new Error('not a MultiPoint');
    const layer = pointsLayer();
    const markers = (layer.props.data as PointLayerData).projects.filter((point) => point.id === project.id);
    expect(markers.map((marker) => marker.geometry.coordinates)).toEqual(project.geometry.coordinates);
    for (const marker of markers) expect(pickedProject({ layer, index: (layer.props.data as PointLayerData).projects.indexOf(marker) })?.id).toBe(project.id);
    const focus = projectLayers(datasetOf(projects), { ...noFocus, selectedId: project.id }).find((candidate) => candidate.id === 'project-points-focus')!;
    expect(layerProjects(focus)).toHaveLength(2);
  });

  it('counts the shapes the layers draw, for the end-to-end tests: 19 markers and no ring for the forum’s 23 projects', () => {
    expect(drawnShapeCounts(projectLayers(datasetOf(projects), noFocus))).toEqual({ markers: 19, focused: 0 });
    expect(drawnShapeCounts(projectLayers(datasetOf(projects), { ...noFocus, selectedId: unmapped[0]!.id }))).toEqual({ markers: 19, focused: 0 });
    expect(drawnShapeCounts(projectLayers(datasetOf(projects), { ...noFocus, selectedId: capitals[0]!.id }))).toEqual({ markers: 19, focused: 2 });
  });
});

describe('sector colours', () => {
  it('gives each sector its own colour', () => {
    const colors = SECTORS.map((sector) => SECTOR_COLORS[sector].join(','));
    expect(new Set(colors).size).toBe(SECTORS.length);
  });

  it('uses Okabe–Ito colours other than its yellow', () => {
    const okabeIto = ['230,159,0', '86,180,233', '0,158,115', '0,114,178', '213,94,0', '204,121,167', '0,0,0'];
    for (const sector of SECTORS) expect(okabeIto).toContain(SECTOR_COLORS[sector].join(','));
  });

  it('colours each filled marker by its sector', () => {
    const layer = pointsLayer();
    for (const point of withCapacity) {
      expect(pointValue(layer, 'getFillColor', point).slice(0, 3)).toEqual(SECTOR_COLORS[point.properties.sector]);
    }
  });
});

describe('picking', () => {
  it('finds the project under a pick: by index in the points layer, as the object in the routes layer, none elsewhere', () => {
    const lastPoint = points.at(-1)!;
    const layers = projectLayers(datasetOf(projects), { ...noFocus, selectedId: lastPoint.id });
    const pointLayer = pointsLayer();
    const routeLayer = routesLayer();
    expect(pickedProject({ layer: pointLayer, index: points.length - 1 })).toBe(lastPoint);
    const route = layerProjects(routeLayer)[0]!;
    expect(pickedProject({ layer: routeLayer, index: 0, object: route })).toBe(route);
    const focusLayer = layerById(layers, 'project-points-focus', ScatterplotLayer);
    expect(pickedProject({ layer: focusLayer, index: 0, object: lastPoint })).toBeNull();
    expect(pickedProject({ layer: pointLayer, index: -1 })).toBeNull();
    expect(pickedProject({ layer: null, index: 0 })).toBeNull();
  });
});

describe('density cells', () => {
  const cells = densityCells(datasetOf(projects), EMPTY_FILTERS, 3);
  const withCells = { ...noFocus, cells, selectedId: points[0]!.id };

  it('draws the cells and their counts instead of markers, and keeps the selection ring on top', () => {
    const layers = projectLayers(datasetOf(projects), withCells);
    expect(layers.filter(isMarkerLayer)).toEqual([]);
    const cellLayer = layerById<ScatterplotLayer<DensityCell>>(layers, DENSITY_CELLS_LAYER_ID, ScatterplotLayer);
    expect(cellLayer.props.data).toBe(cells);
    expect(cellLayer.props.pickable).toBe(true);
    const counts = layerById<TextLayer<DensityCell>>(layers, `${DENSITY_CELLS_LAYER_ID}-counts`, TextLayer);
    expect(cells.map((cell) => evaluate(counts.props.getText, cell))).toEqual(cells.map((cell) => String(cell.count)));
    expect(layers.at(-1)?.id).toBe('project-points-focus');
  });

  it('shows markers and no cells when there are none', () => {
    const layers = projectLayers(datasetOf(projects), noFocus);
    expect(layers.filter(isMarkerLayer).map((layer) => layer.id)).toEqual([PROJECT_ROUTES_LAYER_ID, PROJECT_POINTS_LAYER_ID]);
    expect(layers.some((layer) => layer.id.startsWith(DENSITY_CELLS_LAYER_ID))).toBe(false);
  });
});

describe('hover and selection', () => {
  const [selected, hovered] = nonEmpty(points, 'point') as [PointProject, PointProject];

  it('keeps the same data arrays whatever is hovered or selected', () => {
    const projectData = (layers: Layer[]) => layers.filter((layer) => PROJECT_LAYER_IDS.includes(layer.id)).map((layer) => layer.props.data);
    const before = projectData(projectLayers(datasetOf(projects), noFocus));
    const after = projectData(projectLayers(datasetOf(projects), { ...noFocus, selectedId: selected.id, hoveredId: hovered.id }));
    expect(after).toHaveLength(PROJECT_LAYER_IDS.length);
    after.forEach((data, index) => expect(data).toBe(before[index]));
  });

  it('rings the selected project more strongly than the hovered one, and no other', () => {
    const state = { ...noFocus, selectedId: selected.id, hoveredId: hovered.id };
    const focus = layerById<ScatterplotLayer<PointProject>>(projectLayers(datasetOf(projects), state), 'project-points-focus', ScatterplotLayer);
    // The ring layer holds the focused projects only, so a hover never rebuilds every project's attributes.
    expect(focus.props.data).toEqual([selected, hovered]);
    const width = (point: PointProject) => evaluate(focus.props.getLineWidth, point);
    expect(width(selected)).toBeGreaterThan(width(hovered));
    expect(width(hovered)).toBeGreaterThan(0);
    for (const point of points.filter((candidate) => candidate !== selected && candidate !== hovered)) expect(width(point)).toBe(0);
    expect(focus.props.updateTriggers.getLineWidth).toEqual([selected.id, hovered.id]);
  });

  it('drops the ring of a selected project the filters hide', () => {
    const otherSector = SECTORS.find((sector) => sector !== selected.properties.sector)!;
    const state = { ...noFocus, selectedId: selected.id, filters: { ...EMPTY_FILTERS, sectors: [otherSector] } };
    expect(projectLayers(datasetOf(projects), state).map((layer) => layer.id)).toEqual([PROJECT_ROUTES_LAYER_ID, PROJECT_POINTS_LAYER_ID]);
  });
});

/** What deck.gl's category filter decides on the GPU: each of the object's categories must be among the passing ones. */
function passesGpuFilter(layer: Layer, object: ProjectFeature): boolean {
  const { getFilterCategory, filterCategories } = layer.props as Layer['props'] & DataFilterExtensionProps<ProjectFeature>;
  const categories = evaluate(getFilterCategory, object, layerProjects(layer).indexOf(object)) as (string | number)[];
  const passing = filterCategories as (string | number)[][];
  return categories.every((category, facet) => passing[facet]?.includes(category));
}

/** Every single choice the dataset offers, and a few combinations of facets and values. */
function filterChoices(features: readonly ProjectFeature[]): Filters[] {
  const countries = [...new Set(features.flatMap((feature) => feature.properties.countries))];
  const sectors = [...new Set(features.map((feature) => feature.properties.sector))];
  const builders = [...new Set(features.flatMap((feature) => feature.properties.builder?.organization ?? []))];
  return [
    EMPTY_FILTERS,
    ...countries.map((country) => ({ ...EMPTY_FILTERS, countries: [country] })),
    ...sectors.map((sector) => ({ ...EMPTY_FILTERS, sectors: [sector] })),
    ...builders.map((builder) => ({ ...EMPTY_FILTERS, builders: [builder] })),
    { ...EMPTY_FILTERS, countries: countries.slice(0, 2), sectors: sectors.slice(0, 2) },
    { countries: countries.slice(1, 3), sectors: sectors.slice(1), builders: builders.slice(0, 2) },
  ];
}

function expectGpuFilterMatchesCpu(features: readonly ProjectFeature[], filters: Filters) {
  const layers = projectLayers(datasetOf(features), { ...noFocus, filters });
  // By id: a MultiPoint project's markers are its own objects.
  const shown = new Set(filterProjects(features, filters).map((project) => project.id));
  const points = layerById<PointsLayer>(layers, PROJECT_POINTS_LAYER_ID, ScatterplotLayer);
  const routes = layerById<RoutesLayer>(layers, PROJECT_ROUTES_LAYER_ID, PathLayer);
  for (const layer of [points, routes]) {
    expect(layer.props.extensions.some((extension) => extension instanceof DataFilterExtension)).toBe(true);
    for (const object of layerProjects(layer)) expect(passesGpuFilter(layer, object), object.id).toBe(shown.has(object.id));
  }
}

describe('filters on the GPU', () => {
  it('shows exactly the projects filterProjects keeps, for every choice the dataset offers', () => {
    const choices = filterChoices(projects);
    expect(choices.length).toBeGreaterThan(5);
    for (const filters of choices) expectGpuFilterMatchesCpu(projects, filters);
  });

  it('shows nothing for a chosen value no project has (a choice from an old link)', () => {
    const layers = projectLayers(datasetOf(projects), { ...noFocus, filters: { ...EMPTY_FILTERS, builders: ['no-such-builder'] } });
    const layer = layerById<PointsLayer>(layers, PROJECT_POINTS_LAYER_ID, ScatterplotLayer);
    expect(layerProjects(layer).filter((point) => passesGpuFilter(layer, point))).toEqual([]);
  });

  it('changes no data and no attribute when a filter changes: only the passing categories', () => {
    const [first, second] = filterChoices(projects).slice(1);
    const before = projectLayers(datasetOf(projects), { ...noFocus, filters: first! });
    const after = projectLayers(datasetOf(projects), { ...noFocus, filters: second! });
    for (const id of PROJECT_LAYER_IDS) {
      const [old, current] = [before, after].map((layers) => layers.find((layer) => layer.id === id)!);
      expect(current!.props.data).toBe(old!.props.data);
      expect(current!.props.updateTriggers).toEqual(old!.props.updateTriggers);
      expect((current!.props as DataFilterExtensionProps).filterCategories).not.toEqual((old!.props as DataFilterExtensionProps).filterCategories);
    }
  });

  describe(`with more than ${MAX_CATEGORIES_PER_FACET} builders (more than the GPU mask holds)`, () => {
    // The dataset's projects again, each copy built by another organisation.
    const builderCount = new Set(projects.flatMap((project) => project.properties.builder?.organization ?? [])).size;
    const copies = Math.ceil((MAX_CATEGORIES_PER_FACET + 1) / builderCount);
    const many: ProjectFeature[] = Array.from({ length: copies }, (_, copy) =>
      projects.map((project) => ({
        ...project,
        id: `${project.id}-${copy}`,
        properties: {
          ...project.properties,
          id: `${project.id}-${copy}`,
          builder: project.properties.builder && { ...project.properties.builder, organization: `${project.properties.builder.organization}-${copy}` },
        },
      })),
    ).flat();

    it('still shows exactly the projects filterProjects keeps', () => {
      expect(new Set(many.flatMap((feature) => feature.properties.builder?.organization ?? [])).size).toBeGreaterThan(MAX_CATEGORIES_PER_FACET);
      for (const filters of filterChoices(many)) expectGpuFilterMatchesCpu(many, filters);
    });

    it('recomputes the categories when the builder choice changes, not when another facet does', () => {
      const trigger = (filters: Filters) =>
        layerById<PointsLayer>(projectLayers(datasetOf(many), { ...noFocus, filters }), PROJECT_POINTS_LAYER_ID, ScatterplotLayer).props.updateTriggers.getFilterCategory;
      const builder = many.find((feature) => feature.properties.builder !== null)!.properties.builder!.organization;
      const sector = many[0]!.properties.sector;
      expect(trigger({ ...EMPTY_FILTERS, builders: [builder] })).not.toEqual(trigger(EMPTY_FILTERS));
      expect(trigger({ ...EMPTY_FILTERS, sectors: [sector] })).toEqual(trigger(EMPTY_FILTERS));
    });
  });
});

describe('legendCapacities', () => {
  it('steps up to about the largest capacity, each step a round number drawn with the same scale', () => {
    const steps = legendCapacities(capacityScale);
    const largest = Math.max(...withCapacity.map((point) => projectCapacity(point)?.value ?? 0));
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(steps.at(-1)).toBeGreaterThan(largest * 0.75);
    expect(steps.at(-1)).toBeLessThan(largest * 1.25);
    for (const step of steps) {
      const leading = step / 10 ** Math.floor(Math.log10(step));
      expect(Number.isInteger(leading * 2)).toBe(true);
    }
  });
});

describe(`a dataset of more than ${TILED_ABOVE.toLocaleString('en')} points, drawn in tiles`, () => {
  const large = synthesizeAtlas({ count: Math.ceil(TILED_ABOVE * 1.3), seed: 11, countryShapes: countryShapesByAlpha2() }).projects.features;
  const largeState = { ...noFocus, capacityScale: createCapacityScale(large) };
  const pointLayers = (layers: Layer[]) => layers.filter((layer): layer is PointsLayer => layer.id.startsWith(`${PROJECT_POINTS_LAYER_ID}:`));
  const largePoints = [...datasetOf(large).get(projectShapes).points];

  it('draws every point in exactly one tile, and builds no tile’s data twice', () => {
    const layers = pointLayers(projectLayers(datasetOf(large), largeState));
    expect(layers.length).toBeGreaterThan(1);
    const drawn = layers.flatMap((layer) => layerProjects(layer));
    expect(drawn).toHaveLength(largePoints.length);
    expect(new Set(drawn).size).toBe(largePoints.length);
    const again = pointLayers(projectLayers(datasetOf(large), { ...largeState, hoveredId: largePoints[0]!.id }));
    again.forEach((layer, index) => expect(layer.props.data).toBe(layers[index]!.props.data));
    // Each tile's points: their positions and their filter categories are their own.
    const energyOnly = pointLayers(projectLayers(datasetOf(large), { ...largeState, filters: { ...EMPTY_FILTERS, sectors: ['energy'] } }));
    for (const layer of energyOnly) {
      for (const point of (layerProjects(layer) as PointProject[]).slice(0, 20)) {
        expect(pointValue(layer, 'getPosition', point)).toEqual(point.geometry.coordinates);
        expect(passesGpuFilter(layer, point)).toBe(point.properties.sector === 'energy');
      }
    }
  });

  it('draws only the tiles near the view, and all of a tile that is', () => {
    const view = { west: 69, south: 41, east: 70, north: 41.7 };
    const near = pointLayers(projectLayers(datasetOf(large), { ...largeState, view }));
    const all = pointLayers(projectLayers(datasetOf(large), largeState));
    expect(near.length).toBeGreaterThan(0);
    expect(near.length).toBeLessThan(all.length / 4);
    const inView = largePoints.filter(({ geometry: { coordinates: [longitude, latitude] } }) => longitude >= view.west && longitude <= view.east && latitude >= view.south && latitude <= view.north);
    const drawn = new Set(near.flatMap((layer) => layerProjects(layer)));
    expect(inView.length).toBeGreaterThan(0);
    for (const point of inView) expect(drawn.has(point)).toBe(true);
  });

  it('keeps each tile’s data when the filters or the view change, and finds the project under a pick in any tile', () => {
    const before = pointLayers(projectLayers(datasetOf(large), largeState));
    const after = pointLayers(projectLayers(datasetOf(large), { ...largeState, filters: { ...EMPTY_FILTERS, sectors: ['energy'] } }));
    after.forEach((layer, index) => expect(layer.props.data).toBe(before[index]!.props.data));
    // The project picked at an index is the one whose position the layer uploaded at that index.
    for (const layer of after) {
      const data = layer.props.data as PointLayerData;
      const index = data.length - 1;
      const picked = pickedProject({ layer, index }) as PointProject;
      expect(Array.from(data.attributes.getPosition.value.subarray(index * 2, index * 2 + 2))).toEqual(picked.geometry.coordinates);
    }
  });
});

describe(`a dataset of more than ${TILED_ABOVE.toLocaleString('en')} routes, drawn in tiles`, () => {
  // The forum's routes again and again, shifted and alternating sectors, so routes fill many tiles.
  const template = projects.find((project): project is RouteProject => project.geometry?.type === 'LineString')!;
  const manyRoutes: ProjectFeature[] = Array.from({ length: TILED_ABOVE + 500 }, (_, index) => ({
    ...template,
    id: `route-${index}`,
    geometry: { type: 'LineString', coordinates: template.geometry.coordinates.map(([longitude, latitude]) => [longitude + (index % 40) * 0.5 - 10, latitude + Math.floor(index / 400) * 0.3 - 4] as [number, number]) },
    properties: { ...template.properties, id: `route-${index}`, sector: index % 3 === 0 ? 'road' : 'pipeline' },
  }));

  it('filters each route of each tile by its own categories', () => {
    const state = { ...noFocus, capacityScale: createCapacityScale(manyRoutes), filters: { ...EMPTY_FILTERS, sectors: ['road' as const] } };
    const routeLayers = projectLayers(datasetOf(manyRoutes), state).filter((layer) => layer.id.startsWith(`${PROJECT_ROUTES_LAYER_ID}:`));
    expect(routeLayers.length).toBeGreaterThan(1);
    expect(routeLayers.flatMap(layerProjects)).toHaveLength(manyRoutes.length);
    for (const layer of routeLayers) {
      for (const route of layerProjects(layer)) expect(passesGpuFilter(layer, route)).toBe(route.properties.sector === 'road');
    }
  });
});
