import { MapPending } from '../../map/MapPending';
import { MapView, type MapViewProps } from '../../map/MapView';
import { useHydrated } from '../../ui/useHydrated';

/**
 * The map, mounted once the prerendered first view has hydrated: MapLibre and deck.gl cannot render
 * at build time, so the prerendered page and the hydrating render hold a placeholder in its place.
 */
export function DeferredMapView(props: MapViewProps) {
  const hydrated = useHydrated();
  return hydrated ? <MapView {...props} /> : <MapPending />;
}

