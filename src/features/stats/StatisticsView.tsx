// The statistics of the projects the filters let through: which are largest, what each country and
// sector adds up to, what the projects bring. Every number is a sum of figures the speeches state;
// what no speech states is listed, never counted as zero.
import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectFeature } from '../../data/atlasSchema';
import { formatNumber, unitLabel } from '../../domain/format/formatQuantity';
import { CROSS_BORDER, SEVERAL_SECTORS, type CountryKey, type SectorKey, type UnitBreakdown } from '../../domain/stats/figureBreakdown';
import { filterStatistics, type FilterStatistics } from '../../domain/stats/filterStatistics';
import type { CountRow } from '../../domain/stats/projectCounts';
import { countryName } from '../../i18n/countryNames';
import { registerMessages } from '../../i18n/registerMessages';
import { useVisibleProjects } from '../../state/useVisibleProjects';
import { useViewStore } from '../../state/viewStore';
import { BreakdownChart, type BreakdownBar } from './BreakdownChart';
import { ExportButtons } from './ExportButtons';
import { OrganizationFigureList } from './OrganizationFigureList';
import { OutcomeTable } from './OutcomeTable';
import { statsMessages } from './messages';
import { ProjectButtons } from './StatsButtons';
import { namesText, subjectName, totalText } from './statsText';
import './stats.css';
import type { AtlasData, Language } from '../../vocabulary';

// The view's words (and those of the layer totals it shows beside its chart) come with its chunk.
registerMessages('stats', statsMessages);

/** The capacity the speeches state per country, in MW (a cross-border figure belongs to no one country). */
function speechesMwByCountry(statistics: FilterStatistics): ReadonlyMap<string, number> {
  const megawatts = statistics.capacity.byCountry.find(({ unit }) => unit === 'MW');
  return new Map((megawatts?.rows ?? []).flatMap(({ key, total }) => (key === CROSS_BORDER ? [] : [[key, total.value] as const])));
}

/**
 * `beside`: what the app sets next to the speeches' figures (the visitor's reference layers'
 * totals), given the capacity the speeches state per country in MW.
 */
export function StatisticsView({ data, beside }: { data: AtlasData; beside?: (speechesMw: ReadonlyMap<string, number>) => ReactNode }) {
  const { t } = useTranslation(['stats', 'common']);
  const language = useViewStore((state) => state.language);
  const clearFilters = useViewStore((state) => state.clearFilters);
  const shown = useVisibleProjects(data);
  const statistics = useMemo(() => filterStatistics(data, shown), [data, shown]);
  const headingId = useId();
  const total = data.atlas.projects.features.length;

  return (
    <section className="stats" aria-labelledby={headingId}>
      <header className="stats__header">
        <h2 id={headingId}>{t('heading')}</h2>
        <p>{t('summary', { count: total, shown: formatNumber(shown.length, language), total: formatNumber(total, language) })}</p>
        <p className="stats__intro">{t('rules')}</p>
        <ExportButtons data={data} shown={shown} language={language} />
      </header>
      {shown.length === 0 ? (
        <div className="stats__empty">
          <p>{t('empty')}</p>
          <button type="button" onClick={clearFilters}>
            {t('clearFilters')}
          </button>
        </div>
      ) : (
        <>
          <p className="stats__intro">{t('clickHint')}</p>
          <div className="stats__charts">
            <CapacityCharts statistics={statistics} language={language} />
            <CountCharts statistics={statistics} language={language} />
          </div>
          {beside?.(speechesMwByCountry(statistics))}
          {statistics.capacity.unstated.length > 0 && statistics.capacity.unstated.length < shown.length && (
            <ProjectListSection heading={t('noCapacityHeading')} intro={t('noCapacityIntro')} projects={statistics.capacity.unstated} language={language} />
          )}
          {statistics.outcomes.length > 0 && <OutcomeTable rows={statistics.outcomes} shown={shown} language={language} />}
          {statistics.organizations.length > 0 && <OrganizationFigureList entries={statistics.organizations} language={language} />}
          {statistics.withoutFigures.length > 0 && (
            <ProjectListSection heading={t('withoutFiguresHeading')} intro={t('withoutFiguresIntro')} projects={statistics.withoutFigures} language={language} />
          )}
        </>
      )}
    </section>
  );
}

function useToggleFilter() {
  const toggleFilter = useViewStore((state) => state.toggleFilter);
  return {
    country: (key: CountryKey) => (key === CROSS_BORDER ? null : () => toggleFilter('countries', key)),
    sector: (key: SectorKey) => (key === SEVERAL_SECTORS ? null : () => toggleFilter('sectors', key)),
  };
}

function CapacityCharts({ statistics, language }: { statistics: FilterStatistics; language: Language }) {
  const { t } = useTranslation(['stats', 'common']);
  const toggle = useToggleFilter();
  const { byCountry, bySector, unstated } = statistics.capacity;
  if (byCountry.length === 0) return <p className="stats__note">{t('noCapacityAnywhere')}</p>;
  const shownCount = statistics.shown.length;
  const statedNote = t('capacityStatedFor', { count: shownCount, stated: formatNumber(shownCount - unstated.length, language) });
  return (
    <>
      <CapacityBreakdown
        breakdowns={byCountry}
        title={t('capacityByCountry')}
        keyHeader={t('country')}
        fileName="capacity-by-country"
        labelOf={(key) => (key === CROSS_BORDER ? t('crossBorder') : countryName(key, language))}
        selectOf={toggle.country}
        shared={{ key: CROSS_BORDER, note: t('crossBorderNote') }}
        statedNote={statedNote}
        language={language}
      />
      <CapacityBreakdown
        breakdowns={bySector}
        title={t('capacityBySector')}
        keyHeader={t('sector')}
        fileName="capacity-by-sector"
        labelOf={(key) => (key === SEVERAL_SECTORS ? t('severalSectors') : t(`common:sector.${key}`))}
        selectOf={toggle.sector}
        shared={{ key: SEVERAL_SECTORS, note: t('severalSectorsNote') }}
        statedNote={statedNote}
        language={language}
      />
    </>
  );
}

/** One chart per unit of a capacity breakdown (all capacities are stated in MW today, so one chart). */
function CapacityBreakdown<Key extends string>({
  breakdowns,
  title,
  keyHeader,
  fileName,
  labelOf,
  selectOf,
  shared,
  statedNote,
  language,
}: {
  breakdowns: Array<UnitBreakdown<Key>>;
  title: string;
  keyHeader: string;
  fileName: string;
  labelOf: (key: Key) => string;
  selectOf: (key: Key) => (() => void) | null;
  /** The row for figures that belong to several countries or sectors, and the note explaining it. */
  shared: { key: Key; note: string };
  statedNote: string;
  language: Language;
}) {
  const { t } = useTranslation(['stats', 'common']);
  return breakdowns.map(({ unit, rows }) => (
    <BreakdownChart
      key={unit}
      title={t('titleWithUnit', { title, unit: unitLabel(unit, language) })}
      fileName={`silk-road-atlas-${fileName}`}
      keyHeader={keyHeader}
      valueHeader={t('capacity')}
      bars={rows.map(({ key, total }) => ({
        key,
        label: labelOf(key),
        value: total.value,
        valueText: totalText(total, language),
        projects: namesText(total.contributions, ({ subject }) => subjectName(subject, language), language, t),
        onSelect: selectOf(key),
      }))}
      language={language}
      notes={
        <>
          <p>{statedNote}</p>
          {rows.some(({ key }) => key === shared.key) && <p>{shared.note}</p>}
          {rows.some(({ total }) => total.qualifier !== null) && <p>{t('approximateNote')}</p>}
        </>
      }
    />
  ));
}

function CountCharts({ statistics, language }: { statistics: FilterStatistics; language: Language }) {
  const { t } = useTranslation(['stats', 'common']);
  const toggle = useToggleFilter();
  const multiCountry = statistics.shown.filter((project) => project.properties.countries.length > 1);
  const projectName = (project: ProjectFeature) => project.properties.name[language];
  const barsOf = <Key extends string>(rows: Array<CountRow<Key>>, labelOf: (row: CountRow<Key>) => string, selectOf: (key: Key) => (() => void) | null): BreakdownBar[] =>
    rows.map((row) => ({
      key: row.key,
      label: labelOf(row),
      value: row.projects.length,
      valueText: t('projectCount', { count: row.projects.length, formatted: formatNumber(row.projects.length, language) }),
      projects: namesText(row.projects, projectName, language, t),
      onSelect: selectOf(row.key),
    }));
  const countryLabel = (row: CountRow<CountryKey>) => `${countryName(row.key, language)}${row.multiCountry.length > 0 ? ` ${t('multiCountryMark')}` : ''}`;

  return (
    <>
      <BreakdownChart
        title={t('countByCountry')}
        fileName="silk-road-atlas-projects-by-country"
        keyHeader={t('country')}
        valueHeader={t('projects')}
        bars={barsOf(statistics.countsByCountry, countryLabel, toggle.country)}
        language={language}
        integer
        notes={
          multiCountry.length > 0 && (
            <p>
              {t('multiCountryNote', {
                count: statistics.shown.length,
                names: namesText(multiCountry, projectName, language, t),
              })}
            </p>
          )
        }
      />
      <BreakdownChart
        title={t('countBySector')}
        fileName="silk-road-atlas-projects-by-sector"
        keyHeader={t('sector')}
        valueHeader={t('projects')}
        bars={barsOf(statistics.countsBySector, (row) => t(`common:sector.${row.key}`), toggle.sector)}
        language={language}
        integer
        notes={null}
      />
    </>
  );
}

function ProjectListSection({ heading, intro, projects, language }: { heading: string; intro: string; projects: readonly ProjectFeature[]; language: Language }) {
  const headingId = useId();
  return (
    <section className="stats__section" aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      <p className="stats__intro">{intro}</p>
      <ProjectButtons projects={projects} language={language} />
    </section>
  );
}
