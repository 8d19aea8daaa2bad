// One search box over project names, organisations and the speeches' sentences: an ARIA 1.2
// combobox whose listbox groups the results by kind and marks the words that matched.
import { Fragment, useDeferredValue, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { buildSearchIndexInChunks, type SearchIndex } from '../../domain/search/buildSearchIndex';
import { RESULT_KINDS, searchAtlas, type SearchResult, type TextPiece } from '../../domain/search/searchAtlas';
import { useViewStore } from '../../state/viewStore';
import './search.css';
import { registerMessages } from '../../i18n/registerMessages';
import { searchMessages } from './messages';
import type { AtlasData } from '../../vocabulary';

registerMessages('search', searchMessages);

/** Text with its matched words in <mark>; every piece is rendered as text, never as markup. */
function Marked({ pieces }: { pieces: readonly TextPiece[] }) {
  return pieces.map((piece, index) => (piece.matched ? <mark key={index}>{piece.text}</mark> : <Fragment key={index}>{piece.text}</Fragment>));
}

/** Takes the visitor to what the result stands for. */
function openResult(result: SearchResult) {
  const store = useViewStore.getState();
  switch (result.kind) {
    case 'project':
      store.selectProject(result.id);
      store.showView('map');
      break;
    case 'organization':
      // Add the builders without toggling off one the visitor had already chosen.
      for (const builder of result.builders) if (!store.filters.builders.includes(builder)) store.toggleFilter('builders', builder);
      store.showView('map');
      break;
    case 'sentence':
      store.openSpeech(result.speech, result.span);
      break;
  }
}

function ResultContent({ result }: { result: SearchResult }) {
  const { t } = useTranslation('search');
  if (result.kind === 'sentence') {
    const headline = result.title.map((piece) => piece.text).join('');
    return (
      <>
        <span className="search-option-title" lang={result.snippetLanguage}>
          <Marked pieces={result.snippet} />
        </span>
        <span className="search-option-detail">{t('sentenceSource', { speaker: result.speaker, headline })}</span>
      </>
    );
  }
  return (
    <>
      <span className="search-option-title">
        <Marked pieces={result.title} />
      </span>
      {result.snippet !== null && (
        <span className="search-option-detail">
          <Marked pieces={result.snippet} />
        </span>
      )}
      {result.kind === 'organization' && <span className="search-option-detail">{t('showProjects')}</span>}
    </>
  );
}

type SearchIndexState = { status: 'building' } | { status: 'built'; index: SearchIndex } | { status: 'failed'; reason: string };

/**
 * The search index of the dataset once it is built, or why it could not be. Building starts when
 * `wanted` first holds and goes on in chunks, the page answering between them; it is kept for the
 * dataset.
 */
function useSearchIndex(data: AtlasData, wanted: boolean): SearchIndexState {
  const [settled, setSettled] = useState<{ data: AtlasData; state: SearchIndexState } | null>(null);
  // One build per dataset, however often the effect runs (React runs it twice in development).
  const building = useMemo(() => {
    let started: Promise<SearchIndex> | null = null;
    return () => (started ??= buildSearchIndexInChunks(data));
  }, [data]);
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    building().then(
      (index) => {
        if (current) setSettled({ data, state: { status: 'built', index } });
      },
      (error: unknown) => {
        if (current) setSettled({ data, state: { status: 'failed', reason: error instanceof Error ? error.message : String(error) } });
      },
    );
    return () => {
      current = false;
    };
  }, [building, data, wanted]);
  return settled?.data === data ? settled.state : { status: 'building' };
}

export function SearchBox({ data }: { data: AtlasData }) {
  const { t } = useTranslation('search');
  const query = useViewStore((state) => state.query);
  const language = useViewStore((state) => state.language);
  const setQuery = useViewStore((state) => state.setQuery);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputId = useId();
  const listboxId = useId();
  const listboxRef = useRef<HTMLDivElement>(null);

  const searching = query.trim() !== '';
  // Indexing starts when the visitor first comes to the box (or a query comes with the URL): a
  // visitor who never searches never pays for it.
  const [visited, setVisited] = useState(false);
  const indexState = useSearchIndex(data, visited || searching);
  const index = indexState.status === 'built' ? indexState.index : null;
  // Searching a large atlas takes longer than a keystroke: the box shows what is typed at once, and
  // the results follow for the latest query when React has time (a keystroke meanwhile restarts them).
  const searchedQuery = useDeferredValue(query);
  const results = useMemo(
    () => (index === null || searchedQuery.trim() === '' ? [] : searchAtlas(index, searchedQuery, language)),
    [index, searchedQuery, language],
  );

  const expanded = open && results.length > 0;
  const showIndexing = open && searching && indexState.status === 'building';
  const failure = open && indexState.status === 'failed' ? indexState.reason : null;
  const showEmpty = open && searching && index !== null && results.length === 0;
  const activeIndex = expanded && active < results.length ? active : -1;
  const optionId = (index: number) => `${listboxId}-option-${index}`;

  useEffect(() => {
    if (activeIndex < 0) return;
    // jsdom has no scrollIntoView; browsers do.
    listboxRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex]);

  const choose = (result: SearchResult) => {
    openResult(result);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = results.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        setOpen(true);
        if (count === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive(activeIndex < 0 ? (step === 1 ? 0 : count - 1) : (activeIndex + step + count) % count);
        return;
      }
      case 'Enter': {
        const result = results[activeIndex];
        if (result === undefined) return;
        event.preventDefault();
        choose(result);
        return;
      }
      case 'Escape':
        // The first Escape closes the list, the next clears the box (and stops the browser clearing it first).
        event.preventDefault();
        if (expanded) setOpen(false);
        else setQuery('');
        setActive(-1);
        return;
    }
  };

  const statusText = () => {
    if (expanded) return t('resultCount', { count: results.length });
    if (showIndexing) return t('indexing');
    if (failure !== null) return t('indexFailed', { reason: failure });
    return showEmpty ? t('noResults', { query: searchedQuery.trim() }) : '';
  };

  const groups = RESULT_KINDS.map((kind) => ({
    kind,
    entries: results.flatMap((result, index) => (result.kind === kind ? [{ result, index }] : [])),
  })).filter((group) => group.entries.length > 0);

  return (
    <div className="search">
      <label htmlFor={inputId} className="visually-hidden">
        {t('label')}
      </label>
      <input
        id={inputId}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        placeholder={t('placeholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => {
          setOpen(true);
          setVisited(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <div
        role="listbox"
        id={listboxId}
        ref={listboxRef}
        aria-label={t('results')}
        aria-busy={searchedQuery !== query}
        className="search-popup"
        hidden={!expanded}
      >
        {groups.map(({ kind, entries }) => (
          <ul key={kind} role="group" aria-labelledby={`${listboxId}-${kind}`} className="search-group">
            <li role="presentation" id={`${listboxId}-${kind}`} className="search-group-label">
              {t(`group.${kind}`)}
            </li>
            {entries.map(({ result, index }) => (
              <li
                key={`${result.kind}:${result.id}`}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                className="search-option"
                // Keeps focus in the box, so the click is not lost to the blur that closes the list.
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => setActive(index)}
                onClick={() => choose(result)}
              >
                <ResultContent result={result} />
              </li>
            ))}
          </ul>
        ))}
      </div>
      {/* One live region: the count is for screen readers; "indexing", a failure and "no results" are for everyone. */}
      <p role="status" className={showIndexing || failure !== null || showEmpty ? 'search-popup search-empty' : 'visually-hidden'}>
        {statusText()}
      </p>
    </div>
  );
}
