// A chart with its title, its text alternative and its download buttons (PNG of the whole figure,
// SVG of the chart itself). Knows nothing of the data: the feature passes the chart and the words.
import { toPng } from 'html-to-image';
import { useId, useRef, useState, type ReactNode } from 'react';
import { standaloneSvg } from './chartSvg';
import { downloadText, downloadUrl } from './downloadFile';
import './chartFigure.css';

/** The charts' ink and bar colour, as --ink and --accent in styles.css (recharts takes colours as props). */
export const CHART_INK = '#1d2430';
export const CHART_ACCENT = '#0b5cad';

export interface ChartFigureLabels {
  /** Names the group of download buttons, e.g. "Download chart “Capacity by country”". */
  downloads: string;
  png: string;
  svg: string;
  failed: string;
}

export function ChartFigure({
  title,
  fileName,
  labels,
  description,
  children,
}: {
  title: string;
  /** Without extension. */
  fileName: string;
  labels: ChartFigureLabels;
  /** The text alternative: notes a sighted reader needs too, and a (visually hidden) table of the numbers. */
  description: ReactNode;
  /** The chart; hidden from assistive technology, which reads the description instead. */
  children: ReactNode;
}) {
  const titleId = useId();
  const figureRef = useRef<HTMLElement>(null);
  const chartRef = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  const downloadPng = async () => {
    const figure = figureRef.current;
    if (figure === null) return;
    setFailed(false);
    try {
      const url = await toPng(figure, {
        backgroundColor: '#ffffff',
        pixelRatio: 2,
        // The buttons are not part of the picture.
        filter: (node) => !(node instanceof HTMLElement && node.dataset.skipInImage !== undefined),
      });
      downloadUrl(url, `${fileName}.png`);
    } catch {
      setFailed(true);
    }
  };

  const downloadSvg = () => {
    const svg = chartRef.current?.querySelector<SVGSVGElement>('.recharts-wrapper > svg');
    if (svg === null || svg === undefined) {
      setFailed(true);
      return;
    }
    setFailed(false);
    downloadText(standaloneSvg(svg, title), 'image/svg+xml', `${fileName}.svg`);
  };

  return (
    <figure ref={figureRef} className="chart-figure" aria-labelledby={titleId}>
      <h3 id={titleId} className="chart-figure__title">
        {title}
      </h3>
      <div ref={chartRef} className="chart-figure__chart" aria-hidden="true">
        {children}
      </div>
      <figcaption className="chart-figure__caption">{description}</figcaption>
      <div className="chart-figure__downloads" role="group" aria-label={labels.downloads} data-skip-in-image="">
        <button type="button" className="button-outline" onClick={() => void downloadPng()}>
          {labels.png}
        </button>
        <button type="button" className="button-outline" onClick={downloadSvg}>
          {labels.svg}
        </button>
        {failed && <span role="alert">{labels.failed}</span>}
      </div>
    </figure>
  );
}
