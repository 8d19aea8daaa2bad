// The map: MapLibre draws the offline basemap and its names, deck.gl draws the projects interleaved
// in the same WebGL context. This component composes what the hooks own: the shown view and its
// readiness (useShownView), hover and click picking (useHoverPicking), cells or markers and their
// scale (useMapLayers), and the camera following the store (useMapCamera). It reports clicks to the
// store and follows the store's selection; it names the canvas in the visitor's language.
import 'maplibre-gl/dist/maplibre-gl.css';
import './map.css';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import MapLibreMap, { ScaleControl, type MapRef } from 'react-map-gl/maplibre';
import { isMapped, SECTORS } from '../data/atlasSchema';
import { useVisibleProjects } from '../state/useVisibleProjects';
import { useViewStore } from '../state/viewStore';
import type { AtlasData } from '../vocabulary';
import { basemapQuery } from './basemapQuery';
import { basemapStyle, type Basemap } from './basemapStyle';
import { BasemapImages, DeckOverlay, MapButtons } from './mapControls';
import { MapLegend } from './MapLegend';
import { MapPending } from './MapPending';
import { MapPopovers } from './MapPopovers';
import type { CapacityScale } from './markerScale';
import { drawnShapeCounts } from './projectLayers';
import { projectSpots } from './projectSpots';
import type { MapSnapshot } from './snapshotMap';
import { useMapSnapshot } from './useMapSnapshot';
import type { ShownReferenceLayer } from './referenceLayers';
import { MAX_ZOOM, useHoverPicking } from './useHoverPicking';
import { START_BOUNDS, startFit, useCameraFollowsStore } from './useMapCamera';
import { useCapacityScale, useMapLayers } from './useMapLayers';
import { useShownView } from './useShownView';
import { warnOnce } from './warnOnce';
import { supportsWebGL2 } from './webgl';


export interface MapViewProps {
  data: AtlasData;
  /** The visitor's own layers that are shown, drawn beneath the projects. */
  references?: readonly ShownReferenceLayer[];
  /**
   * Their legend entries (with show/hide and remove), composed by the app, drawn on the map's capacity
   * scale; told which layers the view counts in cells rather than showing their points.
   */
  referenceLegend?: (capacityScale: CapacityScale, counted: ReadonlySet<string>) => ReactNode;
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
  const basemap = useQuery(basemapQuery);
  if (basemap.isPending) return <MapPending />;
  return <InteractiveMap data={data} basemap={basemap.data ?? null} references={references} referenceLegend={referenceLegend} snapshotRef={snapshotRef} />;
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
  const [initialViewState] = useState(() => useViewStore.getState().viewport ?? { bounds: START_BOUNDS, fitBoundsOptions: startFit() });
  const allProjects = data.atlas.projects.features;
  const shown = useShownView(basemap !== null);
  const { view, loaded } = shown;
  const picking = useHoverPicking({ mapRef, overlayRef, references, filters, view, onDeckRendered: shown.onDeckRendered });
  const { hover } = picking;
  const hoveredId = hover !== null && 'id' in hover ? hover.id : null;
  const capacityScale = useCapacityScale(data, references);
  const { layers, cells, gpuMarkerCount, countedReferences } = useMapLayers({ data, basemap, references, capacityScale, filters, language, selectedId, hoveredId, view, loaded });
  // Rivers, lakes and names join once the projects are drawn (BasemapStyleOptions.geography).
  const mapStyle = useMemo(
    () => basemapStyle(basemap, language, projectSpots(allProjects, capacityScale), { geography: shown.ready }),
    [basemap, language, allProjects, capacityScale, shown.ready],
  );
  // MapLibre can diff a new style only into a loaded one: until the first has loaded, it keeps the first
  // (the basemap's files may arrive while the plain background is still loading).
  const firstStyle = useRef(mapStyle);
  const sectors = useMemo(() => SECTORS.filter((sector) => allProjects.some((project) => project.properties.sector === sector)), [allProjects]);

  useCameraFollowsStore(mapRef, data, selectedId, loaded);

  useMapSnapshot(snapshotRef, mapRef, containerRef, loaded, basemap === null ? 'absent' : shown.geographyDrawn ? 'drawn' : 'pending');

  // MapLibre names its focusable canvas "Map" in English, once; name it in the visitor's language.
  useEffect(() => {
    if (loaded) mapRef.current?.getCanvas().setAttribute('aria-label', t('canvasLabel'));
  }, [loaded, language, t]);

  const drawn = drawnShapeCounts(layers);
  return (
    <section
      ref={containerRef}
      className="map-view"
      data-testid="map"
      aria-label={t('ariaLabel')}
      data-map-ready={shown.ready ? 'true' : 'false'}
      data-geography-drawn={shown.geographyDrawn ? 'true' : 'false'}
      data-project-count={visible.length}
      data-map-shows={cells === null ? 'markers' : 'cells'}
      data-gpu-marker-count={gpuMarkerCount}
      data-map-center={view?.camera}
      data-drawn-markers={drawn.markers}
      data-focused-markers={drawn.focused}
    >
      <MapLibreMap
        ref={mapRef}
        initialViewState={initialViewState}
        mapStyle={loaded ? mapStyle : firstStyle.current}
        style={{ position: 'absolute', inset: 0 }}
        attributionControl={false}
        fadeDuration={0}
        dragRotate={false}
        pitchWithRotate={false}
        touchPitch={false}
        minZoom={1.5}
        maxZoom={MAX_ZOOM}
        cursor={hover === null ? undefined : 'pointer'}
        onLoad={shown.onLoad}
        onIdle={shown.onIdle}
        onMoveStart={picking.onMoveStart}
        onError={(event) => warnOnce('maplibre', event.error)}
        onMoveEnd={shown.onMoveEnd}
      >
        <BasemapImages />
        {/* Bottom left: the legend and the source note take the bottom right. */}
        <ScaleControl unit="metric" maxWidth={110} position="bottom-left" />
        <DeckOverlay
          overlayRef={overlayRef}
          layers={layers}
          onHover={picking.onHover}
          onClick={picking.onClick}
          onAfterRender={picking.onAfterRender}
          onError={(error) => warnOnce('deck.gl', error)}
        />
      </MapLibreMap>
      <MapButtons mapRef={mapRef} />
      {basemap === null && (
        <p className="map-notice" role="status">
          {t('basemapFailed')}
        </p>
      )}
      <MapLegend sectors={sectors} capacityScale={capacityScale} language={language} showsCells={cells !== null} unmappedCount={unmappedCount} references={referenceLegend?.(capacityScale, countedReferences)} />
      <p className="map-source">{t('sourceNote')}</p>
      <MapPopovers data={data} references={references} language={language} hover={hover} chooser={picking.chooser} container={containerRef.current} onChoose={picking.choose} onCloseChooser={picking.closeChooser} />
    </section>
  );
}
