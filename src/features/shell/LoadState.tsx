import { useTranslation } from 'react-i18next';
import { AtlasLoadError, OtherOriginError } from '../../data/loadAtlas';
import type { ReadProgress } from '../../data/readAtlasInWorker';

/** While a large dataset is read in its worker, how many of its projects are checked so far. */
export function Loading({ progress }: { progress: ReadProgress | null }) {
  const { t, i18n } = useTranslation('shell');
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <div className="load-state" aria-busy="true">
      <p role="status">{t('loading')}</p>
      {progress !== null && (
        <>
          <progress max={progress.total} value={progress.read} aria-label={t('readingProjects')} />
          <p>{t('projectsRead', { read: number.format(progress.read), total: number.format(progress.total) })}</p>
        </>
      )}
    </div>
  );
}

export function LoadFailure({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation('shell');
  const problems = error instanceof AtlasLoadError ? error.problems : [];
  // Refused before any request: trying again would be refused again.
  const refused = error instanceof OtherOriginError;
  return (
    <main className="load-state">
      <div role="alert">
        <h2>{t('loadFailed')}</h2>
        <p>{refused ? t('otherOrigin', { url: error.url }) : error.message}</p>
        {problems.length > 0 && (
          <ul className="problems">
            {problems.map((problem) => (
              <li key={problem}>
                <code>{problem}</code>
              </li>
            ))}
          </ul>
        )}
      </div>
      {!refused && (
        <button type="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </main>
  );
}
