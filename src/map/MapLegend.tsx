// The key to the map, drawn with the same palette, size scale and marker styles as the layers.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sector } from '../data/atlasSchema';
import { formatNumber, formatQuantity } from '../domain/format/formatQuantity';
import { cssColor as css, INK, SECTOR_COLORS, withAlpha, type RGB } from './palette';
import { NEUTRAL_RADIUS_PX, legendCapacities, markerRadius, type CapacityScale } from './markerScale';
import { ROUTE_DASH, ROUTE_WIDTH_PX, markerStyle, type MarkerStyle } from './pointData';
import { matchesMedia, PHONE_QUERY } from '../ui/media';
import type { Language } from '../vocabulary';

/** On a phone the legend would hide half the map: it starts folded there. */
const OPEN_AT_START = !matchesMedia(PHONE_QUERY);

/** Legend markers that stand for every sector are drawn in a neutral grey. */
const NEUTRAL: RGB = [95, 104, 118];
const SWATCH_RADIUS_PX = 7;


function MarkerSwatch({ style, radius }: { style: MarkerStyle; radius: number }) {
  const size = 2 * radius + style.outlineWidth + 2;
  return (
    <svg width={size} height={size} aria-hidden="true">
      <circle
        cx={size / 2}
        cy={size / 2}
        r={radius}
        fill={css(style.fill)}
        stroke={css(style.outline)}
        strokeWidth={style.outlineWidth}
        strokeDasharray={style.dash.every((length) => length === 0) ? undefined : style.dash.map((length) => length * style.outlineWidth).join(' ')}
      />
    </svg>
  );
}

/** Circles for a few capacities, drawn as the map draws them; nothing when the dataset states no capacity in MW. */
function SizeKey({ capacityScale, language }: { capacityScale: CapacityScale; language: Language }) {
  const { t } = useTranslation(['map', 'common']);
  const capacities = legendCapacities(capacityScale);
  const largest = capacities.at(-1);
  if (largest === undefined) return null;
  const sizeStyle = markerStyle(NEUTRAL, true, false);
  const largestRadius = markerRadius(largest, capacityScale);
  const sizeBox = 2 * largestRadius + sizeStyle.outlineWidth + 2;
  const margin = (sizeBox - 2 * largestRadius) / 2;
  return (
    <>
      <h3>{t('legend.capacity')}</h3>
      <ul className="map-legend-sizes">
        {capacities.map((capacity) => {
          const radius = markerRadius(capacity, capacityScale);
          return (
            <li key={capacity}>
              {/* Circles stand on one baseline, as on a printed map's size key. */}
              <svg width={2 * radius + 2 * margin} height={sizeBox} aria-hidden="true">
                <circle
                  data-capacity={capacity}
                  cx={radius + margin}
                  cy={sizeBox - radius - margin}
                  r={radius}
                  fill={css(withAlpha(NEUTRAL, 90))}
                  stroke={css(withAlpha(INK, 220))}
                  strokeWidth={sizeStyle.outlineWidth}
                />
              </svg>
              {formatQuantity(capacity, 'MW', null, language)}
            </li>
          );
        })}
      </ul>
    </>
  );
}

interface MapLegendProps {
  sectors: readonly Sector[];
  capacityScale: CapacityScale;
  language: Language;
  /** The map counts projects in cells instead of showing markers (densityCells.ts). */
  showsCells: boolean;
  /** Shown projects the speeches give no place: listed and counted, never drawn. */
  unmappedCount: number;
  /** The entries of the visitor's own reference layers, if any are open. */
  references?: ReactNode;
}

export function MapLegend({ sectors, capacityScale, language, showsCells, unmappedCount, references }: MapLegendProps) {
  const { t } = useTranslation(['map', 'common']);
  return (
    <details className="map-legend" open={OPEN_AT_START}>
      <summary>{t('legend.title')}</summary>
      {showsCells && <p className="map-legend-cells">{t('legend.cells')}</p>}
      {unmappedCount > 0 && <p className="map-legend-unmapped">{t('legend.unmapped', { count: unmappedCount, formatted: formatNumber(unmappedCount, language) })}</p>}
      <h3>{t('legend.sectors')}</h3>
      <ul className="map-legend-sectors">
        {sectors.map((sector) => (
          <li key={sector} data-sector={sector}>
            <MarkerSwatch style={markerStyle(SECTOR_COLORS[sector], true, false)} radius={5} />
            {t(`common:sector.${sector}`)}
          </li>
        ))}
      </ul>
      {references}
      {!showsCells && (
        <>
          <SizeKey capacityScale={capacityScale} language={language} />
          <ul className="map-legend-kinds">
            <li>
              <MarkerSwatch style={markerStyle(NEUTRAL, false, false)} radius={NEUTRAL_RADIUS_PX} />
              {t('legend.noCapacity')}
            </li>
            <li>
              <MarkerSwatch style={markerStyle(NEUTRAL, true, false)} radius={SWATCH_RADIUS_PX} />
              {t('legend.site')}
            </li>
            <li>
              <MarkerSwatch style={markerStyle(NEUTRAL, true, true)} radius={SWATCH_RADIUS_PX} />
              {t('legend.approximate')}
            </li>
            <li>
              <svg width={30} height={12} aria-hidden="true">
                <line
                  x1={ROUTE_WIDTH_PX / 2}
                  x2={30 - ROUTE_WIDTH_PX / 2}
                  y1={6}
                  y2={6}
                  stroke={css(withAlpha(NEUTRAL, 255))}
                  strokeWidth={ROUTE_WIDTH_PX}
                  // Route dashes are measured in half route widths.
                  strokeDasharray={ROUTE_DASH.map((length) => (length * ROUTE_WIDTH_PX) / 2).join(' ')}
                />
              </svg>
              {t('legend.route')}
            </li>
          </ul>
        </>
      )}
    </details>
  );
}
