// Each open reference layer in the map's legend: its swatch (sized on the projects' scale when it
// maps capacities), show/hide, remove, whether the view counts it in cells, and every row that could
// not be placed.
import './layers.css';
import { useTranslation } from 'react-i18next';
import { formatQuantity } from '../../domain/format/formatQuantity';
import { largestLayerCapacity, type PlacementProblem } from '../../domain/layers/referenceLayer';
import { markerRadius, NEUTRAL_RADIUS_PX, type CapacityScale } from '../../map/markerScale';
import { cssColor as css } from '../../map/palette';
import { REFERENCE_CELL_FILL, REFERENCE_FILL, REFERENCE_OUTLINE, REFERENCE_OUTLINE_PX } from '../../map/referenceLayers';
import type { OpenLayer } from './useReferenceLayers';
import type { Language } from '../../vocabulary';

function useProblemText() {
  const { t } = useTranslation('layers');
  return ({ unit, number, reason, detail }: PlacementProblem) =>
    t('problem', { unit: t(`unit.${unit}`), number, reason: t(`reason.${reason}`, { detail: detail ?? '' }) });
}

interface LegendProps {
  layers: readonly OpenLayer[];
  /** The layers the view counts in cells, by id. */
  counted: ReadonlySet<string>;
  /** The scale the map draws with (projects' and layers' largest capacity). */
  capacityScale: CapacityScale;
  language: Language;
  onToggle: (layer: OpenLayer) => void;
  onRemove: (layer: OpenLayer) => void;
}

export function ReferenceLayerLegend({ layers, counted, capacityScale, language, onToggle, onRemove }: LegendProps) {
  const { t } = useTranslation('layers');
  const problemText = useProblemText();
  if (layers.length === 0) return null;
  return (
    <section className="reference-legend" aria-label={t('legendTitle')}>
      <h3>{t('legendTitle')}</h3>
      <ul>
        {layers.map((open) => {
          const { layer } = open;
          const largest = largestLayerCapacity(layer);
          const radius = largest > 0 ? markerRadius(largest, capacityScale) : NEUTRAL_RADIUS_PX;
          const size = 2 * radius + REFERENCE_OUTLINE_PX + 2;
          return (
            <li key={open.id} data-layer={layer.fileName}>
              <label className="reference-legend__name">
                <input type="checkbox" checked={open.visible} onChange={() => onToggle(open)} aria-label={t('show', { name: layer.fileName })} />
                <svg width={size} height={size} aria-hidden="true">
                  <circle
                    data-capacity={largest > 0 ? largest : undefined}
                    cx={size / 2}
                    cy={size / 2}
                    r={radius}
                    fill={css(REFERENCE_FILL)}
                    stroke={css(REFERENCE_OUTLINE)}
                    strokeWidth={REFERENCE_OUTLINE_PX}
                  />
                </svg>
                <span>
                  {layer.fileName} · {t('features', { count: layer.features.length })}
                </span>
              </label>
              <button type="button" onClick={() => onRemove(open)} aria-label={t('removeLabel', { name: layer.fileName })}>
                {t('remove')}
              </button>
              {counted.has(open.id) && (
                <p className="reference-legend__note reference-legend__counted">
                  <svg width={14} height={14} aria-hidden="true">
                    <circle cx={7} cy={7} r={6} fill={css(REFERENCE_CELL_FILL)} stroke="white" strokeWidth={1.5} />
                  </svg>
                  {t('countedInCells')}
                </p>
              )}
              {largest > 0 && <p className="reference-legend__note">{t('sizedByCapacity', { amount: formatQuantity(largest, 'MW', null, language) })}</p>}
              {layer.problems.length > 0 && (
                <details className="reference-legend__problems">
                  <summary>{t('notPlaced', { count: layer.problems.length })}</summary>
                  <ul>
                    {layer.problems.map((problem) => (
                      <li key={`${problem.unit}${problem.number}`}>{problemText(problem)}</li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
