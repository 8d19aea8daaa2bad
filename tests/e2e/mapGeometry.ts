// Where a coordinate lands on screen for a map opened with ?map=lon,lat,zoom: Web Mercator with
// MapLibre's 512-pixel world at zoom 0, centred on the map element.
export interface Viewport {
  longitude: number;
  latitude: number;
  zoom: number;
}

function worldPixels([longitude, latitude]: readonly [number, number], zoom: number): [number, number] {
  const size = 512 * 2 ** zoom;
  const sin = Math.sin((latitude * Math.PI) / 180);
  return [((longitude + 180) / 360) * size, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size];
}

export function screenPoint(
  coordinate: readonly [number, number],
  viewport: Viewport,
  box: { x: number; y: number; width: number; height: number },
): { x: number; y: number } {
  const [px, py] = worldPixels(coordinate, viewport.zoom);
  const [cx, cy] = worldPixels([viewport.longitude, viewport.latitude], viewport.zoom);
  return { x: box.x + box.width / 2 + (px - cx), y: box.y + box.height / 2 + (py - cy) };
}

export function mapParam({ longitude, latitude, zoom }: Viewport): string {
  return `map=${longitude},${latitude},${zoom}`;
}
