// What happened to a layer file: still being read, or why it could not be opened.
import './layers.css';
import { useTranslation } from 'react-i18next';
import type { LayerFailure } from './useReferenceLayers';

export function LayerMessages({ reading, failures, onDismiss }: { reading: string | null; failures: readonly LayerFailure[]; onDismiss: () => void }) {
  const { t } = useTranslation('layers');
  return (
    <>
      {reading !== null && (
        <div className="layer-reading" role="status">
          {t('reading', { name: reading })} <progress />
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
