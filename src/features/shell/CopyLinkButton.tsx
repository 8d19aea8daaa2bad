// "Copy link": the address already holds every choice (src/state/urlSync.ts), so the link is the
// exact view. Where the clipboard is not available, the link is shown to copy by hand.
import { useTranslation } from 'react-i18next';
import { useCopyText } from '../../ui/useCopyText';

export function CopyLinkButton({ note }: { note: string | null }) {
  const { t } = useTranslation('shell');
  const { state, copy } = useCopyText();
  return (
    <span className="copy-link">
      <button type="button" onClick={() => void copy(window.location.href)}>
        {t('copyLink')}
      </button>
      {note !== null && state === 'idle' && <span className="visually-hidden">{note}</span>}
      <span role="status" className={state === 'copied' ? 'copy-link__done' : 'visually-hidden'}>
        {state === 'copied' ? t('linkCopied') : ''}
      </span>
      {note !== null && state !== 'idle' && <span className="copy-link__note">{note}</span>}
      {typeof state === 'object' && (
        <input className="copy-link__manual" readOnly value={state.manual} aria-label={t('copyByHand')} onFocus={(event) => event.target.select()} autoFocus />
      )}
    </span>
  );
}
