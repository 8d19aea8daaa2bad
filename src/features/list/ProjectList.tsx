import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectFeature } from '../../data/atlasSchema';
import { projectCapacity } from '../../domain/figures/projectCapacity';
import { formatQuantity } from '../../domain/format/formatQuantity';
import { datasetOrders, sortProjects, type ProjectSort, type ProjectSortKey, type SortDirection } from '../../domain/list/sortProjects';
import { countryName } from '../../i18n/countryNames';
import { useCompareChoice } from '../../state/useCompareChoice';
import { useVisibleProjects } from '../../state/useVisibleProjects';
import { useViewStore } from '../../state/viewStore';
import { CompareToggle } from '../../ui/CompareToggle';
import './list.css';
import type { AtlasData, Language } from '../../vocabulary';

const SORT_KEYS: readonly ProjectSortKey[] = ['name', 'capacity'];
/** The order a sort key starts in: names A–Z, capacities largest first. */
const FIRST_DIRECTION: Record<ProjectSortKey, SortDirection> = { name: 'ascending', capacity: 'descending' };
const OTHER_DIRECTION: Record<SortDirection, SortDirection> = { ascending: 'descending', descending: 'ascending' };

/** The header's skip link points here (#project-list). */
const PROJECT_LIST_ID = 'project-list';

/**
 * Up to this many rows the list is plain DOM, so find-in-page and a screen reader's browse mode
 * see every row; longer lists render only the rows on screen (a million rows would not fit in memory).
 */
export const VIRTUAL_LIST_ABOVE = 200;
/** A row's height before it is measured: two lines of text and the gap below. */
const ESTIMATED_ROW_PX = 52;
/** Rows rendered beyond each edge of the visible ones, so Tab and fast scrolling meet rendered rows. */
const OVERSCAN_ROWS = 8;

export function ProjectList({ data }: { data: AtlasData }) {
  const { t } = useTranslation(['list', 'common']);
  const language = useViewStore((state) => state.language);
  const selected = useViewStore((state) => state.project);
  const selectProject = useViewStore((state) => state.selectProject);
  const clearFilters = useViewStore((state) => state.clearFilters);
  const visible = useVisibleProjects(data);
  const [sort, setSort] = useState<ProjectSort>({ key: 'name', direction: FIRST_DIRECTION.name });
  const features = data.atlas.projects.features;
  const orders = data.index.get(datasetOrders);
  const rows = useMemo(() => sortProjects(visible, sort, language, features, orders), [visible, sort, language, features, orders]);
  const headingId = useId();
  const virtual = rows.length > VIRTUAL_LIST_ABOVE;
  const selectedIndex = useMemo(() => (selected === null ? -1 : rows.findIndex((feature) => feature.id === selected)), [rows, selected]);

  const chooseSort = (key: ProjectSortKey) =>
    setSort(sort.key === key ? { key, direction: OTHER_DIRECTION[sort.direction] } : { key, direction: FIRST_DIRECTION[key] });
  const row = (feature: ProjectFeature) => (
    <ProjectRow feature={feature} language={language} selected={feature.id === selected} onSelect={() => selectProject(feature.id)} />
  );

  return (
    <section id={PROJECT_LIST_ID} tabIndex={-1} className="project-list" aria-labelledby={headingId}>
      <div className="project-list-header">
        <h2 id={headingId}>{t('heading')}</h2>
        <div className="project-sort" role="group" aria-label={t('sortBy')}>
          {SORT_KEYS.map((key) => {
            const active = sort.key === key;
            return (
              <button key={key} type="button" aria-pressed={active} onClick={() => chooseSort(key)}>
                {t(`sort.${key}.${active ? sort.direction : FIRST_DIRECTION[key]}`)}
              </button>
            );
          })}
        </div>
      </div>
      {rows.length === 0 ? (
        <div className="project-list-empty">
          <p>{t('empty')}</p>
          <button type="button" className="button-outline" onClick={clearFilters}>
            {t('clearFilters')}
          </button>
        </div>
      ) : virtual ? (
        <VirtualRows rows={rows} selectedIndex={selectedIndex} labelledBy={headingId} renderRow={row} />
      ) : (
        <PlainRows rows={rows} selectedIndex={selectedIndex} labelledBy={headingId} renderRow={row} />
      )}
    </section>
  );
}

interface RowsProps {
  rows: readonly ProjectFeature[];
  selectedIndex: number;
  labelledBy: string;
  renderRow: (feature: ProjectFeature) => ReactNode;
}

function PlainRows({ rows, selectedIndex, labelledBy, renderRow }: RowsProps) {
  const listRef = useRef<HTMLUListElement>(null);
  // A selection made elsewhere (the map) brings its row into view.
  useEffect(() => {
    const row = listRef.current?.querySelector<HTMLElement>('[aria-current="true"]');
    // jsdom implements no scrollIntoView.
    row?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedIndex]);
  return (
    <ul ref={listRef} aria-labelledby={labelledBy}>
      {rows.map((feature) => (
        <li key={feature.id}>{renderRow(feature)}</li>
      ))}
    </ul>
  );
}

/**
 * Only the rows on screen, positioned in a list as tall as all of them. The sidebar around the
 * filters and the list scrolls as one, so the list measures its offset in that scroller.
 */
function VirtualRows({ rows, selectedIndex, labelledBy, renderRow }: RowsProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollParent(listRef.current),
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: OVERSCAN_ROWS,
    scrollMargin,
    getItemKey: (index) => rows[index]?.id ?? index,
  });

  // The filters above the list change height as options come and go.
  useLayoutEffect(() => {
    const list = listRef.current;
    const scroller = scrollParent(list);
    if (list === null || scroller === null) return;
    const offset = list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    if (offset !== scrollMargin) setScrollMargin(offset);
  });

  useScrollToSelection(virtualizer, selectedIndex);

  return (
    <ul ref={listRef} aria-labelledby={labelledBy} className="project-list-virtual" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => {
        const feature = rows[item.index];
        if (feature === undefined) return null;
        return (
          <li
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            // The list's length and each row's place, which assistive technology cannot count from the DOM.
            aria-setsize={rows.length}
            aria-posinset={item.index + 1}
            style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
          >
            {renderRow(feature)}
          </li>
        );
      })}
    </ul>
  );
}

/** A selection made elsewhere (the map) scrolls its row into view, rendering it first. */
function useScrollToSelection(virtualizer: Virtualizer<HTMLElement, Element>, selectedIndex: number) {
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [virtualizer, selectedIndex]);
}

/** The nearest ancestor that scrolls, else the page. */
function scrollParent(element: HTMLElement | null): HTMLElement | null {
  for (let node = element?.parentElement ?? null; node !== null; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return element === null ? null : (document.scrollingElement as HTMLElement | null);
}

function ProjectRow({
  feature,
  language,
  selected,
  onSelect,
}: {
  feature: ProjectFeature;
  language: Language;
  selected: boolean;
  onSelect: () => void;
}) {
  const { t } = useTranslation(['list', 'common']);
  const compareChoice = useCompareChoice(feature.id);
  const { name, sector, countries } = feature.properties;
  const capacity = projectCapacity(feature);
  const countryList = new Intl.ListFormat(language, { style: 'narrow', type: 'conjunction' }).format(
    countries.map((code) => countryName(code, language)),
  );
  return (
    <div className="project-row-wrap">
    <button type="button" className="project-row" aria-current={selected ? 'true' : undefined} onClick={onSelect}>
      <span className="project-row-name">{name[language]}</span>
      <span className="project-row-meta">
        <span>{t(`common:sector.${sector}`)}</span>
        <span aria-hidden="true"> · </span>
        <span>{countryList}</span>
        {feature.geometry === null && (
          <>
            <span aria-hidden="true"> · </span>
            <span className="project-row-unmapped">{t('unmapped')}</span>
          </>
        )}
      </span>
      <span className="project-row-capacity">
        {capacity === null ? (
          <>
            <span aria-hidden="true">—</span>
            <span className="visually-hidden">{t('noCapacity')}</span>
          </>
        ) : (
          formatQuantity(capacity.value, capacity.unit, capacity.qualifier, language)
        )}
      </span>
    </button>
    <CompareToggle projectName={name[language]} {...compareChoice} compact />
    </div>
  );
}
