// "Copy link": the address already holds every choice (src/state/urlSync.ts), so the link is the
// exact view. Where the clipboard is not available, the link is shown to copy by hand.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type CopyState = 'idle' | 'copied' | { manual: string };

export function CopyLinkButton({ note }: { note: string | null }) {
  const { t } = useTranslation('shell');
  const [state, setState] = useState<CopyState>('idle');
  const copy = async () => {
    const link = window.location.href;
    try {
      await navigator.clipboard.writeText(link);
      setState('copied');
    } catch {
      setState({ manual: link });
    }
  };
  return (
    <span className="copy-link">
      <button type="button" onClick={() => void copy()}>
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
