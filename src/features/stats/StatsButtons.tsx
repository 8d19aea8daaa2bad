// Buttons the statistics view repeats: a project's name that selects it, a figure's quote that opens
// its speech.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../domain/format/formatQuantity';
import type { Figure, ProjectFeature } from '../../data/atlasSchema';
import { useViewStore } from '../../state/viewStore';
import type { Language } from '../../vocabulary';

export function ProjectButton({ project, language }: { project: ProjectFeature; language: Language }) {
  const selectProject = useViewStore((state) => state.selectProject);
  return (
    <button type="button" className="stats__project" onClick={() => selectProject(project.id)}>
      {project.properties.name[language]}
    </button>
  );
}

/** How many items of a long list are rendered at first, and how many more each "Show more" adds. */
export const LIST_STEP = 50;

/**
 * The first items of a list, growing by LIST_STEP at the visitor's request: statistics over a
 * million projects must not render a button per project.
 */
export function useListLimit<T>(items: readonly T[]): { first: readonly T[]; rest: number; showMore: () => void } {
  const [limit, setLimit] = useState(LIST_STEP);
  return { first: items.slice(0, limit), rest: Math.max(0, items.length - limit), showMore: () => setLimit((current) => current + LIST_STEP) };
}

export function ShowMoreButton({ rest, onClick, language }: { rest: number; onClick: () => void; language: Language }) {
  const { t } = useTranslation('stats');
  if (rest === 0) return null;
  return (
    <button type="button" className="button-outline stats__more" onClick={onClick}>
      {t('showMore', { next: formatNumber(Math.min(LIST_STEP, rest), language), rest: formatNumber(rest, language) })}
    </button>
  );
}

export function ProjectButtons({ projects, language }: { projects: readonly ProjectFeature[]; language: Language }) {
  const { first, rest, showMore } = useListLimit(projects);
  return (
    <>
      <ul className="stats__projects">
        {first.map((project) => (
          <li key={project.id}>
            <ProjectButton project={project} language={language} />
          </li>
        ))}
      </ul>
      <ShowMoreButton rest={rest} onClick={showMore} language={language} />
    </>
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
