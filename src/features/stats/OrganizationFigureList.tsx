// Figures the speeches state for an organisation as a whole: listed per organisation, added to nothing.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatQuantity } from '../../domain/format/formatQuantity';
import type { OrganizationFigures } from '../../domain/stats/organizationFigures';
import { QuoteButton } from './StatsButtons';
import { namesText } from './statsText';
import type { Language } from '../../vocabulary';

export function OrganizationFigureList({ entries, language }: { entries: readonly OrganizationFigures[]; language: Language }) {
  const { t } = useTranslation(['stats', 'common']);
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
              {t('organizationProjects', { names: namesText(projects, (project) => project.properties.name[language], language, t) })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
