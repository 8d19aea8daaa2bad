// One picked project: what it is, where, who built it, and every figure the speeches state for it
// (alone, or together with other projects), each with a way to its quote.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Figure, ProjectFeature } from '../../data/atlasSchema';
import { formatQuantity } from '../../domain/format/formatQuantity';
import { useViewStore } from '../../state/viewStore';
import { ProjectFactRows } from '../../ui/ProjectFactRows';
import type { AtlasData, Language } from '../../vocabulary';

/** The control beside each figure that cites it (the shell passes the cite feature's button). */
export type CiteFigure = (figureId: string, subject: string) => ReactNode;

export function CompareCard({ data, project, language, citeFigure }: { data: AtlasData; project: ProjectFeature; language: Language; citeFigure: CiteFigure }) {
  const { t } = useTranslation(['compare', 'common']);
  const toggleCompare = useViewStore((state) => state.toggleCompare);
  const selectProject = useViewStore((state) => state.selectProject);
  const headingId = useId();
  const { name, builder, figures } = project.properties;
  const organization = builder === null ? undefined : data.organizationsById.get(builder.organization);
  const groups = project.properties.groups.flatMap((id) => data.groupsById.get(id) ?? []);

  return (
    <article className="compare-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="compare-card__title">
        {name[language]}
      </h3>
      <dl className="compare-card__facts">
        <ProjectFactRows project={project} organization={organization} language={language} />
      </dl>
      <h4 className="compare-card__subheading">{t('figures')}</h4>
      {figures.length === 0 && groups.length === 0 ? (
        <p className="compare-card__empty">{t('noFigures')}</p>
      ) : (
        <ul className="compare-card__figures">
          {figures.map((figure) => (
            <FigureItem key={figure.id} figure={figure} subject={name[language]} language={language} citeFigure={citeFigure} />
          ))}
          {groups.map((group) => (
            <li key={group.id} className="compare-card__group">
              <span>
                {t('groupFigure', {
                  members: t(group.openEnded ? 'membersAndOthers' : 'members', {
                    list: group.members
                      .filter((id) => id !== project.id)
                      .map((id) => data.projectsById.get(id)?.properties.name[language] ?? id)
                      .join(t('listSeparator')),
                  }),
                })}
              </span>
              <ul className="compare-card__figures">
                {group.figures.map((figure) => (
                  <FigureItem key={figure.id} figure={figure} subject={group.name[language]} language={language} citeFigure={citeFigure} />
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <div className="compare-card__actions">
        <button type="button" className="button-outline" onClick={() => selectProject(project.id)}>
          {t('showDetails')}
          <span className="visually-hidden">{t('showDetailsSubject', { name: name[language] })}</span>
        </button>
        <button type="button" className="button-outline" onClick={() => toggleCompare(project.id)}>
          {t('remove')}{' '}
          <span className="visually-hidden">{t('removeSubject', { name: name[language] })}</span>
        </button>
      </div>
    </article>
  );
}

function FigureItem({
  figure,
  subject,
  language,
  citeFigure,
}: {
  figure: Figure;
  subject: string;
  language: Language;
  citeFigure: CiteFigure;
}) {
  const { t } = useTranslation(['compare', 'common']);
  const openSpeech = useViewStore((state) => state.openSpeech);
  const metric = t(`common:metric.${figure.metric}`);
  const label = figure.phase === undefined ? metric : t('metricWithPhase', { metric, phase: t(`common:phase.${figure.phase}`) });
  return (
    <li className="compare-card__figure">
      <span className="compare-card__metric">{label}</span>
      <span className="compare-card__value">{formatQuantity(figure.value, figure.unit, figure.qualifier, language)}</span>
      <button type="button" className="compare-card__quote" onClick={() => openSpeech(figure.speech, figure.span)}>
        {t('readQuote')}
        <span className="visually-hidden">{t('quoteSubject', { subject: `${label} — ${subject}` })}</span>
      </button>
      {citeFigure(figure.id, `${label} — ${subject}`)}
    </li>
  );
}
