// A chart's <svg> as a standalone file: the page's styles do not travel with it, so what it needs
// (namespace, size, font, a white ground, its title) is written into the copy.
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

export function standaloneSvg(svg: SVGSVGElement, title: string): string {
  const copy = svg.cloneNode(true);
  if (!(copy instanceof SVGSVGElement)) throw new Error('cloning an <svg> gave something else');
  const { width, height } = svg.getBoundingClientRect();
  copy.setAttribute('xmlns', SVG_NAMESPACE);
  if (width > 0 && height > 0) {
    copy.setAttribute('width', String(width));
    copy.setAttribute('height', String(height));
  }
  copy.setAttribute('font-family', getComputedStyle(svg).fontFamily || 'sans-serif');
  const ground = document.createElementNS(SVG_NAMESPACE, 'rect');
  ground.setAttribute('width', '100%');
  ground.setAttribute('height', '100%');
  ground.setAttribute('fill', '#ffffff');
  const titleElement = document.createElementNS(SVG_NAMESPACE, 'title');
  titleElement.textContent = title;
  copy.prepend(titleElement, ground);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}
