import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { takeUpdatedFlag } from './offlineCopy';

/** A small note after a new deployment took over: the page reloaded into the new version. */
export function UpdatedNotice() {
  const { t } = useTranslation('shell');
  const [shown, setShown] = useState(takeUpdatedFlag);
  if (!shown) return null;
  return (
    <div className="url-notices" role="status">
      <span>{t('updated')}</span>{' '}
      <button type="button" onClick={() => setShown(false)}>
        {t('dismiss')}
      </button>
    </div>
  );
}
