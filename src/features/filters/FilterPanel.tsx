import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../i18n/countryNames';
import { facetIndex } from '../../domain/filters/facetIndex';
import { facetOptionValues, labelledOptions, type FacetOption } from '../../domain/filters/facetOptions';
import { facetCounts, hasActiveFilters } from '../../domain/filters/filterProjects';
import { formatNumber } from '../../domain/format/formatQuantity';
import { useVisibleProjects } from '../../state/useVisibleProjects';
import { useViewStore } from '../../state/viewStore';
import './filters.css';
import type { AtlasData, Filters } from '../../vocabulary';

type Facet = keyof Filters;

export function FilterPanel({ data }: { data: AtlasData }) {
  const { t } = useTranslation(['filters', 'common']);
  const language = useViewStore((state) => state.language);
  const filters = useViewStore((state) => state.filters);
  const toggleFilter = useViewStore((state) => state.toggleFilter);
  const clearFilters = useViewStore((state) => state.clearFilters);
  const features = data.atlas.projects.features;
  const facets = data.index.get(facetIndex);
  const shown = useVisibleProjects(data).length;
  const counts = useMemo(() => facetCounts(features, filters, facets), [features, filters, facets]);
  const values = useMemo(() => facetOptionValues(features, filters, facets), [features, filters, facets]);
  const headingId = useId();

  const countryOptions = labelledOptions(values.countries, (code) => countryName(code, language), language);
  const sectorOptions = labelledOptions(values.sectors, (sector) => t(`common:sector.${sector}`), language);
  // A builder id from an old link may name no organization until the URL is reconciled with the data.
  const builderOptions = labelledOptions(values.builders, (id) => data.organizationsById.get(id)?.name[language] ?? id, language);

  return (
    <section className="filter-panel" aria-labelledby={headingId}>
      <div className="filter-panel-header">
        <h2 id={headingId}>{t('heading')}</h2>
        <button type="button" className="button-outline" onClick={clearFilters} disabled={!hasActiveFilters(filters)}>
          {t('clearAll')}
        </button>
      </div>
      <p className="filter-summary" aria-live="polite">
        {t('summary', { count: features.length, shown: formatNumber(shown, language), total: formatNumber(features.length, language) })}
      </p>
      <FacetFieldset
        facet="countries"
        options={countryOptions}
        chosen={filters.countries}
        counts={counts.countries}
        onToggle={(code) => toggleFilter('countries', code)}
      />
      <FacetFieldset
        facet="sectors"
        options={sectorOptions}
        chosen={filters.sectors}
        counts={counts.sectors}
        onToggle={(sector) => toggleFilter('sectors', sector)}
      />
      <FacetFieldset
        facet="builders"
        options={builderOptions}
        chosen={filters.builders}
        counts={counts.builders}
        onToggle={(id) => toggleFilter('builders', id)}
      />
    </section>
  );
}

function FacetFieldset<V extends string>({
  facet,
  options,
  chosen,
  counts,
  onToggle,
}: {
  facet: Facet;
  options: FacetOption<V>[];
  chosen: readonly V[];
  counts: ReadonlyMap<string, number>;
  onToggle: (value: V) => void;
}) {
  const { t } = useTranslation(['filters', 'common']);
  const language = useViewStore((state) => state.language);
  const idPrefix = useId();
  return (
    <fieldset className="filter-facet">
      <legend>{t(facet)}</legend>
      <ul>
        {options.map(({ value, label }) => {
          const count = counts.get(value) ?? 0;
          const checked = chosen.includes(value);
          const nameId = `${idPrefix}-${value}-name`;
          const countId = `${idPrefix}-${value}-count`;
          return (
            <li key={value}>
              {/* The name alone labels the box; the count describes it, so "Kazakhstan" stays findable by name. */}
              <label className="filter-option" data-empty={count === 0 ? '' : undefined}>
                <input
                  type="checkbox"
                  checked={checked}
                  // Ticking an option no project would pass only empties the list; unticking must stay possible.
                  disabled={count === 0 && !checked}
                  onChange={() => onToggle(value)}
                  aria-labelledby={nameId}
                  aria-describedby={countId}
                />
                <span id={nameId} className="filter-option-name">
                  {label}
                </span>
                <span id={countId} className="filter-option-count">
                  <span aria-hidden="true">{formatNumber(count, language)}</span>
                  <span className="visually-hidden">{t('projectCount', { count, formatted: formatNumber(count, language) })}</span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
