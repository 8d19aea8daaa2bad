import { useTranslation } from 'react-i18next';
import { MapView, type MapViewProps } from '../../map/MapView';
import { useHydrated } from '../../ui/useHydrated';

/**
 * The map, mounted once the prerendered first view has hydrated: MapLibre and deck.gl cannot render
 * at build time, so the prerendered page and the hydrating render hold a placeholder in its place.
 */
export function DeferredMapView(props: MapViewProps) {
  const hydrated = useHydrated();
  return hydrated ? <MapView {...props} /> : <MapPlaceholder />;
}

function MapPlaceholder() {
  const { t } = useTranslation('map');
  return <section className="map-view map-view--placeholder" data-testid="map" aria-label={t('ariaLabel')} aria-busy="true" />;
}
