// Bring your own dataset: a file dropped anywhere on the page or picked with the button is
// checked like the shipped one; a banner says which dataset is shown and leads back.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** Calls `onFile` with a file dropped anywhere on the page. */
export function useDroppedFile(onFile: (file: File) => void) {
  const latest = useRef(onFile);
  latest.current = onFile;
  useEffect(() => {
    const allowDrop = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (file === undefined) return;
      event.preventDefault();
      latest.current(file);
    };
    window.addEventListener('dragover', allowDrop);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', allowDrop);
      window.removeEventListener('drop', drop);
    };
  }, []);
}

export function OpenDatasetButton({ onFile }: { onFile: (file: File) => void }) {
  const { t } = useTranslation('shell');
  return (
    <label className="open-dataset">
      {t('openDataset')}
      <input
        type="file"
        accept=".json,.geojson,.csv,.tsv,.txt,application/json,application/geo+json,text/csv,text/tab-separated-values"
        className="visually-hidden"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file !== undefined) onFile(file);
          event.target.value = '';
        }}
      />
    </label>
  );
}

export function DatasetBanner({ name, kept, onReset }: { name: string; kept: boolean; onReset: () => void }) {
  const { t } = useTranslation('shell');
  return (
    <div className="dataset-banner" role="status">
      <span>{t('datasetShown', { name })}</span>
      {!kept && <span>{t('datasetNotInLink')}</span>}
      <button type="button" onClick={onReset}>
        {t('backToForum')}
      </button>
    </div>
  );
}
