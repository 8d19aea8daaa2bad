import { useTranslation } from 'react-i18next';
import { AtlasLoadError, OtherOriginError } from '../../data/loadAtlas';
import type { LoadMessage } from '../../data/loadMessages';
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
  const { t: tLoad } = useTranslation('load');
  const say = ({ key, values }: LoadMessage) => tLoad(key, values);
  const loadError = error instanceof AtlasLoadError ? error : null;
  // Refused before any request: trying again would be refused again.
  const refused = error instanceof OtherOriginError;
  const problems = loadError?.problems ?? [];
  return (
    <main className="load-state">
      <div role="alert">
        <h2>{t('loadFailed')}</h2>
        <p>{loadError === null ? error.message : say(loadError.reason)}</p>
        {problems.length > 0 && (
          <ul className="problems">
            {problems.map((problem, index) => (
              // The field path and record stay as written in the file; the sentence is in the visitor's language.
              <li key={index}>
                <code>{problem.path}</code>: {say(problem.message)}
                {problem.record !== null && <> [<code>{problem.record}</code>]</>}
              </li>
            ))}
            {loadError !== null && loadError.unlisted > 0 && <li>{tLoad('moreProblems', { count: loadError.unlisted })}</li>}
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
