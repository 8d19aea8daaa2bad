// The selected project in an embed: its name and every figure with the sentence that states it,
// in the original and in the interface language's translation, and who said it.
import { useTranslation } from 'react-i18next';
import type { Figure, ProjectFeature } from '../../data/atlasSchema';
import { formatQuantity } from '../../domain/format/formatQuantity';
import { quoteEvidence } from '../../domain/provenance/quoteEvidence';
import { FigureEvidence } from '../../ui/FigureEvidence';
import type { AtlasData, Language } from '../../vocabulary';

export function EmbedProjectCard({ data, project, language }: { data: AtlasData; project: ProjectFeature; language: Language }) {
  const { t } = useTranslation('embed');
  const groups = project.properties.groups.flatMap((id) => data.groupsById.get(id) ?? []);
  const figures = [...project.properties.figures, ...groups.flatMap((group) => group.figures)];
  return (
    <article className="embed-card" aria-label={project.properties.name[language]}>
      <h2 className="embed-card__title">{project.properties.name[language]}</h2>
      <h3 className="embed-card__subheading">{t('figures')}</h3>
      {figures.length === 0 ? (
        <p>{t('noFigures')}</p>
      ) : (
        <ul className="embed-card__figures">
          {figures.map((figure) => (
            <EmbedFigure key={figure.id} data={data} figure={figure} language={language} />
          ))}
        </ul>
      )}
    </article>
  );
}

function EmbedFigure({ data, figure, language }: { data: AtlasData; figure: Figure; language: Language }) {
  const { t } = useTranslation(['embed', 'common']);
  const speech = data.speechesById.get(figure.speech);
  const metric = t(`common:metric.${figure.metric}`);
  const label = figure.phase === undefined ? metric : `${metric} (${t(`common:phase.${figure.phase}`)})`;
  return (
    <li className="embed-card__figure">
      <FigureEvidence
        label={label}
        value={figure.value}
        formatted={formatQuantity(figure.value, figure.unit, figure.qualifier, language)}
        quote={figure.quote}
        evidence={speech === undefined ? null : quoteEvidence(speech, figure, language)}
        language={language}
        translationNote={t('translation')}
      />
    </li>
  );
}
