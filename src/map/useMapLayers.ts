// What deck.gl draws: counted cells where the view holds too many markers, the markers elsewhere, the
// visitor's own layers beneath them, all on one capacity scale, and placed among the basemap's names.
import type { Layer, LayerProps } from '@deck.gl/core';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { largestLayerCapacity, type ReferenceLayer } from '../domain/layers/referenceLayer';
import type { Filters, Language, AtlasData } from '../vocabulary';
import { LABEL_LAYER_IDS, MAJOR_LABEL_LAYER_ID, type Basemap } from './basemapStyle';
import { densityView, type CellPlaces } from './densityCells';
import { createCapacityScale } from './markerScale';
import { focusRingLayers, markerLayers, PROJECT_ROUTES_LAYER_ID, withFocusRings, type FocusRings } from './projectLayers';
import { markersNearView } from './projectShapes';
import { countedLayerIds, referenceDrawings, referenceLayers, referencePlaces, type ShownReferenceLayer } from './referenceLayers';
import { useFilteredMarkerCount } from './useFilteredMarkerCount';
import type { ShownView } from './useShownView';

/**
 * Interleaved deck.gl layers with these props are drawn below the basemap's names, or below the
 * names of countries, capitals and project towns only (@deck.gl/mapbox reads `beforeId`; deck's
 * layer props do not declare it).
 */
const BELOW_NAMES = { beforeId: LABEL_LAYER_IDS[0] } as Partial<LayerProps>;
const BELOW_MAJOR_NAMES = { beforeId: MAJOR_LABEL_LAYER_ID } as Partial<LayerProps>;

/**
 * Sized by every project, not just the visible ones, so a filter never changes a marker's size.
 * Reference layers with capacities share the scale, so a plant of theirs compares with a project.
 */
export function useCapacityScale(data: AtlasData, references: readonly ShownReferenceLayer[]) {
  const allProjects = data.atlas.projects.features;
  const referenceLargest = useMemo(() => references.reduce((max, { layer }) => Math.max(max, largestLayerCapacity(layer)), 0), [references]);
  const projectScale = useMemo(() => createCapacityScale(allProjects), [allProjects]);
  // The projects' own scale object while no layer goes beyond it: a new one re-uploads the markers and
  // makes deck.gl recount them with a pixel read that waits for the GPU.
  return useMemo(
    () => (referenceLargest > (projectScale.domain()[1] ?? 0) ? createCapacityScale(allProjects, referenceLargest) : projectScale),
    [allProjects, projectScale, referenceLargest],
  );
}

interface LayerSources {
  data: AtlasData;
  basemap: Basemap | null;
  references: readonly ShownReferenceLayer[];
  capacityScale: ReturnType<typeof useCapacityScale>;
  filters: Filters;
  language: Language;
  selectedId: string | null;
  hoveredId: string | null;
  view: ShownView | null;
  /** The projects join once the basemap has loaded. */
  loaded: boolean;
}

/** Each reference layer's points placed for counting, built the first time a view asks, kept while the map and the layer live. */
function useReferencePlaces() {
  const built = useRef(new WeakMap<ReferenceLayer, CellPlaces>());
  return useCallback((layer: ReferenceLayer) => {
    const places = built.current.get(layer) ?? referencePlaces(layer);
    built.current.set(layer, places);
    return places;
  }, []);
}

const NO_RINGS: FocusRings = { routes: null, points: null };

/**
 * Where an interleaved layer goes among the basemap's names. Names go over routes and the
 * visitor's own layers, which would strike through them. Minor names go under markers (they stand
 * beside them); the names of countries, capitals and project towns stay over markers and cells,
 * where markers crowd too close for the names to make way (a phone's first view: Tashkent, Bishkek).
 */
function amongNames(layer: Layer, basemap: Basemap | null, showsCells: boolean, belowAllNames: boolean): Layer {
  if (basemap === null) return layer;
  return layer.clone(!showsCells && belowAllNames ? BELOW_NAMES : BELOW_MAJOR_NAMES);
}
const isRouteLayer = (layer: Layer) => layer.id.startsWith(PROJECT_ROUTES_LAYER_ID);

export function useMapLayers({ data, basemap, references, capacityScale, filters, language, selectedId, hoveredId, view, loaded }: LayerSources) {
  // Counted again when the filters change or the map comes to rest, not on every frame of a move.
  const cells = useMemo(
    () => (view === null ? null : densityView(data.index, filters, view, markersNearView(data.index, view.bounds))),
    [data.index, filters, view],
  );
  const showsCells = cells !== null;
  const filteredMarkers = useFilteredMarkerCount();
  const { onFilteredCount, keepDrawn } = filteredMarkers;
  // The projects join once the basemap has loaded: every frame while its pieces arrive would draw
  // them all again (on software WebGL, seconds a frame at a hundred thousand projects).
  // Three memos, so a hover or a selection hands deck.gl the same marker layers (and the same
  // reference layers): only the rings around the focused projects are new.
  const markers = useMemo(
    () =>
      loaded
        ? markerLayers(data.index, { filters, capacityScale, cells, language, view: view?.bounds ?? null, onFilteredCount }).map((layer) =>
            amongNames(layer, basemap, showsCells, isRouteLayer(layer)),
          )
        : [],
    [loaded, data.index, filters, capacityScale, cells, showsCells, language, view, onFilteredCount, basemap],
  );
  const rings = useMemo(() => {
    if (!loaded) return NO_RINGS;
    const { routes, points } = focusRingLayers({ filters, selectedId, hoveredId, capacityScale, projectsById: data.projectsById });
    return {
      routes: routes === null ? null : amongNames(routes, basemap, showsCells, true),
      points: points === null ? null : amongNames(points, basemap, showsCells, false),
    };
  }, [loaded, filters, selectedId, hoveredId, capacityScale, data.projectsById, basemap, showsCells]);
  // The visitor's own layers lie beneath everything of the forum's, counted or cut to the view when
  // large; a hover or a selection does not touch them.
  const placesOf = useReferencePlaces();
  const drawings = useMemo(() => (loaded ? referenceDrawings(references, view, placesOf) : []), [loaded, references, view, placesOf]);
  const own = useMemo(
    () => referenceLayers(drawings, capacityScale, language).map((layer) => amongNames(layer, basemap, showsCells, true)),
    [drawings, capacityScale, language, basemap, showsCells],
  );
  const layers = useMemo(() => [...own, ...withFocusRings(markers, rings, showsCells)], [own, markers, rings, showsCells]);
  useEffect(() => keepDrawn(layers), [layers, keepDrawn]);
  /** How many markers the GPU filter lets through, while markers (not cells) are shown. */
  const gpuMarkerCount = cells === null ? (filteredMarkers.total ?? undefined) : undefined;
  /** The reference layers counted in cells at this view, by id, for their legend entries. */
  const countedReferences = useMemo(() => countedLayerIds(drawings), [drawings]);
  return { layers, cells, gpuMarkerCount, countedReferences };
}
