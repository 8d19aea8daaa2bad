// What a visitor sees when pointing at a project: name, sector, headline figure, and how
// approximate the location is.
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { MappedProject } from '../data/atlasSchema';
import { formatNumber, formatQuantity } from '../domain/format/formatQuantity';
import { headlineFigure } from './headlineFigure';
import type { DensityCell } from './densityCells';
import { SECTOR_COLORS } from './palette';
import { isApproximate } from './pointData';
import type { ReferenceFeature } from '../domain/layers/referenceLayer';
import type { ReferenceCell } from './referenceLayers';
import type { Language } from '../vocabulary';

export function MapTooltip({ project, language, style }: { project: MappedProject; language: Language; style: CSSProperties }) {
  const { t } = useTranslation(['map', 'common']);
  const { name, sector, location } = project.properties;
  const figure = headlineFigure(project);
  const figureText =
    figure === null
      ? t('tooltip.noFigure')
      : [
          t('tooltip.figure', {
            metric: t(`common:metric.${figure.metric}`),
            amount: formatQuantity(figure.value, figure.unit, figure.qualifier, language),
          }),
          figure.phase === undefined ? null : t('tooltip.phase', { phase: t(`common:phase.${figure.phase}`) }),
        ]
          .filter((part) => part !== null)
          .join(' ');
  return (
    <div className="map-tooltip" role="tooltip" style={style} data-testid="map-tooltip">
      <strong>{name[language]}</strong>
      <span className="map-tooltip-sector">{t(`common:sector.${sector}`)}</span>
      <span>{figureText}</span>
      {isApproximate(project) && (
        <span className="map-tooltip-precision">{t('tooltip.location', { precision: t(`common:precision.${location.precision}`) })}</span>
      )}
    </div>
  );
}

/** Pointing at a density cell: how many projects it counts, by sector, and that a click zooms in. */
export function CellTooltip({ cell, language, style }: { cell: DensityCell; language: Language; style: CSSProperties }) {
  const { t } = useTranslation(['map', 'common']);
  return (
    <div className="map-tooltip" role="tooltip" style={style} data-testid="map-tooltip">
      <strong>{t('cellTooltip', { count: cell.count, formatted: formatNumber(cell.count, language) })}</strong>
      <ul className="map-tooltip-sectors">
        {cell.sectors.map(({ sector, count }) => (
          <li key={sector}>
            <span className="map-swatch" style={{ background: `rgb(${SECTOR_COLORS[sector].join(' ')})` }} aria-hidden="true" />
            {t(`common:sector.${sector}`)}: {formatNumber(count, language)}
          </li>
        ))}
      </ul>
      <span>{t('cellHint')}</span>
    </div>
  );
}

/** Pointing at a feature of a reference layer: its name, the mapped fields (as text) and whose file it is. */
export function ReferenceTooltip({ feature, fileName, language, style }: { feature: ReferenceFeature; fileName: string; language: Language; style: CSSProperties }) {
  const { t } = useTranslation(['map', 'common']);
  const { name, capacityMw, fields } = feature.properties;
  return (
    <div className="map-tooltip" role="tooltip" style={style} data-testid="map-tooltip">
      <strong>{name}</strong>
      {capacityMw !== null && <span>{formatQuantity(capacityMw, 'MW', null, language)}</span>}
      <dl className="map-tooltip-fields">
        {fields.map(([key, value]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <span className="map-tooltip-precision">{t('reference.fromFile', { name: fileName })}</span>
    </div>
  );
}

/** Pointing at a cell of a large reference layer: how many of its points it counts, their megawatts, and whose file it is. */
export function ReferenceCellTooltip({ cell, fileName, language, style }: { cell: ReferenceCell; fileName: string; language: Language; style: CSSProperties }) {
  const { t } = useTranslation(['map', 'common']);
  return (
    <div className="map-tooltip" role="tooltip" style={style} data-testid="map-tooltip">
      <strong>{t('reference.cellCount', { count: cell.count, formatted: formatNumber(cell.count, language) })}</strong>
      {cell.withCapacity > 0 && (
        <span>{t('reference.cellCapacity', { amount: formatQuantity(cell.megawatts, 'MW', null, language), stated: formatNumber(cell.withCapacity, language) })}</span>
      )}
      <span>{t('cellHint')}</span>
      <span className="map-tooltip-precision">{t('reference.fromFile', { name: fileName })}</span>
    </div>
  );
}
