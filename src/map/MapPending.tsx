import { useTranslation } from 'react-i18next';

/**
 * The map's place while it cannot draw yet: before the prerendered page has hydrated
 * (DeferredMapView) and while the basemap loads (MapView). The same markup in both, so the
 * section keeps its name and size from the first paint to the drawn map.
 */
export function MapPending() {
  const { t } = useTranslation('map');
  return (
    <section className="map-view" data-testid="map" aria-label={t('ariaLabel')} aria-busy="true">
      <p className="map-message" role="status">
        {t('loading')}
      </p>
    </section>
  );
}
