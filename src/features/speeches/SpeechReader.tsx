// The twelve speeches in full, as published: the quote a visitor came for is highlighted in its
// sentence, and every word that cites a project leads to that project.
import { Fragment, useEffect, useId, useMemo, useRef, type MouseEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasData } from '../../data/loadAtlas';
import { groupRuns, segmentParagraph, type TextSegment } from '../../domain/provenance/segmentParagraph';
import { citedProjects, speechMarks, type ReaderMark } from '../../domain/provenance/speechMarks';
import { defaultViewState, serializeViewState } from '../../state/viewState';
import { useViewStore } from '../../state/viewStore';
import './speeches.css';

export function SpeechReader({ data }: { data: AtlasData }) {
  const { t } = useTranslation('speeches');
  const speechId = useViewStore((state) => state.speech);
  const quote = useViewStore((state) => state.quote);
  const openSpeech = useViewStore((state) => state.openSpeech);
  const closeSpeech = useViewStore((state) => state.closeSpeech);
  const titleId = useId();
  const headlineId = useId();
  const headlineRef = useRef<HTMLHeadingElement>(null);
  const highlightRef = useRef<HTMLElement>(null);
  const textRef = useRef<HTMLElement>(null);
  const speech = speechId === null ? undefined : data.speechesById.get(speechId);
  const marks = useMemo(() => (speech === undefined ? [] : speechMarks(speech, data.atlas.projects.features, quote)), [speech, data, quote]);

  useEffect(() => {
    const opener = document.activeElement;
    (highlightRef.current ?? headlineRef.current)?.focus();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  useEffect(() => {
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) closeSpeech();
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [closeSpeech]);

  useEffect(() => {
    const highlight = highlightRef.current;
    if (highlight === null) {
      if (textRef.current !== null) textRef.current.scrollTop = 0;
      return;
    }
    // jsdom, which the component tests run in, has no scrollIntoView.
    if (typeof highlight.scrollIntoView === 'function') highlight.scrollIntoView({ block: 'center' });
    highlight.focus({ preventScroll: true });
  }, [speechId, quote]);

  if (speech === undefined) return null;

  return (
    <section className="reader" aria-labelledby={titleId}>
      <header className="reader__header">
        <h2 id={titleId}>{t('title')}</h2>
        <button type="button" className="reader__close" aria-label={t('close')} onClick={closeSpeech}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="reader__body">
        <nav className="reader__list" aria-label={t('speechList')}>
          <ol>
            {data.atlas.speeches.map((item) => (
              <li key={item.id}>
                <button type="button" lang="zh" aria-current={item.id === speech.id ? 'true' : undefined} onClick={() => openSpeech(item.id)}>
                  <span className="reader__list-speaker">{item.speaker.name}</span>
                  <span className="reader__list-role">{`${item.speaker.organization} ${item.speaker.role}`}</span>
                  <span className="reader__list-headline">{item.headline}</span>
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <article className="reader__text" ref={textRef} aria-labelledby={headlineId}>
          <p className="reader__note">
            {t('originalLanguage')} {t('howToUse')}
          </p>
          <h3 id={headlineId} ref={headlineRef} tabIndex={-1} lang="zh">
            {speech.headline}
          </h3>
          <p className="reader__speaker" lang="zh">
            {speech.speaker.line}
          </p>
          {speech.paragraphs.map((paragraph, index) => (
            <p key={paragraph.id} lang="zh">
              <MarkedText data={data} text={paragraph.text} marks={marks[index] ?? []} highlightRef={highlightRef} />
            </p>
          ))}
        </article>
      </div>
    </section>
  );
}

/** A paragraph with its highlighted sentence as one <mark>, and its project mentions as links. */
function MarkedText({
  data,
  text,
  marks,
  highlightRef,
}: {
  data: AtlasData;
  text: string;
  marks: readonly ReaderMark[];
  highlightRef: RefObject<HTMLElement | null>;
}) {
  const segments = segmentParagraph(text, marks);
  const sentenceRuns = groupRuns(segments, (segment) => (segment.marks.some((mark) => mark.kind === 'sentence') ? 'sentence' : ''));
  return sentenceRuns.map((run) => {
    const content = <Mentions data={data} segments={run.segments} />;
    return run.key === 'sentence' ? (
      <mark key={run.start} ref={highlightRef} tabIndex={-1} className="reader__sentence">
        {content}
      </mark>
    ) : (
      <Fragment key={run.start}>{content}</Fragment>
    );
  });
}

function Mentions({ data, segments }: { data: AtlasData; segments: readonly TextSegment<ReaderMark>[] }) {
  const { t } = useTranslation('speeches');
  const language = useViewStore((state) => state.language);
  const filters = useViewStore((state) => state.filters);
  const dataset = useViewStore((state) => state.dataset);
  const selectProject = useViewStore((state) => state.selectProject);
  const closeSpeech = useViewStore((state) => state.closeSpeech);
  const nameOf = (projectId: string) => data.projectsById.get(projectId)?.properties.name[language] ?? projectId;
  // A real link, so the project can also be opened in a new tab or copied.
  const hrefOf = (projectId: string) => serializeViewState({ ...defaultViewState(language), dataset, filters, project: projectId });
  const show = (projectId: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    selectProject(projectId);
    closeSpeech();
  };

  // Project ids never contain spaces, so the joined list is a safe run key.
  return groupRuns(segments, (segment) => citedProjects(segment.marks).join(' ')).map((run) => {
    const words = run.segments.map((segment) => <SegmentText key={segment.start} segment={segment} />);
    const [first, ...others] = run.key === '' ? [] : run.key.split(' ');
    if (first === undefined) return <Fragment key={run.start}>{words}</Fragment>;
    const text = run.segments.map((segment) => segment.text).join('');
    return (
      <Fragment key={run.start}>
        <a
          className="reader__mention"
          href={hrefOf(first)}
          aria-label={t('mentionLabel', { text, name: nameOf(first) })}
          onClick={show(first)}
        >
          {words}
        </a>
        {/* The same words cite other projects too (two capitals, one phrase): each gets its own way in.
            Its "+" comes from CSS so the text on the page stays the speech's own. */}
        {others.map((projectId) => (
          <a
            key={projectId}
            className="reader__also"
            href={hrefOf(projectId)}
            aria-label={t('alsoCited', { name: nameOf(projectId) })}
            title={t('alsoCited', { name: nameOf(projectId) })}
            onClick={show(projectId)}
          />
        ))}
      </Fragment>
    );
  });
}

function SegmentText({ segment }: { segment: TextSegment<ReaderMark> }) {
  const isQuote = segment.marks.some((mark) => mark.kind === 'quote');
  return isQuote ? <strong className="reader__quote">{segment.text}</strong> : segment.text;
}
