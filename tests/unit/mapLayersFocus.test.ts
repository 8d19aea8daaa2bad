// What deck.gl is handed when the pointer moves over a project or the visitor selects one: the
// marker layers stay the very same layer objects (deck.gl then neither diffs nor re-uploads them),
// and only the small ring layers change. No ring layer is handed over while nothing is in focus:
// each layer type is a shader program that software WebGL compiles on the main thread.
import type { Layer } from '@deck.gl/core';
import { renderHook } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { countryShapes, type Basemap } from '../../src/map/basemapStyle';
import type { CountryLabel } from '../../src/map/countryLabels';
import { geographyFeatures, type GeographyFile } from '../../src/map/geography';
import { createCapacityScale } from '../../src/map/markerScale';
import { useMapLayers } from '../../src/map/useMapLayers';
import type { ShownView } from '../../src/map/useShownView';
import { EMPTY_FILTERS } from '../../src/vocabulary';
import { builtAtlasData } from '../fixtures/builtAtlas';

const data = builtAtlasData();
const capacityScale = createCapacityScale(data.atlas.projects.features);
// A view wide enough to show the forum's projects as markers, not counted cells.
const view: ShownView = { bounds: { west: 40, south: 30, east: 110, north: 55 }, zoom: 3.5, camera: '75,42,3.5' };
const [first, second] = data.atlas.projects.features.filter((project) => project.geometry?.type === 'Point');

const basemapDir = join(import.meta.dirname, '../../public/basemap');
const readJson = (file: string): unknown => JSON.parse(readFileSync(join(basemapDir, file), 'utf8'));
const basemap: Basemap = {
  shapes: countryShapes(readJson('countries-50m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>),
  labels: readJson('country-labels.json') as CountryLabel[],
  geography: geographyFeatures(readJson('geography.json') as GeographyFile),
};

type Focus = { selectedId: string | null; hoveredId: string | null };

function renderLayers(shownBasemap: Basemap | null) {
  return renderHook(
    ({ selectedId, hoveredId }: Focus) =>
      useMapLayers({ data, basemap: shownBasemap, references: [], capacityScale, filters: EMPTY_FILTERS, language: 'en', selectedId, hoveredId, view, loaded: true }).layers,
    { initialProps: { selectedId: null, hoveredId: null } as Focus },
  );
}

const byId = (layers: readonly Layer[], id: string) => layers.find((layer) => layer.id === id);
const ids = (layers: readonly Layer[]) => layers.map((layer) => layer.id);

describe.each([
  ['no basemap', null],
  ['the basemap', basemap],
])('deck.gl layers on %s as the focus moves', (_, shownBasemap) => {
  it('hands deck.gl the same marker layer objects whatever is hovered or selected', () => {
    if (first === undefined || second === undefined) throw new Error('the atlas has fewer than two point projects');
    const { result, rerender } = renderLayers(shownBasemap);
    const points = byId(result.current, 'project-points');
    const routes = byId(result.current, 'project-routes');
    expect(points).toBeDefined();
    expect(routes).toBeDefined();
    rerender({ selectedId: null, hoveredId: first.id });
    rerender({ selectedId: first.id, hoveredId: second.id });
    rerender({ selectedId: first.id, hoveredId: null });
    expect(byId(result.current, 'project-points')).toBe(points);
    expect(byId(result.current, 'project-routes')).toBe(routes);
  });

  it('draws no ring layer until a project is hovered or selected, and a ring over the points once a point is', () => {
    if (first === undefined) throw new Error('the atlas has no point project');
    const { result, rerender } = renderLayers(shownBasemap);
    expect(ids(result.current)).toEqual(['project-routes', 'project-points']);
    rerender({ selectedId: null, hoveredId: first.id });
    expect(ids(result.current)).toEqual(['project-routes', 'project-points', 'project-points-focus']);
    rerender({ selectedId: null, hoveredId: null });
    expect(ids(result.current)).toEqual(['project-routes', 'project-points']);
  });
});
