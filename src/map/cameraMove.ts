// Where the camera goes when a project is selected: pure, so the reduced-motion rule and the
// phone's bottom sheet are tested without a map.
import type { ProjectGeometry } from '../data/atlasSchema';

export const EASE_MS = 800;
/** Easing to a project zooms in at least this far, so the marker stands apart from its neighbours. */
export const FOCUS_ZOOM = 4.5;
const ROUTE_PADDING_PX = 60;

export interface CameraContext {
  currentZoom: number;
  /** prefers-reduced-motion: the camera jumps instead of flying. */
  reducedMotion: boolean;
  /** Pixels at the bottom of the map hidden under a panel (the phone's bottom sheet). */
  bottomInset: number;
}

export type CameraMove =
  | { kind: 'ease'; center: [number, number]; zoom: number; offset: [number, number]; duration: number }
  | {
      kind: 'fit';
      bounds: [[number, number], [number, number]];
      padding: { top: number; right: number; bottom: number; left: number };
      duration: number;
    };

export function cameraDuration(reducedMotion: boolean): number {
  return reducedMotion ? 0 : EASE_MS;
}

/** Null for a project without a place: the camera stays where the visitor left it. */
export function cameraMoveTo(geometry: ProjectGeometry | null, { currentZoom, reducedMotion, bottomInset }: CameraContext): CameraMove | null {
  if (geometry === null) return null;
  const duration = cameraDuration(reducedMotion);
  if (geometry.type === 'Point') {
    // Centre the project in the part of the map that is still visible.
    const [longitude, latitude] = geometry.coordinates;
    return { kind: 'ease', center: [longitude, latitude], zoom: Math.max(currentZoom, FOCUS_ZOOM), offset: [0, 0 - bottomInset / 2], duration };
  }
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [longitude, latitude] of geometry.coordinates) {
    west = Math.min(west, longitude);
    east = Math.max(east, longitude);
    south = Math.min(south, latitude);
    north = Math.max(north, latitude);
  }
  return {
    kind: 'fit',
    bounds: [
      [west, south],
      [east, north],
    ],
    padding: { top: ROUTE_PADDING_PX, right: ROUTE_PADDING_PX, bottom: ROUTE_PADDING_PX + bottomInset, left: ROUTE_PADDING_PX },
    duration,
  };
}
