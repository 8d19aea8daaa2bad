import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyLinkButton } from './CopyLinkButton';
import { HeaderMoreMenu } from './HeaderMoreMenu';
import { useViewStore } from '../../state/viewStore';
import { LANGUAGES, type Language } from '../../vocabulary';

const LANGUAGE_NAMES: Record<Language, string> = { zh: '中文', en: 'English', ru: 'Русский' };

/** `search` is the search box, composed by App once the data is in (features don't import each other). */
export function Header({
  search,
  datasetButton,
  drawerButton,
  firstSpeech,
  linkNote,
  shareButtons,
}: {
  /** "Embed…" and "Print brief", composed by App (features don't import each other). */
  shareButtons?: ReactNode;
  /** What the copied link leaves out (layers opened from files), said beside "Copy link". */
  linkNote?: string | null;
  search?: ReactNode;
  datasetButton?: ReactNode;
  /** Opens the filters and list on a phone, where they live in a drawer. */
  drawerButton?: ReactNode;
  /** The id of the shown dataset's first speech; null until a dataset is in. */
  firstSpeech: string | null;
}) {
  const { t } = useTranslation();
  const { t: tShell } = useTranslation('shell');
  const language = useViewStore((state) => state.language);
  const setLanguage = useViewStore((state) => state.setLanguage);
  const openSpeech = useViewStore((state) => state.openSpeech);
  const speech = useViewStore((state) => state.speech);
  return (
    <header className="header">
      <div className="brand">
        <h1>{t('appTitle')}</h1>
        <p>{t('appSubtitle')}</p>
      </div>
      {/* Before the search: on a phone the drawer's button and the search share the second row. */}
      {drawerButton}
      {search}
      <nav className="header-actions">
        <HeaderMoreMenu label={tShell('moreActions')}>
        {datasetButton}
        <CopyLinkButton note={linkNote ?? null} />
        {shareButtons}
        <button
          type="button"
          aria-pressed={speech !== null}
          disabled={speech === null && firstSpeech === null}
          onClick={() => {
            const shown = speech ?? firstSpeech;
            if (shown !== null) openSpeech(shown);
          }}
        >
          {tShell('speeches')}
        </button>
        <label>
          <span className="visually-hidden">{t('language')}</span>
          {/* The options are exactly LANGUAGES, so the value is one of them. */}
          <select value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {LANGUAGE_NAMES[code]}
              </option>
            ))}
          </select>
        </label>
        </HeaderMoreMenu>
      </nav>
    </header>
  );
}
