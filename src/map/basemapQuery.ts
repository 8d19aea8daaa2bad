// The basemap's files as one query, shared by the map and the app's start: the page preloads them,
// and the app asks for them at once rather than when the map mounts (after a large dataset has
// loaded, say), so the preloads are used and the map finds its basemap ready.
import { queryOptions } from '@tanstack/react-query';
import { fetchBasemap } from './basemapStyle';
import { warnOnce } from './warnOnce';

const BASE_URL = import.meta.env.BASE_URL;

export const basemapQuery = queryOptions({
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
