// What happened to a layer file: still being read, or why it could not be opened.
import './layers.css';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../domain/format/formatQuantity';
import type { LayerFailure, LayerReading } from './useReferenceLayers';
import type { Language } from '../../vocabulary';

export function LayerMessages({
  reading,
  failures,
  onDismiss,
  language,
}: {
  reading: LayerReading | null;
  failures: readonly LayerFailure[];
  onDismiss: () => void;
  language: Language;
}) {
  const { t } = useTranslation('layers');
  return (
    <>
      {reading !== null && (
        <div className="layer-reading" role="status">
          {t('reading', { name: reading.name })}{' '}
          {reading.progress === null ? (
            <progress aria-label={t('reading', { name: reading.name })} />
          ) : (
            <>
              <progress max={reading.progress.total} value={reading.progress.read} aria-label={t('reading', { name: reading.name })} />{' '}
              {t('featuresRead', { read: formatNumber(reading.progress.read, language), total: formatNumber(reading.progress.total, language) })}
            </>
          )}
        </div>
      )}
      {failures.length > 0 && (
        <div className="layer-failures" role="alert">
          <ul>
            {failures.map((failure, index) => (
              <li key={`${failure.fileName}${index}`}>{t(`failure.${failure.reason}`, { name: failure.fileName, detail: failure.detail })}</li>
            ))}
          </ul>
          <button type="button" onClick={onDismiss}>
            {t('dismiss')}
          </button>
        </div>
      )}
    </>
  );
}
