// Figures the speeches state for an organisation as a whole: listed per organisation, added to nothing.
import { useId } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ProjectFeature } from '../../data/atlasSchema';
import { formatNumber, formatQuantity } from '../../domain/format/formatQuantity';
import type { OrganizationFigures } from '../../domain/stats/organizationFigures';
import type { Language } from '../../state/viewState';
import { LIST_STEP, QuoteButton } from './StatsButtons';

export function OrganizationFigureList({ entries, language }: { entries: readonly OrganizationFigures[]; language: Language }) {
  const { t } = useTranslation('stats');
  const headingId = useId();
  return (
    <section className="stats__section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('organizationsHeading')}</h3>
      <p className="stats__intro">{t('organizationsIntro')}</p>
      <ul className="stats__organizations">
        {entries.map(({ organization, figures, projects }) => (
          <li key={organization.id}>
            <h4>{organization.name[language]}</h4>
            <ul className="stats__contributions">
              {figures.map((figure) => {
                const metric = t(`common:metric.${figure.metric}`);
                return (
                  <li key={figure.id} className="stats__contribution-line">
                    <span>{metric}</span>
                    <span className="stats__figure">{formatQuantity(figure.value, figure.unit, figure.qualifier, language)}</span>
                    <QuoteButton figure={figure} subject={`${metric} — ${organization.name[language]}`} />
                  </li>
                );
              })}
            </ul>
            <p className="stats__unstated">
              {t('organizationProjects', { names: namesText(projects, language, t) })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The first LIST_STEP names, then how many more: an organisation may build a hundred thousand projects. */
function namesText(projects: readonly ProjectFeature[], language: Language, t: TFunction<'stats'>): string {
  const names = projects.slice(0, LIST_STEP).map((project) => project.properties.name[language]).join(t('listSeparator'));
  const rest = projects.length - LIST_STEP;
  return rest > 0 ? t('moreNames', { names, rest: formatNumber(rest, language) }) : names;
}
