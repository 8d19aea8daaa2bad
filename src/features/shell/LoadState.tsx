import { useTranslation } from 'react-i18next';
import { AtlasLoadError } from '../../data/loadAtlas';

export function Loading() {
  const { t } = useTranslation('shell');
  return (
    <main className="load-state" aria-busy="true">
      <p role="status">{t('loading')}</p>
    </main>
  );
}

export function LoadFailure({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation('shell');
  const problems = error instanceof AtlasLoadError ? error.problems : [];
  return (
    <main className="load-state">
      <div role="alert">
        <h2>{t('loadFailed')}</h2>
        <p>{error.message}</p>
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
      <button type="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </main>
  );
}
