// The twelve speeches in full, as published and in translation: the quote a visitor came for is
// highlighted in its sentence, and every word that cites a project leads to that project. Side by
// side, the original and the translation are aligned paragraph by paragraph, and a sentence marks
// its counterpart when hovered or focused.
import { Fragment, useEffect, useId, useMemo, useRef, useState, type MouseEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExternalSource } from '../../data/atlasSchema';
import { originalParagraphs, translatedParagraphs, type ReaderParagraph, type ReaderSentence } from '../../domain/provenance/readerSentences';
import { groupRuns, segmentParagraph, type TextSegment } from '../../domain/provenance/segmentParagraph';
import { citedProjects, type ReaderMark } from '../../domain/provenance/speechMarks';
import { headlineIn, speakerIn, speechTranslation } from '../../domain/provenance/speechTranslation';
import { READER_VIEWS, defaultViewState, serializeViewState, type ReaderView } from '../../state/viewState';
import { useViewStore } from '../../state/viewStore';
import { PHONE_QUERY, useMediaQuery } from '../../ui/media';
import { shownReaderView } from './readerView';
import './speeches.css';
import { registerMessages } from '../../i18n/registerMessages';
import { speechesMessages } from './messages';
import type { AtlasData } from '../../vocabulary';

registerMessages('speeches', speechesMessages);

/** One column of the reader: the original, or the translation into the interface language. */
interface ReaderColumn {
  kind: 'original' | 'translation';
  lang: string;
  headline: string;
  speakerLine: string;
  /** Where the translation's spelling of the speaker's name comes from. */
  nameSource: ExternalSource | null;
  paragraphs: ReaderParagraph[];
}

export function SpeechReader({ data }: { data: AtlasData }) {
  const { t } = useTranslation(['speeches', 'common']);
  const language = useViewStore((state) => state.language);
  const speechId = useViewStore((state) => state.speech);
  const quote = useViewStore((state) => state.quote);
  const chosenView = useViewStore((state) => state.readerView);
  const openSpeech = useViewStore((state) => state.openSpeech);
  const closeSpeech = useViewStore((state) => state.closeSpeech);
  const phone = useMediaQuery(PHONE_QUERY);
  const titleId = useId();
  const headlineId = useId();
  const headlineRef = useRef<HTMLHeadingElement>(null);
  const highlightRef = useRef<HTMLElement>(null);
  const textRef = useRef<HTMLElement>(null);
  const speech = speechId === null ? undefined : data.speechesById.get(speechId);
  const translation = speech === undefined ? null : speechTranslation(speech, language);
  const view = shownReaderView(chosenView, language, translation !== null, phone);
  const columns = useMemo((): ReaderColumn[] => {
    if (speech === undefined) return [];
    const projects = data.atlas.projects.features;
    const original: ReaderColumn = {
      kind: 'original',
      lang: 'zh',
      headline: speech.headline,
      speakerLine: speech.speaker.line,
      nameSource: null,
      paragraphs: originalParagraphs(speech, projects, quote),
    };
    if (translation === null || view === 'original') return [original];
    const translated: ReaderColumn = {
      kind: 'translation',
      lang: language,
      headline: translation.headline,
      speakerLine: translation.speaker.line,
      nameSource: translation.nameSource,
      paragraphs: translatedParagraphs(speech, translation, projects, quote),
    };
    return view === 'translation' ? [translated] : [original, translated];
  }, [speech, translation, view, language, data, quote]);

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
  const translationShown = columns.some((column) => column.kind === 'translation');
  const note = language === 'zh' ? t('originalLanguage') : translation === null ? t('common:noTranslation') : translationShown ? t('common:translationNote') : t('originalLanguage');

  return (
    <section className={`reader${columns.length > 1 ? ' reader--wide' : ''}`} aria-labelledby={titleId}>
      <header className="reader__header">
        <h2 id={titleId}>{t('title')}</h2>
        <button type="button" className="reader__close" aria-label={t('close')} onClick={closeSpeech}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="reader__body">
        <nav className="reader__list" aria-label={t('speechList')}>
          <ol>
            {data.atlas.speeches.map((item) => {
              const translated = speechTranslation(item, language) !== null;
              const speaker = speakerIn(item, language);
              return (
                <li key={item.id}>
                  <button type="button" lang={translated ? language : 'zh'} aria-current={item.id === speech.id ? 'true' : undefined} onClick={() => openSpeech(item.id)}>
                    <span className="reader__list-speaker">{speaker.name}</span>
                    <span className="reader__list-role">{translated ? `${speaker.role}, ${speaker.organization}` : `${speaker.organization} ${speaker.role}`}</span>
                    <span className="reader__list-headline">{headlineIn(item, language)}</span>
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>
        <article className="reader__text" ref={textRef} aria-labelledby={headlineId}>
          <p className="reader__note">
            {note} {t('howToUse')}
          </p>
          {translation !== null && <ViewChoice view={view} />}
          <AlignedText data={data} columns={columns} headlineId={headlineId} headlineRef={headlineRef} highlightRef={highlightRef} />
        </article>
      </div>
    </section>
  );
}

/** Original, translation, or both: kept in the URL as the visitor chooses. */
function ViewChoice({ view }: { view: ReaderView }) {
  const { t } = useTranslation(['speeches', 'common']);
  const showReaderView = useViewStore((state) => state.showReaderView);
  const name = useId();
  return (
    <fieldset className="reader__views">
      <legend className="visually-hidden">{t('viewChoice')}</legend>
      {READER_VIEWS.map((option) => (
        <label key={option}>
          <input type="radio" name={name} value={option} checked={view === option} onChange={() => showReaderView(option)} />
          {t(`view.${option}`)}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The columns row by row (headline, speaker, then each paragraph), so paragraphs stay level side by
 * side and a phone stacks each paragraph over its translation.
 */
function AlignedText({
  data,
  columns,
  headlineId,
  headlineRef,
  highlightRef,
}: {
  data: AtlasData;
  columns: readonly ReaderColumn[];
  headlineId: string;
  headlineRef: RefObject<HTMLHeadingElement | null>;
  highlightRef: RefObject<HTMLElement | null>;
}) {
  const { t } = useTranslation(['speeches', 'common']);
  const [paired, setPaired] = useState<string | null>(null);
  const pairing = columns.length > 1;
  const [first] = columns;
  if (first === undefined) return null;
  const rowClass = `reader__row reader__row--${columns.length}`;
  return (
    <>
      {pairing && (
        <div className={`${rowClass} reader__row--labels`} aria-hidden="true">
          {columns.map((column) => (
            <p key={column.kind} className="reader__column-label">
              {t(`column.${column.kind}`)}
            </p>
          ))}
        </div>
      )}
      <div className={rowClass}>
        {columns.map((column) => (
          <h3
            key={column.kind}
            lang={column.lang}
            {...(column === first ? { id: headlineId, ref: headlineRef, tabIndex: -1 } : {})}
          >
            {column.headline}
          </h3>
        ))}
      </div>
      <div className={rowClass}>
        {columns.map((column) => (
          <p key={column.kind} className="reader__speaker" lang={column.lang}>
            {column.speakerLine}
            {column.nameSource !== null && <NameSource source={column.nameSource} />}
          </p>
        ))}
      </div>
      {first.paragraphs.map((paragraph, index) => (
        <div key={paragraph.id} className={rowClass}>
          {columns.map((column) => (
            <p key={column.kind} lang={column.lang} data-column={column.kind}>
              {(column.paragraphs[index]?.sentences ?? []).map((sentence, position) => (
                <Fragment key={sentence.id}>
                  {/* Chinese runs its sentences together; the translations put a space between them. */}
                  {position > 0 && column.kind === 'translation' && ' '}
                  <SentenceText
                    data={data}
                    sentence={sentence}
                    paired={pairing && paired === sentence.id}
                    onPair={pairing ? setPaired : undefined}
                    highlightRef={column === first ? highlightRef : undefined}
                  />
                </Fragment>
              ))}
            </p>
          ))}
        </div>
      ))}
    </>
  );
}

/** Where the spelling of a speaker's name was found; the curators wrote the note in English. */
function NameSource({ source }: { source: ExternalSource }) {
  const { t } = useTranslation(['speeches', 'common']);
  return (
    <span className="reader__name-source">
      {t('nameSource')}{' '}
      {source.url === null ? (
        <span title={source.note}>{source.title}</span>
      ) : (
        <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.note}>
          {source.title}
        </a>
      )}
    </span>
  );
}

/**
 * A sentence: highlighted as one <mark> when it holds the quote the visitor came for, its project
 * mentions as links. Side by side it is focusable, and hovering or focusing it marks its counterpart.
 */
function SentenceText({
  data,
  sentence,
  paired,
  onPair,
  highlightRef,
}: {
  data: AtlasData;
  sentence: ReaderSentence;
  paired: boolean;
  onPair: ((id: string | null) => void) | undefined;
  highlightRef: RefObject<HTMLElement | null> | undefined;
}) {
  const content = <Mentions data={data} segments={segmentParagraph(sentence.text, sentence.marks)} />;
  const highlighted = sentence.marks.some((mark) => mark.kind === 'sentence');
  const pairHandlers =
    onPair === undefined
      ? {}
      : {
          tabIndex: 0,
          onMouseEnter: () => onPair(sentence.id),
          onMouseLeave: () => onPair(null),
          onFocus: () => onPair(sentence.id),
          onBlur: () => onPair(null),
        };
  return (
    <span className={paired ? 'reader__unit reader__unit--paired' : 'reader__unit'} data-sentence={sentence.id} {...pairHandlers}>
      {highlighted ? (
        <mark ref={highlightRef} tabIndex={-1} className="reader__sentence">
          {content}
        </mark>
      ) : (
        content
      )}
    </span>
  );
}

function Mentions({ data, segments }: { data: AtlasData; segments: readonly TextSegment<ReaderMark>[] }) {
  const { t } = useTranslation(['speeches', 'common']);
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
