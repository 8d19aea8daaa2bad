// The selected project: what the speeches say about it, each figure with its own words, and
// where the map places it (with that location's own, non-speech source).
import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExternalSource, Figure, ProjectFeature, ProjectGroup, QuoteRef } from '../../data/atlasSchema';
import { formatQuantity } from '../../domain/format/formatQuantity';
import { quoteEvidence } from '../../domain/provenance/quoteEvidence';
import { translatedSentenceOf } from '../../domain/provenance/speechTranslation';
import { useCompareChoice } from '../../state/useCompareChoice';
import { useViewStore } from '../../state/viewStore';
import { CompareToggle } from '../../ui/CompareToggle';
import { FigureEvidence, QuoteWithEvidence } from '../../ui/FigureEvidence';
import { ProjectFactRows } from '../../ui/ProjectFactRows';
import './details.css';
import type { AtlasData } from '../../vocabulary';

/** The control beside each figure that cites it (the shell passes the cite feature's button). */
type CiteFigure = (figureId: string, subject: string) => ReactNode;

export function DetailsPanel({ data, citeFigure }: { data: AtlasData; citeFigure: CiteFigure }) {
  const projectId = useViewStore((state) => state.project);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnOpen(projectId, headingRef);
  const project = projectId === null ? undefined : data.projectsById.get(projectId);
  if (project === undefined) return null;
  return <ProjectDetails data={data} project={project} headingRef={headingRef} citeFigure={citeFigure} />;
}

/** Moves focus to the heading when a project opens or changes, and back to the opener on close. */
function useFocusOnOpen(projectId: string | null, headingRef: RefObject<HTMLHeadingElement | null>) {
  const shownProject = useRef(projectId);
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    const previous = shownProject.current;
    shownProject.current = projectId;
    // Nothing changed: the first render (a project from a shared link should not steal focus),
    // or React re-running effects in development.
    if (previous === projectId) return;
    if (projectId === null) {
      const target = opener.current;
      opener.current = null;
      if (target instanceof HTMLElement && target.isConnected) target.focus();
      return;
    }
    if (previous === null) opener.current = document.activeElement;
    headingRef.current?.focus();
  }, [projectId, headingRef]);
}

function ProjectDetails({
  data,
  project,
  headingRef,
  citeFigure,
}: {
  data: AtlasData;
  project: ProjectFeature;
  headingRef: RefObject<HTMLHeadingElement | null>;
  citeFigure: CiteFigure;
}) {
  const { t } = useTranslation(['details', 'common']);
  const language = useViewStore((state) => state.language);
  const selectProject = useViewStore((state) => state.selectProject);
  const compareChoice = useCompareChoice(project.id);
  const headingId = useId();
  const figuresId = useId();
  const groupsId = useId();
  const locationId = useId();
  const mentionsId = useId();
  const { name, builder, status, figures, location, mentions } = project.properties;
  const groups = project.properties.groups.flatMap((id) => data.groupsById.get(id) ?? []);
  const organization = builder === null ? undefined : data.organizationsById.get(builder.organization);
  const quotes = [builder, status, ...mentions, ...figures, ...groups.flatMap((group) => group.figures)].filter((quote) => quote !== null);
  const translated = quotes.some((quote) => {
    const speech = data.speechesById.get(quote.speech);
    return speech !== undefined && translatedSentenceOf(speech, quote, language) !== null;
  });

  return (
    <aside className="details" aria-labelledby={headingId}>
      <header className="details__header">
        <div>
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className="details__title">
            {name[language]}
          </h2>
          {language !== 'zh' && (
            <p className="details__name-zh">
              {t('chineseName')} <span lang="zh">{name.zh}</span>
            </p>
          )}
          <CompareToggle projectName={name[language]} {...compareChoice} />
          {language !== 'zh' && <p className="details__translation-note">{t(translated ? 'common:translationNote' : 'common:noTranslation')}</p>}
        </div>
        <button type="button" className="details__close" aria-label={t('close')} onClick={() => selectProject(null)}>
          <span aria-hidden="true">×</span>
        </button>
      </header>

      <dl className="details__facts">
        <ProjectFactRows
          project={project}
          organization={organization}
          language={language}
          builderQuote={builder !== null && <SpeechQuote data={data} quote={builder} subject={t('builder')} />}
        />
        {status !== null && (
          <div>
            <dt>{t('status')}</dt>
            <dd>
              {t(`common:status.${status.value}`)}
              <SpeechQuote data={data} quote={status} subject={t('status')} />
            </dd>
          </div>
        )}
      </dl>

      <section className="details__section" aria-labelledby={figuresId}>
        <h3 id={figuresId}>{t('figures')}</h3>
        {figures.length > 0 ? (
          <FigureList data={data} figures={figures} citeFigure={citeFigure} />
        ) : (
          <p className="details__empty">{groups.length > 0 ? t('noOwnFigures') : t('noFigures')}</p>
        )}
      </section>

      {groups.length > 0 && (
        <section className="details__section" aria-labelledby={groupsId}>
          <h3 id={groupsId}>{t('groupsHeading')}</h3>
          {groups.map((group) => (
            <GroupFigures key={group.id} data={data} group={group} projectId={project.id} citeFigure={citeFigure} />
          ))}
        </section>
      )}

      <section className="details__section" aria-labelledby={locationId}>
        <h3 id={locationId}>{t('location')}</h3>
        {location === null ? (
          <p className="details__empty">{t('noLocation')}</p>
        ) : (
          <>
            <dl className="details__facts">
              <div>
                <dt>{t('place')}</dt>
                <dd>{location.place[language]}</dd>
              </div>
              <div>
                <dt>{t('precision')}</dt>
                <dd>{t(`common:precision.${location.precision}`)}</dd>
              </div>
            </dl>
            <LocationSource source={location.source} />
          </>
        )}
      </section>

      <section className="details__section" aria-labelledby={mentionsId}>
        <h3 id={mentionsId}>{t('mentions')}</h3>
        <ul className="details__mentions">
          {mentions.map((mention) => (
            <li key={`${mention.speech}:${mention.span.paragraph}:${mention.span.start}`}>
              <SpeechQuote data={data} quote={mention} subject={mention.quote} />
            </li>
          ))}
        </ul>
      </section>
    </aside>
  );
}

function FigureList({ data, figures, citeFigure }: { data: AtlasData; figures: readonly Figure[]; citeFigure: CiteFigure }) {
  const { t } = useTranslation(['details', 'common']);
  const language = useViewStore((state) => state.language);
  return (
    <ul className="figures">
      {figures.map((figure) => {
        const metric = t(`common:metric.${figure.metric}`);
        const label = figure.phase === undefined ? metric : t('metricWithPhase', { metric, phase: t(`common:phase.${figure.phase}`) });
        const speech = data.speechesById.get(figure.speech);
        return (
          <li key={figure.id} className="figure">
            <FigureEvidence
              label={label}
              value={figure.value}
              formatted={formatQuantity(figure.value, figure.unit, figure.qualifier, language)}
              quote={figure.quote}
              evidence={speech === undefined ? null : quoteEvidence(speech, figure, language)}
              language={language}
            >
              <ReadInSpeech quote={figure} subject={label} />
              {citeFigure(figure.id, label)}
            </FigureEvidence>
          </li>
        );
      })}
    </ul>
  );
}

/** A figure the speech states for several projects at once: shown as the group's, never as this project's. */
function GroupFigures({ data, group, projectId, citeFigure }: { data: AtlasData; group: ProjectGroup; projectId: string; citeFigure: CiteFigure }) {
  const { t } = useTranslation(['details', 'common']);
  const language = useViewStore((state) => state.language);
  const selectProject = useViewStore((state) => state.selectProject);
  const nameId = useId();
  return (
    <div className="group" role="group" aria-labelledby={nameId}>
      <h4 id={nameId}>{group.name[language]}</h4>
      <p>{t('groupTogether')}</p>
      <ul className="group__members">
        {group.members.map((memberId) => (
          <li key={memberId}>
            <button type="button" aria-current={memberId === projectId ? 'true' : undefined} onClick={() => selectProject(memberId)}>
              {data.projectsById.get(memberId)?.properties.name[language] ?? memberId}
            </button>
            {memberId === projectId && ` ${t('thisProject')}`}
          </li>
        ))}
        {group.openEnded && <li>{t('andOthers')}</li>}
      </ul>
      <FigureList data={data} figures={group.figures} citeFigure={citeFigure} />
    </div>
  );
}

function LocationSource({ source }: { source: ExternalSource }) {
  const { t } = useTranslation(['details', 'common']);
  const headingId = useId();
  return (
    <div className="details__source" role="group" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('locationSource')}</h4>
      <p>
        {source.url === null ? (
          source.title
        ) : (
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.title}
            <span className="visually-hidden"> {t('opensInNewTab')}</span>
          </a>
        )}
      </p>
      {/* The curators wrote the notes in English. */}
      <p lang="en">{source.note}</p>
    </div>
  );
}

/** The speech's own words, who said them, and a way to read them in place. */
function SpeechQuote({ data, quote, subject }: { data: AtlasData; quote: QuoteRef; subject: string }) {
  const language = useViewStore((state) => state.language);
  const speech = data.speechesById.get(quote.speech);
  return (
    <div className="speech-quote">
      <QuoteWithEvidence quote={quote.quote} evidence={speech === undefined ? null : quoteEvidence(speech, quote, language)} language={language} wordsOnly />
      <ReadInSpeech quote={quote} subject={subject} />
    </div>
  );
}

function ReadInSpeech({ quote, subject }: { quote: QuoteRef; subject: string }) {
  const { t } = useTranslation('details');
  const openSpeech = useViewStore((state) => state.openSpeech);
  return (
    <button type="button" className="speech-quote__read" aria-label={t('readInSpeechAbout', { subject })} onClick={() => openSpeech(quote.speech, quote.span)}>
      {t('readInSpeech')}
    </button>
  );
}
