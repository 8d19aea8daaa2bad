// A still image of the map as shown: the WebGL canvas (basemap and deck.gl layers, one context in
// interleaved mode) with the legend, scale bar and source note drawn over it, for a printed brief.
import { toCanvas } from 'html-to-image';
import type { Map as MapLibre } from 'maplibre-gl';

/** The map's picture (a PNG data URL), and whether its rivers, lakes and names were drawn in time. */
export interface MapPicture {
  image: string;
  withGeography: boolean;
}

/** A function the map hands out that makes its picture. */
export type MapSnapshot = () => Promise<MapPicture>;

/** Interface controls (zoom buttons) and pointer popovers are not part of the picture. */
const NOT_IN_PICTURE = ['map-controls', 'map-tooltip', 'map-chooser'];

export async function snapshotMap(map: MapLibre, container: HTMLElement): Promise<string> {
  const canvas = map.getCanvas();
  // Without preserveDrawingBuffer the canvas can be read only in the frame that drew it.
  const drawn = await new Promise<string>((resolve) => {
    map.once('render', () => resolve(canvas.toDataURL('image/png')));
    map.triggerRepaint();
  });
  const picture = document.createElement('canvas');
  picture.width = canvas.width;
  picture.height = canvas.height;
  const context = picture.getContext('2d');
  if (context === null) return drawn;
  context.drawImage(await loadImage(drawn), 0, 0);
  const overlay = await toCanvas(container, {
    pixelRatio: canvas.width / container.clientWidth,
    // The container's own background would cover the map.
    style: { background: 'transparent' },
    filter: (node) => !(node instanceof HTMLCanvasElement) && !(node instanceof HTMLElement && NOT_IN_PICTURE.some((name) => node.classList.contains(name))),
  });
  context.drawImage(overlay, 0, 0, picture.width, picture.height);
  return picture.toDataURL('image/png');
}

function loadImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = url;
  return image.decode().then(() => image);
}

