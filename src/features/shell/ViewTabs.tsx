import { useTranslation } from 'react-i18next';
import { VIEWS } from '../../state/viewState';
import { useViewStore } from '../../state/viewStore';

/** Switches the main area between the map, the statistics of the filter and the comparison. */
export function ViewTabs() {
  const { t } = useTranslation('shell');
  const view = useViewStore((state) => state.view);
  const compareCount = useViewStore((state) => state.compare.length);
  const showView = useViewStore((state) => state.showView);
  return (
    <nav className="view-tabs" aria-label={t('views')}>
      {VIEWS.map((name) => (
        <button key={name} type="button" aria-pressed={view === name} onClick={() => showView(name)}>
          {t(`view.${name}`, { count: compareCount })}
        </button>
      ))}
    </nav>
  );
}
