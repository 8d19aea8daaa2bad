import { useTranslation } from 'react-i18next';
import { useViewStore } from '../../state/viewStore';

/** Tells the visitor which parts of their link were dropped, instead of failing silently. */
export function UrlNotices() {
  const { t } = useTranslation('shell');
  const notices = useViewStore((state) => state.notices);
  const dismiss = useViewStore((state) => state.dismissNotices);
  if (notices.length === 0) return null;
  return (
    <div className="url-notices" role="status">
      <span>{t('noticeTitle')}</span>{' '}
      {notices.map(({ param, value }) => (
        <code key={`${param}=${value}`}>
          {param}={value}
        </code>
      ))}
      <button type="button" onClick={dismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}
