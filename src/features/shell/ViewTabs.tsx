import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { VIEWS, type MainView } from '../../state/viewState';
import { useViewStore } from '../../state/viewStore';

/** The id of the panel the tabs switch (App gives the map area this id). */
export const VIEW_PANEL_ID = 'view-panel';
export const viewTabId = (view: MainView) => `view-tab-${view}`;

/** Where each key moves in the tab set, from the current tab's index (the WAI-ARIA tabs pattern). */
const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * Switches the main area between the map, the statistics of the filter and the comparison: a tab
 * set, so only the chosen tab is in the Tab order and the arrow keys, Home and End move between them.
 */
export function ViewTabs() {
  const { t } = useTranslation('shell');
  const view = useViewStore((state) => state.view);
  const compareCount = useViewStore((state) => state.compare.length);
  const showView = useViewStore((state) => state.showView);
  const tabs = useRef(new Map<MainView, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent) => {
    const move = MOVES[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const next = VIEWS[move(VIEWS.indexOf(view), VIEWS.length)] ?? view;
    showView(next);
    tabs.current.get(next)?.focus();
  };
  return (
    <div className="view-tabs" role="tablist" aria-label={t('views')} onKeyDown={onKeyDown}>
      {VIEWS.map((name) => (
        <button
          key={name}
          ref={(element) => {
            if (element === null) tabs.current.delete(name);
            else tabs.current.set(name, element);
          }}
          id={viewTabId(name)}
          type="button"
          role="tab"
          aria-selected={view === name}
          aria-controls={VIEW_PANEL_ID}
          tabIndex={view === name ? 0 : -1}
          onClick={() => showView(name)}
        >
          {t(`view.${name}`, { count: compareCount })}
        </button>
      ))}
    </div>
  );
}
