// Buttons the statistics view repeats: a project's name that selects it, a figure's quote that opens
// its speech.
import { useTranslation } from 'react-i18next';
import type { Figure, ProjectFeature } from '../../data/atlasSchema';
import type { Language } from '../../state/viewState';
import { useViewStore } from '../../state/viewStore';

export function ProjectButton({ project, language }: { project: ProjectFeature; language: Language }) {
  const selectProject = useViewStore((state) => state.selectProject);
  return (
    <button type="button" className="stats__project" onClick={() => selectProject(project.id)}>
      {project.properties.name[language]}
    </button>
  );
}

export function ProjectButtons({ projects, language }: { projects: readonly ProjectFeature[]; language: Language }) {
  return (
    <ul className="stats__projects">
      {projects.map((project) => (
        <li key={project.id}>
          <ProjectButton project={project} language={language} />
        </li>
      ))}
    </ul>
  );
}

/** Opens the speech at the figure's quote. */
export function QuoteButton({ figure, subject }: { figure: Figure; subject: string }) {
  const { t } = useTranslation('stats');
  const openSpeech = useViewStore((state) => state.openSpeech);
  return (
    <button type="button" className="stats__quote" onClick={() => openSpeech(figure.speech, figure.span)}>
      {t('readQuote')}
      <span className="visually-hidden">{t('quoteSubject', { subject })}</span>
    </button>
  );
}
