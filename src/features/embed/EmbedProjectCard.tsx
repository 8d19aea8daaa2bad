// The selected project in an embed: its name and every figure with the sentence that states it,
// in the original and in the interface language's translation, and who said it.
import { useTranslation } from 'react-i18next';
import type { Figure, ProjectFeature } from '../../data/atlasSchema';
import { formatQuantity } from '../../domain/format/formatQuantity';
import { originalSentenceOf, speakerIn, translatedSentenceOf } from '../../domain/provenance/speechTranslation';
import { MarkedWords } from '../../ui/MarkedWords';
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
  const translation = speech === undefined ? null : translatedSentenceOf(speech, figure, language);
  const speaker = speech === undefined ? null : speakerIn(speech, language);
  return (
    <li className="embed-card__figure">
      <p className="embed-card__value">
        {label}: <strong>{formatQuantity(figure.value, figure.unit, figure.qualifier, language)}</strong>
      </p>
      <blockquote lang="zh" className="embed-card__quote">
        {speech === undefined ? figure.quote : <MarkedWords sentence={originalSentenceOf(speech, figure)} />}
      </blockquote>
      {translation !== null && (
        <p lang={language} className="embed-card__translation" title={t('translation')}>
          <MarkedWords sentence={translation} />
        </p>
      )}
      {speaker !== null && <p className="embed-card__speaker">— {t('speakerLine', { name: speaker.name, role: speaker.role, organization: speaker.organization })}</p>}
    </li>
  );
}
