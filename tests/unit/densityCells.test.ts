// @vitest-environment node
// Density cells: every shown project counted once, in the cell it lies in, and cells only when
// the view holds too many projects for markers.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { ProjectFeature, Sector } from '../../src/data/atlasSchema';
import { filterProjects } from '../../src/domain/filters/filterProjects';
import { CELL_PX, MAX_MARKERS_DRAWN, MAX_MARKERS_IN_VIEW, cellLevel, densityCells, densityView, shownInView, type DensityCell } from '../../src/map/densityCells';
import { synthesizeAtlas } from '../../data/scripts/syntheticAtlas';
import { countryShapesByAlpha2 } from '../../data/scripts/worldCountries';
import { shapeAnchor, viewBoxes, type Bounds } from '../../src/map/geoBounds';
import { EMPTY_FILTERS } from '../../src/vocabulary';
import { filtersArbitrary, projectsArbitrary } from '../fixtures/randomProjects';
import { datasetOf } from '../fixtures/datasetOf';

/** How many k-d trees (kdbush) were built: the real kdbush, counted. */
const kdTrees = vi.hoisted(() => ({ built: 0 }));
vi.mock('kdbush', async (importOriginal) => {
  const { default: KDBush } = await importOriginal<typeof import('kdbush')>();
  return {
    default: class CountedKDBush extends KDBush {
      constructor(...args: ConstructorParameters<typeof KDBush>) {
        super(...args);
        kdTrees.built += 1;
      }
    },
  };
});

/** A copy of `project` at another place (a point, or a route through the given vertices). */
function placedAt(project: ProjectFeature, id: string, coordinates: [number, number] | [number, number][], sector?: Sector): ProjectFeature {
  const geometry: ProjectFeature['geometry'] = typeof coordinates[0] === 'number'
    ? { type: 'Point', coordinates: coordinates as [number, number] }
    : { type: 'LineString', coordinates: coordinates as [number, number][] };
  return { ...project, id, geometry, properties: { ...project.properties, id, sector: sector ?? project.properties.sector } };
}

/** A cell with its position rounded to a nanodegree. */
const roundedPosition = (cell: DensityCell) => ({ ...cell, position: cell.position.map((degrees) => Number(degrees.toFixed(9))) });

const template = fc.sample(projectsArbitrary.filter((projects) => projects.length > 0), { seed: 1, numRuns: 1 })[0]![0]!;
const REGION: Bounds = { west: 46, south: 35, east: 96, north: 56 };

/** Random projects spread over the region, so they fall in many cells. */
const spreadProjects = fc
  .tuple(projectsArbitrary, fc.array(fc.tuple(fc.double({ min: 46, max: 96, noNaN: true }), fc.double({ min: 35, max: 56, noNaN: true })), { minLength: 60, maxLength: 60 }))
  .map(([projects, places]) => projects.map((project, index) => placedAt(project, project.id, places[index]!)));

describe('densityCells', () => {
  it('counts every project passing the filters exactly once, whatever the zoom', () => {
    fc.assert(
      fc.property(spreadProjects, filtersArbitrary, fc.integer({ min: 0, max: 10 }), (projects, filters, level) => {
        const cells = densityCells(datasetOf(projects), filters, level);
        const counted = cells.reduce((sum, cell) => sum + cell.count, 0);
        expect(counted).toBe(filterProjects(projects, filters).length);
        for (const cell of cells) {
          expect(cell.count).toBeGreaterThan(0);
          expect(cell.sectors.reduce((sum, entry) => sum + entry.count, 0)).toBe(cell.count);
          expect(cell.sectors.map((entry) => entry.count)).toEqual(cell.sectors.map((entry) => entry.count).sort((a, b) => b - a));
        }
      }),
    );
  });

  it('puts projects a few kilometres apart in one cell at the region zoom, and apart when zoomed in', () => {
    const near = [placedAt(template, 'a', [70, 42], 'energy'), placedAt(template, 'b', [70.05, 42.02], 'road'), placedAt(template, 'c', [70.05, 42.02], 'road')];
    const [together] = densityCells(datasetOf(near), EMPTY_FILTERS, 4);
    expect(densityCells(datasetOf(near), EMPTY_FILTERS, 4)).toHaveLength(1);
    expect(together?.count).toBe(3);
    expect(together?.sectors).toEqual([{ sector: 'road', count: 2 }, { sector: 'energy', count: 1 }]);
    // At zoom level 10, the closest the map goes, a cell is about 3.5 km across here; these are 5 km apart.
    expect(densityCells(datasetOf(near), EMPTY_FILTERS, 10)).toHaveLength(2);
  });

  it('places a cell at the mean position of its projects, a route at its middle vertex', () => {
    const projects = [placedAt(template, 'a', [70, 42]), placedAt(template, 'route', [[60, 40], [70.2, 42.2], [80, 44]])];
    const [cell] = densityCells(datasetOf(projects), EMPTY_FILTERS, 3);
    expect(cell?.count).toBe(2);
    expect(cell?.position[0]).toBeCloseTo(70.1, 6);
    // Web Mercator's mean, not the plain mean of latitudes, but close at this scale.
    expect(cell?.position[1]).toBeCloseTo(42.1, 2);
  });

  it('counts no project without a place on the map, and one drawn at several points once', () => {
    const unmapped: ProjectFeature = { ...template, id: 'nowhere', geometry: null, properties: { ...template.properties, id: 'nowhere', location: null } };
    const capitals: ProjectFeature = { ...template, id: 'capitals', geometry: { type: 'MultiPoint', coordinates: [[71.43, 51.17], [116.33, 39.93]] } };
    const projects = [placedAt(template, 'a', [70, 42]), unmapped, capitals];
    expect(densityCells(datasetOf(projects), EMPTY_FILTERS, 0).reduce((sum, cell) => sum + cell.count, 0)).toBe(2);
    expect(shownInView(datasetOf(projects), EMPTY_FILTERS, { west: -180, south: -80, east: 180, north: 80 })).toBe(2);
  });

  it('only counts projects that pass the filters', () => {
    const projects = [placedAt(template, 'a', [70, 42], 'energy'), placedAt(template, 'b', [70, 42], 'road')];
    expect(densityCells(datasetOf(projects), { ...EMPTY_FILTERS, sectors: ['road'] }, 4)).toEqual([
      { position: [expect.closeTo(70, 9), expect.closeTo(42, 9)], count: 1, sectors: [{ sector: 'road', count: 1 }] },
    ]);
  });

  it('makes cells of CELL_PX screen pixels: twice as many across for each zoom level', () => {
    // A row of projects one degree apart along the equator: at zoom z a cell is 360 × CELL_PX / (512 × 2^z) degrees.
    const row = Array.from({ length: 64 }, (_, index) => placedAt(template, `p${index}`, [index + 0.5, 0.1]));
    for (const level of [3, 4, 5]) {
      const degreesPerCell = (360 * CELL_PX) / (512 * 2 ** level);
      expect(densityCells(datasetOf(row), EMPTY_FILTERS, level)).toHaveLength(Math.ceil(64 / degreesPerCell));
    }
  });
});

describe('shownInView and densityView', () => {
  const crowd = Array.from({ length: MAX_MARKERS_IN_VIEW + 1 }, (_, index) =>
    placedAt(template, `p${index}`, [50 + (index % 40), 38 + Math.floor(index / 40) * 0.3], index % 2 === 0 ? 'energy' : 'road'),
  );

  it('counts the shown projects inside the bounds', () => {
    expect(shownInView(datasetOf(crowd), EMPTY_FILTERS, REGION)).toBe(crowd.length);
    expect(shownInView(datasetOf(crowd), { ...EMPTY_FILTERS, sectors: ['road'] }, REGION)).toBe(Math.floor(crowd.length / 2));
    expect(shownInView(datasetOf(crowd), EMPTY_FILTERS, { west: 49.5, south: 37.5, east: 50.5, north: 38.2 })).toBe(1);
  });

  it('shows cells when the view holds more shown projects than markers can keep apart, markers otherwise', () => {
    const regionView = { bounds: REGION, zoom: 4.6 };
    const cells = densityView(datasetOf(crowd), EMPTY_FILTERS, regionView, crowd.length);
    // The same cells; a mean position may differ in its last bits, its projects summed in another order.
    expect(cells?.map(roundedPosition)).toEqual(densityCells(datasetOf(crowd), EMPTY_FILTERS, 4).map(roundedPosition));
    // Half of them is few enough for markers, and so is a closer look.
    expect(densityView(datasetOf(crowd), { ...EMPTY_FILTERS, sectors: ['road'] }, regionView, crowd.length)).toBeNull();
    expect(densityView(datasetOf(crowd), EMPTY_FILTERS, { bounds: { west: 49, south: 37, east: 60, north: 45 }, zoom: 7 }, crowd.length)).toBeNull();
    expect(densityView(datasetOf(crowd.slice(0, MAX_MARKERS_IN_VIEW)), EMPTY_FILTERS, regionView, MAX_MARKERS_IN_VIEW)).toBeNull();
  });

  it('shows cells, however few are shown, when the tiles near the view hold more markers than can be drawn', () => {
    const few = { ...EMPTY_FILTERS, sectors: ['road' as const] };
    const cells = densityView(datasetOf(crowd), few, { bounds: REGION, zoom: 4.6 }, MAX_MARKERS_DRAWN + 1);
    expect(cells?.reduce((sum, cell) => sum + cell.count, 0)).toBe(shownInView(datasetOf(crowd), few, REGION));
  });

  it('counts the cells of the view and around it only', () => {
    // A view over the crowd's western end, at 50–52°E, with too many markers near it to draw: cells
    // reach half a view further, to 53°E.
    const view = { bounds: { west: 49.5, south: 37, east: 51.5, north: 56 }, zoom: 6 };
    const cells = densityView(datasetOf(crowd), EMPTY_FILTERS, view, MAX_MARKERS_DRAWN + 1)!;
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell.position[0]).toBeLessThan(53);
    expect(cells.reduce((sum, cell) => sum + cell.count, 0)).toBe(shownInView(datasetOf(crowd), EMPTY_FILTERS, { ...view.bounds, west: 48.5, east: 52.5, south: 27.5, north: 65.5 }));
  });

  it('finds the projects of a view panned onto the next copy of the world', () => {
    const copy = { west: REGION.west + 360, south: REGION.south, east: REGION.east + 360, north: REGION.north };
    expect(shownInView(datasetOf(crowd), EMPTY_FILTERS, copy)).toBe(crowd.length);
  });

  it('finds a project near the pole that a view reaching the pole shows', () => {
    // MapLibre's world ends at 85.0511°; the view's edge must not be cut at 85.05°.
    const arctic = [placedAt(template, 'arctic', [10, 85.051])];
    expect(shownInView(datasetOf(arctic), EMPTY_FILTERS, { west: -180, south: -90, east: 180, north: 90 })).toBe(1);
    expect(shownInView(datasetOf(arctic), EMPTY_FILTERS, { west: -180, south: -90, east: 180, north: 85 })).toBe(0);
  });

  it('builds the k-d tree with the first close view, never for wide ones, and once per dataset', () => {
    const dataset = datasetOf(crowd.map((project) => ({ ...project })));
    const built = kdTrees.built;
    expect(shownInView(dataset, EMPTY_FILTERS, REGION)).toBe(crowd.length);
    expect(densityCells(dataset, EMPTY_FILTERS, 4).reduce((sum, cell) => sum + cell.count, 0)).toBe(crowd.length);
    expect(densityView(dataset, EMPTY_FILTERS, { bounds: { west: 40, south: 30, east: 100, north: 60 }, zoom: 4 }, crowd.length)).not.toBeNull();
    expect(kdTrees.built - built).toBe(0);
    // A view of one degree by less than one: a sliver of the area the crowd spans.
    expect(shownInView(dataset, EMPTY_FILTERS, { west: 49.5, south: 37.5, east: 50.5, north: 38.2 })).toBe(1);
    expect(shownInView(dataset, EMPTY_FILTERS, { west: 59.5, south: 37.5, east: 61.5, north: 38.2 })).toBe(2);
    expect(kdTrees.built - built).toBe(1);
  });

  it('counts cells per whole zoom level', () => {
    expect([0, 3.99, 4, 4.5, -1].map(cellLevel)).toEqual([0, 3, 4, 4, 0]);
  });
});

describe('the view query against a scan of every project', () => {
  const synthetic = synthesizeAtlas({ count: 3_000, seed: 7, countryShapes: countryShapesByAlpha2() }).projects.features;
  /** Written out here, not taken from the module: each project's anchor tested against each box of the view. */
  const bruteForce = (projects: readonly ProjectFeature[], filters: typeof EMPTY_FILTERS, view: Bounds) =>
    filterProjects(projects, filters).filter(({ geometry }) => {
      if (geometry === null) return false;
      const [longitude, latitude] = shapeAnchor(geometry);
      return viewBoxes(view).some(({ west, south, east, north }) => longitude >= west && longitude <= east && latitude >= south && latitude <= north);
    }).length;

  it('finds as many shown projects in a view as the scan, at 3,000 synthetic projects', () => {
    expect(shownInView(datasetOf(synthetic), EMPTY_FILTERS, REGION)).toBe(bruteForce(synthetic, EMPTY_FILTERS, REGION));
    const tashkent = { west: 68.8, south: 40.9, east: 69.8, north: 41.7 };
    expect(shownInView(datasetOf(synthetic), { ...EMPTY_FILTERS, countries: ['UZ'] }, tashkent)).toBe(bruteForce(synthetic, { ...EMPTY_FILTERS, countries: ['UZ'] }, tashkent));
    fc.assert(
      fc.property(
        filtersArbitrary,
        fc.double({ min: -540, max: 540, noNaN: true }),
        fc.double({ min: 0.01, max: 400, noNaN: true }),
        fc.double({ min: -80, max: 80, noNaN: true }),
        fc.double({ min: 0.01, max: 80, noNaN: true }),
        (filters, west, width, south, height) => {
          const view = { west, south, east: west + width, north: Math.min(85, south + height) };
          const inView = shownInView(datasetOf(synthetic), filters, view);
          expect(inView).toBe(bruteForce(synthetic, filters, view));
          expect(densityCells(datasetOf(synthetic), filters, 5, view).reduce((sum, cell) => sum + cell.count, 0)).toBe(inView);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('counts these synthetic projects as the scan before the k-d tree did: the region, a country, a close view, the whole world', () => {
    expect(shownInView(datasetOf(synthetic), EMPTY_FILTERS, REGION)).toBe(3_000);
    expect(shownInView(datasetOf(synthetic), { ...EMPTY_FILTERS, countries: ['KZ'] }, REGION)).toBe(863);
    expect(shownInView(datasetOf(synthetic), EMPTY_FILTERS, { west: 68.8, south: 40.9, east: 69.8, north: 41.7 })).toBe(15);
    expect(densityCells(datasetOf(synthetic), EMPTY_FILTERS, 4, REGION)).toHaveLength(141);
    expect(densityCells(datasetOf(synthetic), EMPTY_FILTERS, 2).reduce((sum, cell) => sum + cell.count, 0)).toBe(3_000);
  });
});

describe('viewBoxes', () => {
  it('wraps a view into -180…180°, in two boxes across the antimeridian, and the whole world when it spans it', () => {
    expect(viewBoxes({ west: 400, south: 0, east: 420, north: 10 })).toEqual([{ west: 40, south: 0, east: 60, north: 10 }]);
    expect(viewBoxes({ west: 170, south: 0, east: 200, north: 10 })).toEqual([
      { west: 170, south: 0, east: 180, north: 10 },
      { west: -180, south: 0, east: -160, north: 10 },
    ]);
    expect(viewBoxes({ west: -200, south: 0, east: -170, north: 10 })).toEqual([
      { west: 160, south: 0, east: 180, north: 10 },
      { west: -180, south: 0, east: -170, north: 10 },
    ]);
    expect(viewBoxes({ west: -300, south: -80, east: 100, north: 80 })).toEqual([{ west: -180, south: -80, east: 180, north: 80 }]);
  });
});
