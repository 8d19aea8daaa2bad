// "Print brief": pictures the map as shown, lays the selection out as a brief (filters, or the
// comparison when it is shown) and opens the browser's print dialog, where "Save as PDF" is one
// choice. The brief and its words load with the first click; it stays in the page, hidden on
// screen, so printing again (or a PDF printer) gets it too.
import { lazy, Suspense, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { AtlasData } from '../../vocabulary';
import type { MapPicture, MapSnapshot } from '../../map/snapshotMap';
import { warnOnce } from '../../map/warnOnce';

const PrintBrief = lazy(() => import('./PrintBrief').then((module) => ({ default: module.PrintBrief })));

interface BriefMoment {
  /** The map's picture; null where it cannot be made (no WebGL). */
  mapPicture: MapPicture | null;
  made: Date;
  permalink: string;
}

export function PrintBriefButton({ data, snapshotRef }: { data: AtlasData | undefined; snapshotRef: RefObject<MapSnapshot | null> }) {
  const { t } = useTranslation('shell');
  const [moment, setMoment] = useState<BriefMoment | null>(null);
  const [preparing, setPreparing] = useState(false);
  const prepare = async () => {
    setPreparing(true);
    const snapshot = snapshotRef.current;
    const mapPicture = snapshot === null ? null : await snapshot().catch((error: unknown) => (warnOnce('brief map', error), null));
    setMoment({ mapPicture, made: new Date(), permalink: window.location.href });
  };
  return (
    <>
      <button type="button" disabled={data === undefined || preparing} onClick={() => void prepare()}>
        {t('printBrief')}
      </button>
      <span role="status" className="visually-hidden">
        {preparing ? t('preparingBrief') : ''}
      </span>
      {data !== undefined &&
        moment !== null &&
        createPortal(
          <Suspense fallback={null}>
            <PrintBrief
              key={moment.made.getTime()}
              data={data}
              {...moment}
              onReady={() => {
                setPreparing(false);
                window.print();
              }}
            />
          </Suspense>,
          document.body,
        )}
    </>
  );
}
