// The pieces MapLibre hosts for the map: deck.gl in its layer stack, the basemap's dot images, the
// zoom and home buttons, and where a popover stands beside the pointer.
import { MapboxOverlay, type MapboxOverlayProps } from '@deck.gl/mapbox';
import { useEffect, type CSSProperties, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useControl, type MapRef } from 'react-map-gl/maplibre';
import type { IControl, Map as MapLibre, MapStyleImageMissingEvent } from 'maplibre-gl';
import { addMissingBasemapImage } from './basemapStyle';
import { cameraDuration } from './cameraMove';
import type { PointerSpot } from './useHoverPicking';
import { prefersReducedMotion, START_BOUNDS, startFit } from './useMapCamera';

export function MapButtons({ mapRef }: { mapRef: RefObject<MapRef | null> }) {
  const { t } = useTranslation('map');
  return (
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
        onClick={() => mapRef.current?.fitBounds(START_BOUNDS, { ...startFit(), duration: cameraDuration(prefersReducedMotion()) })}
      >
        ⌂
      </button>
    </div>
  );
}

/** Places a popover beside the pointer, on the side with more room. */
export function popoverStyle({ x, y }: PointerSpot, container: HTMLElement | null): CSSProperties {
  const width = container?.clientWidth ?? Infinity;
  const height = container?.clientHeight ?? Infinity;
  const offset = 14;
  return {
    left: x,
    top: y,
    transform: `translate(${x > width * 0.6 ? `calc(-100% - ${offset}px)` : `${offset}px`}, ${y > height * 0.6 ? `calc(-100% - ${offset}px)` : `${offset}px`})`,
  };
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

export function BasemapImages() {
  useControl(() => new BasemapImageControl());
  return null;
}

/** deck.gl inside MapLibre's own layer stack ("interleaved"), sharing its WebGL context. */
export function DeckOverlay({ overlayRef, ...props }: MapboxOverlayProps & { overlayRef: RefObject<MapboxOverlay | null> }) {
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
