// The map: MapLibre draws the offline basemap and its names, deck.gl draws the projects
// interleaved in the same WebGL context. The map reports clicks to the store and follows the store's selection;
// it owns nothing but its hover and the overlap chooser.
import 'maplibre-gl/dist/maplibre-gl.css';
import './map.css';
import type { LayerProps, PickingInfo } from '@deck.gl/core';
import { MapboxOverlay, type MapboxOverlayProps } from '@deck.gl/mapbox';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import MapLibreMap, { ScaleControl, useControl, type MapRef } from 'react-map-gl/maplibre';
import type { IControl, Map as MapLibre, MapStyleImageMissingEvent } from 'maplibre-gl';
import { isMapped, SECTORS } from '../data/atlasSchema';
import type { AtlasData } from '../data/loadAtlas';
import { useVisibleProjects } from '../state/useVisibleProjects';
import { formatViewport, type MapViewport } from '../state/viewState';
import { useViewStore } from '../state/viewStore';
import { matchesMedia, PHONE_QUERY } from '../ui/media';
import { cameraDuration, cameraMoveTo } from './cameraMove';
import { addMissingBasemapImage, basemapStyle, fetchBasemap, LABEL_LAYER_IDS, MAJOR_LABEL_LAYER_ID, type Basemap } from './basemapStyle';
import { MapLegend } from './MapLegend';
import { ProjectChooser } from './ProjectChooser';
import { projectSpots } from './projectSpots';
import { DENSITY_CELLS_LAYER_ID } from './cellLayers';
import { densityView, type DensityCell } from './densityCells';
import type { Bounds } from './geoBounds';
import { CellTooltip, MapTooltip, ReferenceTooltip } from './MapTooltip';
import { largestLayerCapacity, type ReferenceFeature } from '../domain/layers/referenceLayer';
import { pickedReference, REFERENCE_LAYER_PREFIX, referenceLayers, type ShownReferenceLayer } from './referenceLayers';
import { createCapacityScale, drawnShapeCounts, type CapacityScale, markersNearView, pickedProject, PROJECT_LAYER_IDS, PROJECT_ROUTES_LAYER_ID, projectLayers } from './projectLayers';
import { snapshotMap, type MapSnapshot } from './snapshotMap';
import { warnOnce } from './warnOnce';
import { useFilteredMarkerCount } from './useFilteredMarkerCount';
import { supportsWebGL2 } from './webgl';

/** Central Asia and western China, north far enough for the ALLUR plant at Kostanay. */
const START_BOUNDS: [[number, number], [number, number]] = [
  [52, 34],
  [90, 54],
];
/** Pixels around the click in which overlapping projects count as "here". */
const PICK_RADIUS_PX = 6;
const MAX_ZOOM = 10;
/** Zoom levels a click on a density cell goes in. */
const CELL_ZOOM_STEP = 2;
/** What the pointer can rest on: a project, or a cell of them. */
const HOVER_LAYER_IDS = [...PROJECT_LAYER_IDS, DENSITY_CELLS_LAYER_ID, REFERENCE_LAYER_PREFIX];
const BASE_URL = import.meta.env.BASE_URL;
/**
 * Interleaved deck.gl layers with these props are drawn below the basemap's names, or below the
 * names of countries, capitals and project towns only (@deck.gl/mapbox reads `beforeId`; deck's
 * layer props do not declare it).
 */
const BELOW_NAMES = { beforeId: LABEL_LAYER_IDS[0] } as Partial<LayerProps>;
const BELOW_MAJOR_NAMES = { beforeId: MAJOR_LABEL_LAYER_ID } as Partial<LayerProps>;

export interface MapViewProps {
  data: AtlasData;
  /** The visitor's own layers that are shown, drawn beneath the projects. */
  references?: readonly ShownReferenceLayer[];
  /** Their legend entries (with show/hide and remove), composed by the app, drawn on the map's capacity scale. */
  referenceLegend?: (capacityScale: CapacityScale) => ReactNode;
  /** Set to the function that pictures the map as shown while it is up (a printed brief asks for it). */
  snapshotRef?: RefObject<MapSnapshot | null>;
}

const NO_REFERENCES: readonly ShownReferenceLayer[] = [];

export function MapView({ data, references = NO_REFERENCES, referenceLegend, snapshotRef }: MapViewProps) {
  const { t } = useTranslation('map');
  const [webgl] = useState(supportsWebGL2);
  if (!webgl) {
    return (
      <section className="map-view" data-testid="map" aria-label={t('ariaLabel')}>
        <div className="map-message" role="status">
          <h2>{t('noWebGL.title')}</h2>
          <p>{t('noWebGL.body')}</p>
        </div>
      </section>
    );
  }
  return <BasemapLoader data={data} references={references} referenceLegend={referenceLegend} snapshotRef={snapshotRef} />;
}

function BasemapLoader({ data, references, referenceLegend, snapshotRef }: Required<Pick<MapViewProps, 'references'>> & MapViewProps) {
  const { t } = useTranslation('map');
  const basemap = useQuery({
    queryKey: ['basemap', BASE_URL],
    // Without country shapes the projects still mean something: draw them on the plain background.
    queryFn: () =>
      fetchBasemap(BASE_URL).catch((error: unknown) => {
        warnOnce('basemap', error);
        return null;
      }),
    staleTime: Infinity,
    retry: false,
  });
  if (basemap.isPending) {
    return (
      <section className="map-view" data-testid="map" aria-label={t('ariaLabel')} aria-busy="true">
        <p className="map-message" role="status">
          {t('loading')}
        </p>
      </section>
    );
  }
  return <InteractiveMap data={data} basemap={basemap.data ?? null} references={references} referenceLegend={referenceLegend} snapshotRef={snapshotRef} />;
}

interface PointerSpot {
  x: number;
  y: number;
}

type HoverTarget = { id: string } | { cell: DensityCell } | { reference: ReferenceFeature; layerId: string };

/** The project, cell or reference feature under a pick, if any. */
function hoverTarget(info: PickingInfo, references: readonly ShownReferenceLayer[]): HoverTarget | null {
  if (info.layer?.id === DENSITY_CELLS_LAYER_ID && info.object !== undefined) return { cell: info.object as DensityCell };
  const reference = pickedReference(info, references);
  if (reference !== null) return { reference: reference.feature, layerId: reference.layerId };
  const project = pickedProject(info);
  return project === null ? null : { id: project.id };
}

const sameTarget = (a: HoverTarget, b: HoverTarget) =>
  'id' in a && 'id' in b ? a.id === b.id : 'cell' in a && 'cell' in b ? a.cell === b.cell : 'reference' in a && 'reference' in b && a.reference === b.reference;

interface ShownView {
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

function cameraOf(map: Pick<MapLibre, 'getCenter' | 'getZoom'>): string {
  const { lng, lat } = map.getCenter();
  return formatViewport({ longitude: lng, latitude: lat, zoom: map.getZoom() });
}

function InteractiveMap({
  data,
  basemap,
  references,
  referenceLegend,
  snapshotRef,
}: Required<Pick<MapViewProps, 'references'>> & MapViewProps & { basemap: Basemap | null }) {
  const { t } = useTranslation('map');
  const language = useViewStore((state) => state.language);
  const selectedId = useViewStore((state) => state.project);
  const filters = useViewStore((state) => state.filters);
  // The layers filter on the GPU; the CPU list is for the counts only.
  const visible = useVisibleProjects(data);
  const unmappedCount = useMemo(() => visible.reduce((count, project) => (isMapped(project) ? count : count + 1), 0), [visible]);
  const mapRef = useRef<MapRef>(null);
  const overlayRef = useRef<MapboxOverlay | null>(null);
  const containerRef = useRef<HTMLElement>(null);
  const [hover, setHover] = useState<(PointerSpot & HoverTarget) | null>(null);
  const [view, setView] = useState<ShownView | null>(null);
  const [chooser, setChooser] = useState<(PointerSpot & { ids: string[] }) | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [ready, setReady] = useState(false);
  const deckRendered = useRef(false);
  const pointer = useRef<PointerSpot | null>(null);

  const [initialViewState] = useState(() => useViewStore.getState().viewport ?? { bounds: START_BOUNDS });
  const allProjects = data.atlas.projects.features;
  // Sized by every project, not just the visible ones, so a filter never changes a marker's size.
  // Reference layers with capacities share the scale, so a plant of theirs compares with a project.
  const referenceLargest = useMemo(() => references.reduce((max, { layer }) => Math.max(max, largestLayerCapacity(layer)), 0), [references]);
  const projectScale = useMemo(() => createCapacityScale(allProjects), [allProjects]);
  // The projects' own scale object while no layer goes beyond it: a new one re-uploads the markers and
  // makes deck.gl recount them with a pixel read that waits for the GPU.
  const capacityScale = useMemo(
    () => (referenceLargest > (projectScale.domain()[1] ?? 0) ? createCapacityScale(allProjects, referenceLargest) : projectScale),
    [allProjects, projectScale, referenceLargest],
  );
  // The pick handlers are made once; they read the layers shown now.
  const shownReferences = useRef(references);
  shownReferences.current = references;
  const mapStyle = useMemo(() => basemapStyle(basemap, language, projectSpots(allProjects, capacityScale)), [basemap, language, allProjects, capacityScale]);
  // MapLibre can diff a new style only into a loaded one: until the first has loaded, it keeps the first
  // (the basemap's files may arrive while the plain background is still loading).
  const firstStyle = useRef(mapStyle);
  const shownStyle = loaded ? mapStyle : firstStyle.current;
  const sectors = useMemo(() => SECTORS.filter((sector) => allProjects.some((project) => project.properties.sector === sector)), [allProjects]);
  const hoveredId = hover !== null && 'id' in hover ? hover.id : null;
  // Counted again when the filters change or the map comes to rest, not on every frame of a move.
  const cells = useMemo(
    () => (view === null ? null : densityView(allProjects, filters, view, markersNearView(allProjects, view.bounds))),
    [allProjects, filters, view],
  );
  const filteredMarkers = useFilteredMarkerCount();
  const { onFilteredCount, keepDrawn } = filteredMarkers;
  // The projects join once the basemap has loaded: every frame while its pieces arrive would draw
  // them all again (on software WebGL, seconds a frame at a hundred thousand projects).
  const layers = useMemo(
    () => {
      const projects = loaded
        ? projectLayers(allProjects, { filters, selectedId, hoveredId, capacityScale, projectsById: data.projectsById, cells, language, view: view?.bounds ?? null, onFilteredCount })
        : [];
      // The visitor's own layers lie beneath everything of the forum's.
      const own = loaded ? referenceLayers(references, capacityScale) : [];
      if (basemap === null) return [...own, ...projects];
      // The basemap's names go under markers (they stand beside them) but over routes and the
      // visitor's own layers, which would strike through them. Cells would cover names: the main
      // ones stay over them, the others show between them.
      if (cells !== null) return [...own, ...projects].map((layer) => layer.clone(BELOW_MAJOR_NAMES));
      return [...own.map((layer) => layer.clone(BELOW_NAMES)), ...projects.map((layer) => (layer.id.startsWith(PROJECT_ROUTES_LAYER_ID) ? layer.clone(BELOW_NAMES) : layer))];
    },
    [basemap, language, loaded, allProjects, data.projectsById, filters, selectedId, hoveredId, capacityScale, cells, view, onFilteredCount, references],
  );
  useEffect(() => keepDrawn(layers), [layers, keepDrawn]);
  // After a move the layers change (tiles near the view, cells or markers): once deck.gl has drawn
  // the new ones, look again at what is under a resting pointer.
  const hoverStale = useRef(false);
  useEffect(() => {
    hoverStale.current = true;
  }, [view]);

  // A filter change can remove what the pointer or the chooser refers to.
  useEffect(() => {
    setHover(null);
    setChooser(null);
  }, [filters]);

  useCameraFollowsStore(mapRef, data, selectedId, loaded);

  useEffect(() => {
    if (snapshotRef === undefined || !loaded) return;
    snapshotRef.current = async () => {
      const map = mapRef.current;
      const container = containerRef.current;
      if (map === null || container === null) throw new Error('the map is not shown');
      return snapshotMap(map.getMap(), container);
    };
    return () => {
      snapshotRef.current = null;
    };
  }, [snapshotRef, loaded]);

  // MapLibre names its focusable canvas "Map" in English, once; name it in the visitor's language.
  useEffect(() => {
    if (loaded) mapRef.current?.getCanvas().setAttribute('aria-label', t('canvasLabel'));
  }, [loaded, language, t]);

  const handleHover = useCallback((info: PickingInfo) => {
    // deck.gl reports a pointer that left the map as (-1, -1).
    pointer.current = info.x >= 0 && info.y >= 0 ? { x: info.x, y: info.y } : null;
    const target = hoverTarget(info, shownReferences.current);
    setHover((current) => {
      if (target === null) return null;
      if (current !== null && sameTarget(current, target) && current.x === info.x && current.y === info.y) return current;
      return { ...target, x: info.x, y: info.y };
    });
  }, []);

  const handleClick = useCallback((info: PickingInfo) => {
    const overlay = overlayRef.current;
    if (overlay === null) return;
    const target = hoverTarget(info, shownReferences.current);
    if (target !== null && 'cell' in target) {
      const map = mapRef.current;
      map?.easeTo({
        center: target.cell.position,
        zoom: Math.min(MAX_ZOOM, map.getZoom() + CELL_ZOOM_STEP),
        duration: cameraDuration(prefersReducedMotion()),
      });
      return;
    }
    const picks = overlay.pickMultipleObjects({ x: info.x, y: info.y, radius: PICK_RADIUS_PX, depth: 10, layerIds: PROJECT_LAYER_IDS });
    const ids = [...new Set(picks.map(pickedProject).flatMap((project) => (project === null ? [] : [project.id])))];
    const [only] = ids;
    if (ids.length === 1 && only !== undefined) {
      setChooser(null);
      useViewStore.getState().selectProject(only);
    } else {
      // Clicking empty map keeps the selection (the details panel has its own close button).
      setChooser(ids.length > 1 ? { ids, x: info.x, y: info.y } : null);
    }
  }, []);

  /** After the map moved under a resting pointer, show what is under it now. */
  const refreshHover = useCallback(() => {
    const spot = pointer.current;
    const overlay = overlayRef.current;
    if (spot === null || overlay === null) return;
    const info = overlay.pickObject({ ...spot, layerIds: HOVER_LAYER_IDS });
    const target = info === null ? null : hoverTarget(info, shownReferences.current);
    setHover(target === null ? null : { ...target, ...spot });
  }, []);

  const handleAfterRender = useCallback(() => {
    deckRendered.current = true;
    if (hoverStale.current) {
      hoverStale.current = false;
      refreshHover();
    }
  }, [refreshHover]);

  const chooseProject = (id: string) => {
    setChooser(null);
    useViewStore.getState().selectProject(id);
  };

  const hoveredProject = hoveredId === null || chooser !== null ? undefined : data.projectsById.get(hoveredId);
  const drawn = drawnShapeCounts(layers);
  const hoveredCell = hover !== null && 'cell' in hover ? hover.cell : null;
  const hoveredReference = hover !== null && 'reference' in hover ? hover : null;
  const hoveredReferenceFile = references.find(({ id }) => id === hoveredReference?.layerId)?.layer.fileName;
  const chooserProjects = chooser?.ids.flatMap((id) => data.projectsById.get(id) ?? []) ?? [];

  return (
    <section
      ref={containerRef}
      className="map-view"
      data-testid="map"
      aria-label={t('ariaLabel')}
      data-map-ready={ready ? 'true' : 'false'}
      data-project-count={visible.length}
      data-map-shows={cells === null ? 'markers' : 'cells'}
      data-gpu-marker-count={cells === null ? (filteredMarkers.total ?? undefined) : undefined}
      data-map-center={view?.camera}
      data-drawn-markers={drawn.markers}
      data-focused-markers={drawn.focused}
    >
      <MapLibreMap
        ref={mapRef}
        initialViewState={initialViewState}
        mapStyle={shownStyle}
        style={{ position: 'absolute', inset: 0 }}
        attributionControl={false}
        fadeDuration={0}
        dragRotate={false}
        pitchWithRotate={false}
        touchPitch={false}
        minZoom={1.5}
        maxZoom={MAX_ZOOM}
        cursor={hover === null ? undefined : 'pointer'}
        onLoad={(event) => {
          setView(viewOf(event.target));
          setLoaded(true);
        }}
        onIdle={() => {
          // Ready for end-to-end tests: basemap and deck layers are in, and deck has drawn them.
          if (deckRendered.current) setReady(true);
        }}
        // The hovered project slides away from the pointer; it is looked up again once the moved map is drawn.
        onMoveStart={() => setHover(null)}
        onError={(event) => warnOnce('maplibre', event.error)}
        onMoveEnd={(event) => {
          const { longitude, latitude, zoom } = event.viewState;
          useViewStore.getState().setViewport({ longitude, latitude, zoom });
          setView(viewOf(event.target));
        }}
      >
        <BasemapImages />
        {/* Bottom left: the legend and the source note take the bottom right. */}
        <ScaleControl unit="metric" maxWidth={110} position="bottom-left" />
        <DeckOverlay
          overlayRef={overlayRef}
          layers={layers}
          onHover={handleHover}
          onClick={handleClick}
          onAfterRender={handleAfterRender}
          onError={(error) => warnOnce('deck.gl', error)}
        />
      </MapLibreMap>
      <div className="map-controls">
        <button type="button" aria-label={t('zoomIn')} title={t('zoomIn')} onClick={() => mapRef.current?.zoomIn()}>
          +
        </button>
        <button type="button" aria-label={t('zoomOut')} title={t('zoomOut')} onClick={() => mapRef.current?.zoomOut()}>
          −
        </button>
        <button
          type="button"
          aria-label={t('resetView')}
          title={t('resetView')}
          onClick={() => mapRef.current?.fitBounds(START_BOUNDS, { duration: cameraDuration(prefersReducedMotion()) })}
        >
          ⌂
        </button>
      </div>
      {basemap === null && (
        <p className="map-notice" role="status">
          {t('basemapFailed')}
        </p>
      )}
      <MapLegend sectors={sectors} capacityScale={capacityScale} language={language} showsCells={cells !== null} unmappedCount={unmappedCount} references={referenceLegend?.(capacityScale)} />
      <p className="map-source">{t('sourceNote')}</p>
      {hoveredProject && isMapped(hoveredProject) && hover && <MapTooltip project={hoveredProject} language={language} style={popoverStyle(hover, containerRef.current)} />}
      {hoveredReference && hoveredReferenceFile !== undefined && (
        <ReferenceTooltip
          feature={hoveredReference.reference}
          fileName={hoveredReferenceFile}
          language={language}
          style={popoverStyle(hoveredReference, containerRef.current)}
        />
      )}
      {hoveredCell && hover && <CellTooltip cell={hoveredCell} language={language} style={popoverStyle(hover, containerRef.current)} />}
      {chooser && chooserProjects.length > 1 && (
        <ProjectChooser
          projects={chooserProjects}
          language={language}
          style={popoverStyle(chooser, containerRef.current)}
          onChoose={chooseProject}
          onClose={() => setChooser(null)}
        />
      )}
    </section>
  );
}

/** Places a popover beside the pointer, on the side with more room. */
function popoverStyle({ x, y }: PointerSpot, container: HTMLElement | null): CSSProperties {
  const width = container?.clientWidth ?? Infinity;
  const height = container?.clientHeight ?? Infinity;
  const offset = 14;
  return {
    left: x,
    top: y,
    transform: `translate(${x > width * 0.6 ? `calc(-100% - ${offset}px)` : `${offset}px`}, ${y > height * 0.6 ? `calc(-100% - ${offset}px)` : `${offset}px`})`,
  };
}

/** On a phone the details panel is a bottom sheet over the lower 55% of the screen (styles.css). */
function bottomSheetInset(): number {
  return matchesMedia(PHONE_QUERY) ? Math.round(window.innerHeight * 0.55) : 0;
}

function prefersReducedMotion(): boolean {
  return matchesMedia('(prefers-reduced-motion: reduce)');
}

/**
 * Moves the camera when the store's view changes under the map (Back or Forward to an entry with
 * another view), and eases to the selected project whenever the selection changes (also when it
 * comes from the list). The map's own moves write the store, so they find the camera already there.
 */
function useCameraFollowsStore(mapRef: RefObject<MapRef | null>, data: AtlasData, selectedId: string | null, loaded: boolean) {
  const viewport = useViewStore((state) => state.viewport);
  // A restored link with both a viewport and a project keeps the viewport it was shared with.
  const [shownAtStart] = useState(() => (useViewStore.getState().viewport === null ? null : selectedId));
  const previous = useRef({ selectedId: shownAtStart, viewport });
  useEffect(() => {
    const map = mapRef.current;
    if (!loaded || map === null) return;
    const viewportChanged = viewport !== previous.current.viewport;
    const selectionChanged = selectedId !== previous.current.selectedId;
    previous.current = { selectedId, viewport };
    if (viewportChanged && !cameraShows(map, viewport)) {
      // An entry keeps the view it was left with, even when it also changes the selection.
      if (viewport === null) map.fitBounds(START_BOUNDS, { duration: 0 });
      else map.jumpTo({ center: [viewport.longitude, viewport.latitude], zoom: viewport.zoom });
      return;
    }
    if (!selectionChanged) return;
    const project = selectedId === null ? undefined : data.projectsById.get(selectedId);
    if (project === undefined) return;
    // Selecting opens the details panel in the same render, narrowing the map: take the new size
    // now, or the ease would aim at the old centre and leave the project off-centre.
    map.resize();
    const move = cameraMoveTo(project.geometry, {
      currentZoom: map.getZoom(),
      reducedMotion: prefersReducedMotion(),
      bottomInset: bottomSheetInset(),
    });
    if (move === null) return;
    if (move.kind === 'ease') map.easeTo({ center: move.center, zoom: move.zoom, offset: move.offset, duration: move.duration });
    else map.fitBounds(move.bounds, { padding: move.padding, duration: move.duration });
  }, [mapRef, data, selectedId, viewport, loaded]);
}

/** Whether the camera is at the view, as closely as a link says it; a null view is the start view's to keep. */
function cameraShows(map: MapRef, viewport: MapViewport | null): boolean {
  return viewport === null ? false : cameraOf(map) === formatViewport(viewport);
}

/** Adds the basemap's dot images when MapLibre first asks for them: the style has no sprite to load them from. */
class BasemapImageControl implements IControl {
  private map: MapLibre | null = null;
  private readonly addMissing = (event: MapStyleImageMissingEvent) => {
    if (this.map !== null) addMissingBasemapImage(this.map, event.id);
  };

  onAdd(map: MapLibre): HTMLElement {
    this.map = map;
    map.on('styleimagemissing', this.addMissing);
    const element = document.createElement('div');
    element.hidden = true;
    return element;
  }

  onRemove(): void {
    this.map?.off('styleimagemissing', this.addMissing);
    this.map = null;
  }
}

function BasemapImages() {
  useControl(() => new BasemapImageControl());
  return null;
}

/** deck.gl inside MapLibre's own layer stack ("interleaved"), sharing its WebGL context. */
function DeckOverlay({ overlayRef, ...props }: MapboxOverlayProps & { overlayRef: RefObject<MapboxOverlay | null> }) {
  const overlay = useControl(() => new MapboxOverlay({ ...props, interleaved: true }));
  overlay.setProps(props);
  useEffect(() => {
    overlayRef.current = overlay;
    return () => {
      overlayRef.current = null;
    };
  }, [overlay, overlayRef]);
  return null;
}
