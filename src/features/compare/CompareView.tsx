// The projects the visitor picked, side by side: a card each with what the speeches say, and one
// chart per unit of their figures.
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { compareCharts, pickedProjects } from '../../domain/compare/compareCharts';
import { formatNumber } from '../../domain/format/formatQuantity';
import { useViewStore } from '../../state/viewStore';
import { CompareCard, type CiteFigure } from './CompareCard';
import { CompareChart } from './CompareChart';
import './compare.css';
import type { AtlasData } from '../../vocabulary';

export function CompareView({ data, citeFigure }: { data: AtlasData; citeFigure: CiteFigure }) {
  const { t } = useTranslation('compare');
  const language = useViewStore((state) => state.language);
  const ids = useViewStore((state) => state.compare);
  const clearCompare = useViewStore((state) => state.clearCompare);
  const showView = useViewStore((state) => state.showView);
  const picked = useMemo(() => pickedProjects(data, ids), [data, ids]);
  const charts = useMemo(() => compareCharts(data, picked), [data, picked]);
  const headingId = useId();

  return (
    <section className="compare" aria-labelledby={headingId}>
      <header className="compare__header">
        <h2 id={headingId}>{t('heading')}</h2>
        {picked.length > 0 && (
          <>
            <p>{t('pickedCount', { count: picked.length, formatted: formatNumber(picked.length, language) })}</p>
            <button type="button" className="button-outline" onClick={clearCompare}>
              {t('clearAll')}
            </button>
          </>
        )}
      </header>
      {picked.length === 0 ? (
        <div className="compare__empty">
          <p>{t('empty')}</p>
          <p>{t('emptyHelp')}</p>
          <button type="button" className="button-outline" onClick={() => showView('map')}>
            {t('showMap')}
          </button>
        </div>
      ) : (
        <>
          <ul className="compare__cards">
            {picked.map((project) => (
              <li key={project.id}>
                <CompareCard data={data} project={project} language={language} citeFigure={citeFigure} />
              </li>
            ))}
          </ul>
          <p className="compare__intro">{charts.length === 0 ? t('noCharts') : t('chartsIntro')}</p>
          <div className="compare__charts">
            {charts.map((chart) => (
              <CompareChart key={chart.unit} data={data} chart={chart} language={language} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
