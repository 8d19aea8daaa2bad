import type { ParseKeys, TOptions } from 'i18next';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CountryCode, Figure, ProjectFeature } from '../../src/data/atlasSchema';
import { formatQuantity, unitLabel } from '../../src/domain/format/formatQuantity';
import { StatisticsView } from '../../src/features/stats/StatisticsView';
import { LIST_STEP } from '../../src/features/stats/StatsButtons';
import { indexAtlas } from '../../src/data/loadAtlas';
import { synthesizeAtlas } from '../../data/scripts/syntheticAtlas';
import { countryShapesByAlpha2 } from '../../data/scripts/worldCountries';
import { countryName } from '../../src/i18n/countryNames';
import { i18n } from '../../src/i18n/i18n';
import type { Language } from '../../src/vocabulary';
import { defaultViewState } from '../../src/state/viewState';
import { useViewStore } from '../../src/state/viewStore';
import { builtAtlasData } from '../fixtures/builtAtlas';

const data = builtAtlasData();
const features = data.atlas.projects.features;

/** The figure of a metric as the statistics read it: the later of a before/after pair. */
const stated = (figures: readonly Figure[], metric: string) => figures.find((figure) => figure.metric === metric && figure.phase !== 'before');
const capacityOf = (feature: ProjectFeature) => stated(feature.properties.figures, 'capacity');
const withCapacity = features.filter((feature) => capacityOf(feature) !== undefined);
const capacityUnit = capacityOf(withCapacity[0]!)!.unit;

function renderStatistics() {
  return render(
    <I18nextProvider i18n={i18n}>
      <StatisticsView data={data} />
    </I18nextProvider>,
  );
}

const t = (key: ParseKeys<'stats'>, options?: TOptions) => i18n.t(key, { ...options, ns: 'stats' });
const chartTitle = (title: ParseKeys<'stats'>, language: Language = 'en') => t('titleWithUnit', { title: t(title), unit: unitLabel(capacityUnit, language) });
const figure = (name: string) => screen.getByRole('figure', { name });
/** The chart's numbers as its text alternative gives them: first cell → second cell. */
function tableOf(figureElement: HTMLElement): Map<string, string> {
  const table = within(figureElement).getByRole('table');
  return new Map(within(table).getAllByRole('row').slice(1).map((row) => [row.children[0]!.textContent!, row.children[1]!.textContent!]));
}
const format = (value: number, language: Language = 'en', qualifier: Figure['qualifier'] = null) => formatQuantity(value, capacityUnit, qualifier, language);

beforeEach(async () => {
  await i18n.changeLanguage('en');
  useViewStore.getState().restore(defaultViewState('en'));
});

describe('StatisticsView', () => {
  it('has its words registered in every language (src/i18n/i18n.ts)', () => {
    for (const language of ['en', 'zh', 'ru']) expect(i18n.hasResourceBundle(language, 'stats'), language).toBe(true);
  });

  it('adds up the stated capacities by country, projects in several countries apart', () => {
    renderStatistics();
    const expected = new Map<string, string>();
    for (const code of new Set(withCapacity.flatMap((feature) => feature.properties.countries))) {
      const inCountry = withCapacity.filter((feature) => feature.properties.countries.length === 1 && feature.properties.countries[0] === code);
      if (inCountry.length > 0) expected.set(countryName(code, 'en'), format(inCountry.reduce((sum, feature) => sum + capacityOf(feature)!.value, 0)));
    }
    const crossing = withCapacity.filter((feature) => feature.properties.countries.length > 1);
    if (crossing.length > 0) expected.set(t('crossBorder'), format(crossing.reduce((sum, feature) => sum + capacityOf(feature)!.value, 0)));
    expect(tableOf(figure(chartTitle('capacityByCountry')))).toEqual(expected);
  });

  it('adds up the stated capacities by sector and says how many projects state none', () => {
    renderStatistics();
    const chart = figure(chartTitle('capacityBySector'));
    const sectors = [...new Set(withCapacity.map((feature) => feature.properties.sector))];
    const expected = new Map(
      sectors.map((sector) => [
        i18n.t(`common:sector.${sector}`),
        format(withCapacity.filter((feature) => feature.properties.sector === sector).reduce((sum, feature) => sum + capacityOf(feature)!.value, 0)),
      ]),
    );
    expect(tableOf(chart)).toEqual(expected);
    expect(chart).toHaveTextContent(t('capacityStatedFor', { count: features.length, stated: String(withCapacity.length) }));
  });

  it('lists the projects that state no capacity instead of counting them as zero', () => {
    renderStatistics();
    const section = screen.getByRole('region', { name: t('noCapacityHeading') });
    const withoutCapacity = features.filter((feature) => capacityOf(feature) === undefined && !feature.properties.groups.some((id) => data.groupsById.get(id)!.figures.some((f) => f.metric === 'capacity')));
    expect(within(section).getAllByRole('button').map((button) => button.textContent)).toEqual(withoutCapacity.map((feature) => feature.properties.name.en));
  });

  it('counts projects by country, a project in several countries in each of them, and says so', () => {
    renderStatistics();
    const chart = figure(t('countByCountry'));
    const multiCountry = features.filter((feature) => feature.properties.countries.length > 1);
    expect(multiCountry.length).toBeGreaterThan(0);
    const counts = tableOf(chart);
    for (const code of new Set(features.flatMap((feature) => feature.properties.countries))) {
      const inCountry = features.filter((feature) => feature.properties.countries.includes(code));
      const marked = inCountry.some((feature) => multiCountry.includes(feature));
      const label = `${countryName(code, 'en')}${marked ? ` ${t('multiCountryMark')}` : ''}`;
      expect(counts.get(label), label).toBe(t('projectCount', { count: inCountry.length, formatted: String(inCountry.length) }));
    }
    for (const feature of multiCountry) expect(chart).toHaveTextContent(feature.properties.name.en);
  });

  it('counts projects by sector, adding up to the projects shown', () => {
    renderStatistics();
    const counts = tableOf(figure(t('countBySector')));
    const sectors = new Set(features.map((feature) => feature.properties.sector));
    expect(counts.size).toBe(sectors.size);
    for (const sector of sectors) {
      const count = features.filter((feature) => feature.properties.sector === sector).length;
      expect(counts.get(i18n.t(`common:sector.${sector}`))).toBe(t('projectCount', { count, formatted: String(count) }));
    }
  });

  it('gives one total per figure and unit, group figures once, approximate totals marked and explained', () => {
    renderStatistics();
    const section = screen.getByRole('region', { name: t('outcomesHeading') });
    const rows = within(section).getAllByRole('row').slice(1);
    // The forum's outcome figures, one per metric: nothing to add up yet, so each total is its figure,
    // a group's figure once for the group. English writes 超 "over" and 多 "more than" (both lower bounds).
    expect(rows.map((row) => [row.querySelector('th')!.textContent, row.children[1]!.textContent])).toEqual([
      // 超5.5亿千瓦时 for Shelek and Zhanatas together: 5.5 × 10^8.
      ['Yearly electricity (kWh/yr)', '≈ over 550 million kWh/yr'],
      // 31.5万公顷 = 31.5 × 10^4.
      ['Irrigated farmland (ha)', '315,000 ha'],
      // 178万 = 178 × 10^4.
      ['People served (people)', '1.78 million people'],
      // 约50万户 for Navoi and Zarafshan together.
      ['Households supplied (households)', '≈ about 500,000 households'],
      // ALLUR's 近10万辆 now; the earlier 9000余辆 is not added.
      ['Production and sales (vehicles)', '≈ nearly 100,000 vehicles'],
      ['Travel time saved (hours)', '≈ about 2 hours'],
      ['Provinces served (provinces)', '≈ more than 20 provinces'],
    ]);
    for (const group of data.atlas.groups) expect(within(section).getAllByText(group.name.en)).toHaveLength(group.figures.length);
    expect(section).toHaveTextContent(t('approximateNote'));
  });

  it('lists organisation figures apart, per organisation', () => {
    renderStatistics();
    const section = screen.getByRole('region', { name: t('organizationsHeading') });
    const builders = new Set(features.flatMap((feature) => feature.properties.builder?.organization ?? []));
    const expected = data.atlas.organizations.filter((organization) => organization.figures.length > 0 && builders.has(organization.id));
    expect(within(section).getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent)).toEqual(expected.map((organization) => organization.name.en));
    for (const organization of expected) {
      for (const f of organization.figures) expect(section).toHaveTextContent(formatQuantity(f.value, f.unit, f.qualifier, 'en'));
    }
  });

  it('lists the projects for which no figure is stated', () => {
    renderStatistics();
    const section = screen.getByRole('region', { name: t('withoutFiguresHeading') });
    const without = features.filter((feature) => feature.properties.figures.length === 0 && feature.properties.groups.length === 0);
    expect(within(section).getAllByRole('button').map((button) => button.textContent)).toEqual(without.map((feature) => feature.properties.name.en));
  });

  it('follows the filters', () => {
    renderStatistics();
    const country: CountryCode = withCapacity.find((feature) => feature.properties.countries.length === 1)!.properties.countries[0]!;
    act(() => useViewStore.getState().toggleFilter('countries', country));
    const shown = features.filter((feature) => feature.properties.countries.includes(country));
    const shownWithCapacity = shown.filter((feature) => capacityOf(feature) !== undefined && feature.properties.countries.length === 1);
    expect(tableOf(figure(chartTitle('capacityByCountry')))).toEqual(
      new Map([[countryName(country, 'en'), format(shownWithCapacity.reduce((sum, feature) => sum + capacityOf(feature)!.value, 0))]]),
    );
    expect(screen.getByText(t('summary', { count: features.length, shown: String(shown.length), total: String(features.length) }))).toBeInTheDocument();
  });

  it('toggles a country’s or a sector’s filter when its bar is clicked', () => {
    renderStatistics();
    const countryChart = figure(chartTitle('capacityByCountry'));
    const firstCountry = [...tableOf(countryChart).keys()][0]!;
    const code = [...new Set(features.flatMap((feature) => feature.properties.countries))].find((candidate) => countryName(candidate, 'en') === firstCountry)!;
    fireEvent.click(countryChart.querySelector('.recharts-rectangle')!);
    expect(useViewStore.getState().filters.countries).toEqual([code]);

    const sectorChart = figure(t('countBySector'));
    const firstSector = [...tableOf(sectorChart).keys()][0]!;
    const sector = [...new Set(features.map((feature) => feature.properties.sector))].find((candidate) => i18n.t(`common:sector.${candidate}`) === firstSector)!;
    fireEvent.click(sectorChart.querySelector('.recharts-rectangle')!);
    expect(useViewStore.getState().filters.sectors).toEqual([sector]);
  });

  it('selects a project when its name is clicked', async () => {
    renderStatistics();
    const section = screen.getByRole('region', { name: t('withoutFiguresHeading') });
    const [button] = within(section).getAllByRole('button');
    await userEvent.click(button!);
    expect(useViewStore.getState().project).toBe(features.find((feature) => feature.properties.name.en === button!.textContent)!.id);
  });

  it('speaks the interface language, numbers included', async () => {
    await act(async () => {
      useViewStore.getState().setLanguage('zh');
      await i18n.changeLanguage('zh');
    });
    renderStatistics();
    const table = tableOf(figure(chartTitle('capacityByCountry', 'zh')));
    expect(table.size).toBeGreaterThan(0);
    for (const [label, value] of table) {
      expect(label).toMatch(/\p{Script=Han}/u);
      expect(value.endsWith(unitLabel(capacityUnit, 'zh'))).toBe(true);
    }
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(i18n.t('stats:heading', { lng: 'zh' }));
  });
});

describe('StatisticsView downloads', () => {
  // jsdom has no object URLs and cannot download: the test keeps each blob and records each saved file.
  const jsdomUrl = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
  let saved: Array<{ name: string; blob: Blob | null }>;

  beforeEach(() => {
    saved = [];
    const blobs = new Map<string, Blob>();
    URL.createObjectURL = (blob: Blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    };
    URL.revokeObjectURL = () => {};
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: blobs.get(this.href) ?? null });
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
    Object.assign(URL, jsdomUrl);
  });

  it('saves the shown projects as GeoJSON and as CSV with a byte-order mark', async () => {
    renderStatistics();
    const country = features[0]!.properties.countries[0]!;
    act(() => useViewStore.getState().toggleFilter('countries', country));
    const shown = features.filter((feature) => feature.properties.countries.includes(country));
    const group = screen.getByRole('group', { name: t('exportHeading', { count: shown.length, formatted: String(shown.length) }) });

    await userEvent.click(within(group).getByRole('button', { name: t('exportGeoJson') }));
    const geojson = JSON.parse(await saved[0]!.blob!.text()) as { type: string; features: ProjectFeature[] };
    expect(saved[0]!.name).toMatch(/\.geojson$/);
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features.map((feature) => feature.id)).toEqual(shown.map((feature) => feature.id));

    await userEvent.click(within(group).getByRole('button', { name: t('exportCsv') }));
    const bytes = new Uint8Array(await saved[1]!.blob!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(saved[1]!.name).toMatch(/\.csv$/);
    const csv = await saved[1]!.blob!.text();
    for (const feature of shown) expect(csv).toContain(feature.properties.name.zh);
  });

  it('says so when a file cannot be made, instead of failing silently', async () => {
    // What a browser does when a file passes what it can hold in memory.
    URL.createObjectURL = () => {
      throw new RangeError('Invalid string length');
    };
    renderStatistics();
    const group = screen.getByRole('group', { name: t('exportHeading', { count: features.length, formatted: String(features.length) }) });
    await userEvent.click(within(group).getByRole('button', { name: t('exportGeoJson') }));
    expect(screen.getByRole('alert')).toHaveTextContent(t('exportFailed', { reason: 'Invalid string length' }));
    expect(saved).toEqual([]);
  });

  it('has the words for a failed file in every language', () => {
    for (const language of ['en', 'zh', 'ru']) {
      const text = i18n.t('stats:exportFailed', { lng: language, reason: 'R' });
      expect(text, language).toContain('R');
      expect(text, language).not.toContain('exportFailed');
    }
  });

  it('saves a chart as SVG with its title', async () => {
    renderStatistics();
    const title = t('countBySector');
    const chart = figure(title);
    await userEvent.click(within(within(chart).getByRole('group', { name: t('downloadChart', { title }) })).getByRole('button', { name: t('downloadSvg') }));
    const svg = await saved[0]!.blob!.text();
    expect(saved[0]!.name).toMatch(/\.svg$/);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain(`<title>${title}</title>`);
    expect(svg).toContain('recharts-bar');
  });
});

// Rendering thousands of projects' statistics in jsdom takes seconds on a busy machine.
describe('StatisticsView with thousands of projects', { timeout: 30_000 }, () => {
  // A synthetic dataset: most of its projects state no figure, far more than one screen of names.
  const large = indexAtlas(synthesizeAtlas({ count: 3_000, seed: 7, countryShapes: countryShapesByAlpha2() }));
  const withoutFigures = large.atlas.projects.features.filter((feature) => feature.properties.figures.length === 0);

  it('lists the first names of a long list and shows more on request, never a button per project at once', async () => {
    expect(withoutFigures.length).toBeGreaterThan(2 * LIST_STEP);
    render(
      <I18nextProvider i18n={i18n}>
        <StatisticsView data={large} />
      </I18nextProvider>,
    );
    const section = screen.getByRole('region', { name: t('withoutFiguresHeading') });
    const names = () => within(section).getAllByRole('listitem').map((item) => item.textContent);
    const allNames = new Set(withoutFigures.map((feature) => feature.properties.name.en));
    expect(names()).toHaveLength(LIST_STEP);
    expect(names().every((name) => allNames.has(name ?? ''))).toBe(true);
    // Projects in a group with a group figure are not "without figures", so the count is the view's own.
    await userEvent.click(within(section).getByRole('button', { name: new RegExp(`^Show ${LIST_STEP} more \\([\\d,]+ not shown\\)$`) }));
    expect(new Set(names()).size).toBe(2 * LIST_STEP);
  });
});

describe('StatisticsView with a thousand projects in two countries', { timeout: 30_000 }, () => {
  // Every project lies in Kazakhstan and Uzbekistan: the bars and the note have a thousand names to give.
  const synthetic = synthesizeAtlas({ count: 1_000, seed: 13, countryShapes: countryShapesByAlpha2() });
  const twoCountries = indexAtlas({
    ...synthetic,
    projects: {
      ...synthetic.projects,
      features: synthetic.projects.features.map((feature) => ({ ...feature, properties: { ...feature.properties, countries: ['KZ', 'UZ'] as CountryCode[] } })),
    },
  });
  const names = (language: Language) => twoCountries.atlas.projects.features.map((feature) => feature.properties.name[language]);

  function renderLarge() {
    render(
      <I18nextProvider i18n={i18n}>
        <StatisticsView data={twoCountries} />
      </I18nextProvider>,
    );
  }

  it('names the first projects of a bar and of the note, then how many more', () => {
    renderLarge();
    const chart = figure(t('countByCountry'));
    const [firstFifty, rest] = [names('en').slice(0, 50).join('; '), 'and 950 more projects'];
    const kazakhstan = within(chart).getByRole('rowheader', { name: 'Kazakhstan *' }).closest('tr')!;
    expect(kazakhstan.children[2]!.textContent).toBe(`${firstFifty} ${rest}`);
    expect(chart).toHaveTextContent(`* Includes ${firstFifty} ${rest}, which lies in several countries`);
    expect(chart.textContent).not.toContain(names('en')[50]);
  });

  it('says how many more in the plural the language asks for', async () => {
    await act(async () => {
      useViewStore.getState().setLanguage('ru');
      await i18n.changeLanguage('ru');
    });
    renderLarge();
    const kazakhstan = within(figure(i18n.t('stats:countByCountry'))).getByRole('rowheader', { name: 'Казахстан *' }).closest('tr')!;
    // 950: the "many" form.
    expect(kazakhstan.children[2]!.textContent).toBe(`${names('ru').slice(0, 50).join('; ')} и ещё 950 проектов`);
    const ru = i18n.getFixedT('ru', 'stats');
    expect([1, 2, 5, 21].map((rest) => ru('moreNames', { names: 'А', count: rest, rest: String(rest) }))).toEqual([
      'А и ещё 1 проект',
      'А и ещё 2 проекта',
      'А и ещё 5 проектов',
      'А и ещё 21 проект',
    ]);
    const zh = i18n.getFixedT('zh', 'stats');
    expect(zh('moreNames', { names: '甲', count: 950, rest: '950' })).toBe('甲等，另有 950 个项目');
  });
});

