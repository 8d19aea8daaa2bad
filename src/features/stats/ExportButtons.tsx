// The shown projects as files: GeoJSON for maps, CSV (one row per figure, with its quote) for spreadsheets.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectFeature } from '../../data/atlasSchema';
import type { AtlasData } from '../../data/loadAtlas';
import { projectsCsv } from '../../domain/export/projectsCsv';
import { projectsGeoJson } from '../../domain/export/projectsGeoJson';
import { formatNumber } from '../../domain/format/formatQuantity';
import type { Language } from '../../state/viewState';
import { downloadText } from '../../ui/downloadFile';

const FILE_NAME = 'silk-road-atlas-projects';

export function ExportButtons({ data, shown, language }: { data: AtlasData; shown: readonly ProjectFeature[]; language: Language }) {
  const { t } = useTranslation('stats');
  const labelId = useId();
  return (
    <div className="stats__export" role="group" aria-labelledby={labelId}>
      <span id={labelId}>{t('exportHeading', { count: shown.length, formatted: formatNumber(shown.length, language) })}</span>
      <button
        type="button"
        disabled={shown.length === 0}
        onClick={() => downloadText(JSON.stringify(projectsGeoJson(data, shown), null, 2), 'application/geo+json', `${FILE_NAME}.geojson`)}
      >
        {t('exportGeoJson')}
      </button>
      <button type="button" disabled={shown.length === 0} onClick={() => downloadText(projectsCsv(data, shown), 'text/csv;charset=utf-8', `${FILE_NAME}.csv`)}>
        {t('exportCsv')}
      </button>
    </div>
  );
}
