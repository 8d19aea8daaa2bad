import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapViewProps } from '../../map/MapView';
import { useHydrated } from '../../ui/useHydrated';
// The map's frame and messages are styled with the page, before the map's code arrives.
import '../../map/map.css';

// MapLibre and deck.gl cannot render at build time; their chunk is modulepreloaded with the page
// (vite.config.ts) and mounts right after the prerendered first view has hydrated.
const MapView = lazy(() => import('../../map/MapView').then((module) => ({ default: module.MapView })));

/** The map, with a placeholder where it will be in the prerendered page and while its code arrives. */
export function DeferredMapView(props: MapViewProps) {
  const hydrated = useHydrated();
  const placeholder = <MapPlaceholder />;
  if (!hydrated) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <MapView {...props} />
    </Suspense>
  );
}

function MapPlaceholder() {
  const { t } = useTranslation('map');
  return <section className="map-view map-view--placeholder" data-testid="map" aria-label={t('ariaLabel')} aria-busy="true" />;
}
