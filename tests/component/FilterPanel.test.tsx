import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ProjectFeature, Sector } from '../../src/data/atlasSchema';
import { FilterPanel } from '../../src/features/filters/FilterPanel';
import { ProjectList } from '../../src/features/list/ProjectList';
import { countryName } from '../../src/i18n/countryNames';
import { i18n } from '../../src/i18n/i18n';
import { EMPTY_FILTERS, type Language } from '../../src/vocabulary';
import { defaultViewState } from '../../src/state/viewState';
import { useViewStore } from '../../src/state/viewStore';
import { builtAtlasData } from '../fixtures/builtAtlas';

const data = builtAtlasData();
const features = data.atlas.projects.features;
const total = features.length;

const builderOf = (feature: ProjectFeature) => feature.properties.builder?.organization ?? null;
const countries = [...new Set(features.flatMap((feature) => feature.properties.countries))];
const sectors = [...new Set(features.map((feature) => feature.properties.sector))];
const builders = [...new Set(features.flatMap((feature) => builderOf(feature) ?? []))];
const builderName = (id: string, language: Language) => data.organizationsById.get(id)!.name[language];

const inCountry = (code: string) => (feature: ProjectFeature) => (feature.properties.countries as string[]).includes(code);
const inSector = (sector: string) => (feature: ProjectFeature) => feature.properties.sector === sector;
const byBuilder = (id: string) => (feature: ProjectFeature) => builderOf(feature) === id;

/** A builder and a country that share no project, and a second country that builder does work in. */
const builderWithGap = builders.find((id) => countries.some((code) => !features.some((f) => byBuilder(id)(f) && inCountry(code)(f))))!;
const countryWithoutIt = countries.find((code) => !features.some((f) => byBuilder(builderWithGap)(f) && inCountry(code)(f)))!;

function renderSidebar() {
  return render(
    <I18nextProvider i18n={i18n}>
      <FilterPanel data={data} />
      <ProjectList data={data} />
    </I18nextProvider>,
  );
}

const facet = (key: 'countries' | 'sectors' | 'builders') => screen.getByRole('group', { name: i18n.t(`filters:${key}`) });
const countryBox = (code: string, language: Language = 'en') => within(facet('countries')).getByRole('checkbox', { name: countryName(code, language) });
const sectorBox = (sector: Sector) => within(facet('sectors')).getByRole('checkbox', { name: i18n.t(`common:sector.${sector}`) });
const builderBox = (id: string, language: Language = 'en') => within(facet('builders')).getByRole('checkbox', { name: builderName(id, language) });
const listedNames = () =>
  within(screen.getByRole('list', { name: i18n.t('list:heading') }))
    .getAllByRole('button')
    // The compare toggles beside the rows are toggle buttons (aria-pressed); the rows are not.
    .filter((button) => !button.hasAttribute('aria-pressed'))
    .map((row) => row.querySelector('.project-row-name')!.textContent);
const namesOf = (list: readonly ProjectFeature[], language: Language = 'en') => list.map((feature) => feature.properties.name[language]);

/** The count shown for an option, read from its accessible description ("12 projects"). */
function expectCount(box: HTMLElement, count: number) {
  expect(box).toHaveAccessibleDescription(new RegExp(`^${count}\\b`));
  const dimmed = box.closest('label')!.hasAttribute('data-empty');
  expect(dimmed).toBe(count === 0);
}

beforeEach(async () => {
  await i18n.changeLanguage('en');
  useViewStore.getState().restore(defaultViewState('en'));
});

describe('FilterPanel', () => {
  it('needs a builder that works in some countries only for the dimming tests', () => {
    expect(builderWithGap).toBeDefined();
    expect(countryWithoutIt).toBeDefined();
  });

  it('offers every country, sector and builder of the data, each with its number of projects', () => {
    renderSidebar();
    expect(within(facet('countries')).getAllByRole('checkbox')).toHaveLength(countries.length);
    expect(within(facet('sectors')).getAllByRole('checkbox')).toHaveLength(sectors.length);
    expect(within(facet('builders')).getAllByRole('checkbox')).toHaveLength(builders.length);
    for (const code of countries) expectCount(countryBox(code), features.filter(inCountry(code)).length);
    for (const sector of sectors) expectCount(sectorBox(sector), features.filter(inSector(sector)).length);
    for (const id of builders) expectCount(builderBox(id), features.filter(byBuilder(id)).length);
    expect(screen.getByText(new RegExp(`^${total} of ${total} projects`))).toHaveAttribute('aria-live', 'polite');
  });

  it('ticking Kazakhstan filters the store and the list to exactly its projects and recounts the other facets', async () => {
    const user = userEvent.setup();
    renderSidebar();
    await user.click(countryBox('KZ'));

    expect(useViewStore.getState().filters).toEqual({ ...EMPTY_FILTERS, countries: ['KZ'] });
    expect(countryBox('KZ')).toBeChecked();
    const kazakh = features.filter(inCountry('KZ'));
    expect(kazakh.length).toBeLessThan(total);
    expect(new Set(listedNames())).toEqual(new Set(namesOf(kazakh)));
    expect(listedNames()).toHaveLength(kazakh.length);
    expect(screen.getByText(new RegExp(`^${kazakh.length} of ${total} projects shown$`))).toBeInTheDocument();

    // A facet's own choice does not narrow its counts; the other facets' do.
    for (const code of countries) expectCount(countryBox(code), features.filter(inCountry(code)).length);
    for (const sector of sectors) expectCount(sectorBox(sector), kazakh.filter(inSector(sector)).length);
    for (const id of builders) expectCount(builderBox(id), kazakh.filter(byBuilder(id)).length);
  });

  it('combines facets: a builder then a sector leaves the projects matching both', async () => {
    const user = userEvent.setup();
    renderSidebar();
    await user.click(builderBox(builderWithGap));
    const built = features.filter(byBuilder(builderWithGap));
    const sector = built[0]!.properties.sector;
    await user.click(sectorBox(sector));

    expect(useViewStore.getState().filters).toEqual({ countries: [], sectors: [sector], builders: [builderWithGap] });
    expect(new Set(listedNames())).toEqual(new Set(namesOf(built.filter(inSector(sector)))));
    for (const code of countries) expectCount(countryBox(code), built.filter(inSector(sector)).filter(inCountry(code)).length);
    for (const id of builders) expectCount(builderBox(id), features.filter(inSector(sector)).filter(byBuilder(id)).length);
  });

  it('dims options no project would pass and disables them unless they are ticked', async () => {
    const user = userEvent.setup();
    renderSidebar();
    await user.click(builderBox(builderWithGap));
    expectCount(countryBox(countryWithoutIt), 0);
    expect(countryBox(countryWithoutIt)).toBeDisabled();

    // A link can tick an option that leaves nothing: it stays untickable.
    act(() => useViewStore.getState().restore({ ...defaultViewState('en'), filters: { ...EMPTY_FILTERS, countries: [countryWithoutIt], builders: [builderWithGap] } }));
    expectCount(countryBox(countryWithoutIt), 0);
    expect(countryBox(countryWithoutIt)).toBeChecked();
    expect(countryBox(countryWithoutIt)).toBeEnabled();
    await user.click(countryBox(countryWithoutIt));
    expect(useViewStore.getState().filters.countries).toEqual([]);
  });

  it('Clear all is disabled until something is ticked, then unticks everything', async () => {
    const user = userEvent.setup();
    renderSidebar();
    const clearAll = screen.getByRole('button', { name: i18n.t('filters:clearAll') });
    expect(clearAll).toBeDisabled();
    await user.click(countryBox('KZ'));
    await user.click(sectorBox(features.find(inCountry('KZ'))!.properties.sector));
    expect(clearAll).toBeEnabled();

    await user.click(clearAll);
    expect(useViewStore.getState().filters).toEqual(EMPTY_FILTERS);
    for (const box of screen.getAllByRole('checkbox')) expect(box).not.toBeChecked();
    expect(listedNames()).toHaveLength(total);
    expect(screen.getByText(new RegExp(`^${total} of ${total} projects shown$`))).toBeInTheDocument();
    expect(clearAll).toBeDisabled();
  });

  it('speaks the interface language: legends, country and builder names, summary', async () => {
    renderSidebar();
    const englishLegend = i18n.t('filters:countries');
    await act(async () => {
      await i18n.changeLanguage('ru');
      useViewStore.getState().setLanguage('ru');
    });
    expect(i18n.t('filters:countries')).not.toBe(englishLegend);
    expect(screen.queryByRole('group', { name: englishLegend })).not.toBeInTheDocument();
    for (const code of countries) expectCount(countryBox(code, 'ru'), features.filter(inCountry(code)).length);
    for (const id of builders) builderBox(id, 'ru');
    expect(builders.some((id) => builderName(id, 'ru') !== builderName(id, 'en'))).toBe(true);
    const summary = i18n.t('filters:summary', { count: total, shown: String(total), total: String(total) });
    expect(summary).toMatch(/[а-я]/);
    expect(screen.getByText(summary)).toHaveAttribute('aria-live', 'polite');
  });
});
