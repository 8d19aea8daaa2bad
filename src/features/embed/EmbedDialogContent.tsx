// The embed code for the view as it is now: height to choose, and a responsive option that
// follows the embed's content height.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registerMessages } from '../../i18n/registerMessages';
import { serializeViewState } from '../../state/viewState';
import { pickViewState, useViewStore } from '../../state/viewStore';
import { useCopyText } from '../../ui/useCopyText';
import { embedSnippet } from './embedSnippet';
import { embedMessages } from './messages';
import './embed.css';

registerMessages('embed', embedMessages);

const HEIGHTS = [300, 450, 600, 800] as const;

export function EmbedDialogContent() {
  const { t } = useTranslation(['embed', 'common']);
  const headingId = useId();
  const [height, setHeight] = useState<number>(600);
  const [responsive, setResponsive] = useState(true);
  const search = useViewStore((state) => serializeViewState({ ...pickViewState(state), embed: 'map', figure: null }));
  const { state, copy } = useCopyText();
  const snippet = embedSnippet({
    src: `${window.location.origin}${window.location.pathname}${search}`,
    title: t('common:appTitle'),
    height,
    responsive,
  });
  return (
    <section aria-labelledby={headingId} className="embed-dialog__body">
      <form method="dialog" className="embed-dialog__close">
        <button type="submit">{t('close')}</button>
      </form>
      <h2 id={headingId}>{t('dialogTitle')}</h2>
      <p>{t('dialogHelp')}</p>
      <label>
        {t('height')}{' '}
        <select value={height} onChange={(event) => setHeight(Number(event.target.value))}>
          {HEIGHTS.map((option) => (
            <option key={option} value={option}>
              {t('heightPx', { height: option })}
            </option>
          ))}
        </select>
      </label>
      <label className="embed-dialog__responsive">
        <input type="checkbox" checked={responsive} onChange={(event) => setResponsive(event.target.checked)} /> {t('responsive')}
      </label>
      <label className="embed-dialog__snippet">
        {t('snippet')}
        <textarea readOnly value={snippet} rows={responsive ? 7 : 4} onFocus={(event) => event.target.select()} />
      </label>
      <button type="button" className="button-outline" onClick={() => void copy(snippet)}>
        {t('copy')}
      </button>{' '}
      <span role="status">{state === 'copied' ? t('copied') : ''}</span>
      <p className="embed-dialog__note">{t('framingNote')}</p>
    </section>
  );
}
