import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectFeature } from '../../data/atlasSchema';
import type { AtlasData } from '../../data/loadAtlas';
import { projectCapacity } from '../../domain/figures/projectCapacity';
import { formatQuantity } from '../../domain/format/formatQuantity';
import { sortProjects, type ProjectSort, type ProjectSortKey, type SortDirection } from '../../domain/list/sortProjects';
import { countryName } from '../../i18n/countryNames';
import { useVisibleProjects } from '../../state/useVisibleProjects';
import type { Language } from '../../state/viewState';
import { useViewStore } from '../../state/viewStore';
import './list.css';

const SORT_KEYS: readonly ProjectSortKey[] = ['name', 'capacity'];
/** The order a sort key starts in: names A–Z, capacities largest first. */
const FIRST_DIRECTION: Record<ProjectSortKey, SortDirection> = { name: 'ascending', capacity: 'descending' };
const OTHER_DIRECTION: Record<SortDirection, SortDirection> = { ascending: 'descending', descending: 'ascending' };

/** The header's skip link points here (#project-list). */
const PROJECT_LIST_ID = 'project-list';

export function ProjectList({ data }: { data: AtlasData }) {
  const { t } = useTranslation('list');
  const language = useViewStore((state) => state.language);
  const selected = useViewStore((state) => state.project);
  const selectProject = useViewStore((state) => state.selectProject);
  const clearFilters = useViewStore((state) => state.clearFilters);
  const visible = useVisibleProjects(data);
  const [sort, setSort] = useState<ProjectSort>({ key: 'name', direction: FIRST_DIRECTION.name });
  const rows = useMemo(() => sortProjects(visible, sort, language), [visible, sort, language]);
  const headingId = useId();
  const listRef = useRef<HTMLUListElement>(null);

  // A selection made elsewhere (the map) brings its row into view.
  useEffect(() => {
    const row = listRef.current?.querySelector<HTMLElement>('[aria-current="true"]');
    // jsdom implements no scrollIntoView.
    row?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);

  const chooseSort = (key: ProjectSortKey) =>
    setSort(sort.key === key ? { key, direction: OTHER_DIRECTION[sort.direction] } : { key, direction: FIRST_DIRECTION[key] });

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
          <button type="button" onClick={clearFilters}>
            {t('clearFilters')}
          </button>
        </div>
      ) : (
        <ul ref={listRef} aria-labelledby={headingId}>
          {rows.map((feature) => (
            <li key={feature.id}>
              <ProjectRow feature={feature} language={language} selected={feature.id === selected} onSelect={() => selectProject(feature.id)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
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
  const { t } = useTranslation('list');
  const { name, sector, countries } = feature.properties;
  const capacity = projectCapacity(feature);
  const countryList = new Intl.ListFormat(language, { style: 'narrow', type: 'conjunction' }).format(
    countries.map((code) => countryName(code, language)),
  );
  return (
    <button type="button" className="project-row" aria-current={selected ? 'true' : undefined} onClick={onSelect}>
      <span className="project-row-name">{name[language]}</span>
      <span className="project-row-meta">
        <span>{t(`common:sector.${sector}`)}</span>
        <span aria-hidden="true"> · </span>
        <span>{countryList}</span>
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
  );
}
