// The shown projects as files: GeoJSON for maps, CSV (one row per figure, with its quote) for spreadsheets.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectFeature } from '../../data/atlasSchema';
import { projectsCsvBlob } from '../../domain/export/projectsCsv';
import { projectsGeoJsonBlob } from '../../domain/export/projectsGeoJson';
import { formatNumber } from '../../domain/format/formatQuantity';
import { downloadBlob } from '../../ui/downloadFile';
import type { AtlasData, Language } from '../../vocabulary';

const FILE_NAME = 'silk-road-atlas-projects';

export function ExportButtons({ data, shown, language }: { data: AtlasData; shown: readonly ProjectFeature[]; language: Language }) {
  const { t } = useTranslation('stats');
  const labelId = useId();
  const [failure, setFailure] = useState<string | null>(null);
  // A browser may refuse a file too large for its memory: the visitor is told, not left with a button that does nothing.
  const save = (makeFile: () => Blob, fileName: string) => {
    try {
      downloadBlob(makeFile(), fileName);
      setFailure(null);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <div className="stats__export" role="group" aria-labelledby={labelId}>
      <span id={labelId}>{t('exportHeading', { count: shown.length, formatted: formatNumber(shown.length, language) })}</span>
      <button type="button" disabled={shown.length === 0} onClick={() => save(() => projectsGeoJsonBlob(data, shown), `${FILE_NAME}.geojson`)}>
        {t('exportGeoJson')}
      </button>
      <button type="button" disabled={shown.length === 0} onClick={() => save(() => projectsCsvBlob(data, shown), `${FILE_NAME}.csv`)}>
        {t('exportCsv')}
      </button>
      {failure !== null && (
        <p role="alert" className="stats__export-failure">
          {t('exportFailed', { reason: failure })}
        </p>
      )}
    </div>
  );
}
