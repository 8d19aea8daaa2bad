import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProjectFeature } from '../../src/data/atlasSchema';
import { projectCapacity } from '../../src/domain/figures/projectCapacity';
import { formatQuantity } from '../../src/domain/format/formatQuantity';
import { ProjectList } from '../../src/features/list/ProjectList';
import { i18n } from '../../src/i18n/i18n';
import { EMPTY_FILTERS, type Language } from '../../src/vocabulary';
import { defaultViewState } from '../../src/state/viewState';
import { useViewStore } from '../../src/state/viewStore';
import { builtAtlasData } from '../fixtures/builtAtlas';

const data = builtAtlasData();
const features = data.atlas.projects.features;

const byName = (language: Language) => (a: ProjectFeature, b: ProjectFeature) =>
  a.properties.name[language].localeCompare(b.properties.name[language], language);
const namesOf = (list: readonly ProjectFeature[], language: Language = 'en') => list.map((feature) => feature.properties.name[language]);
const featureNamed = (name: string | null) => features.find((feature) => feature.properties.name.en === name)!;

/** What the capacity cell reads: the quantity, or a dash with its spoken meaning. */
function capacityText(feature: ProjectFeature, language: Language): string {
  const capacity = projectCapacity(feature);
  if (capacity === null) return `—${i18n.getFixedT(language, 'list')('noCapacity')}`;
  return formatQuantity(capacity.value, capacity.unit, capacity.qualifier, language);
}

function renderList() {
  return render(
    <I18nextProvider i18n={i18n}>
      <ProjectList data={data} />
    </I18nextProvider>,
  );
}

// The compare toggles beside the rows are toggle buttons (aria-pressed); the rows are not.
const rows = () =>
  within(screen.getByRole('list', { name: i18n.t('list:heading') }))
    .getAllByRole('button')
    .filter((button) => !button.hasAttribute('aria-pressed'));
const rowNames = () => rows().map((row) => row.querySelector('.project-row-name')!.textContent);
const rowCapacities = () => rows().map((row) => row.querySelector('.project-row-capacity')!.textContent);
const sortButton = (key: 'name' | 'capacity', direction: 'ascending' | 'descending') =>
  screen.getByRole('button', { name: i18n.t(`list:sort.${key}.${direction}`) });

/** The first country and builder that share no project: together they leave the list empty. */
function filtersMatchingNothing() {
  const builders = [...new Set(features.flatMap((feature) => feature.properties.builder?.organization ?? []))];
  for (const builder of builders) {
    const codes = [...new Set(features.flatMap((feature) => feature.properties.countries))];
    const country = codes.find((code) => !features.some((f) => f.properties.builder?.organization === builder && f.properties.countries.includes(code)));
    if (country !== undefined) return { ...EMPTY_FILTERS, countries: [country], builders: [builder] };
  }
  throw new Error('every builder works in every country: no empty combination to test');
}

beforeEach(async () => {
  await i18n.changeLanguage('en');
  useViewStore.getState().restore(defaultViewState('en'));
});

describe('ProjectList', () => {
  it('lists every project by name, A–Z in the interface language', () => {
    renderList();
    expect(rowNames()).toEqual(namesOf([...features].sort(byName('en'))));
    expect(sortButton('name', 'ascending')).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows exactly the projects the filters leave', () => {
    renderList();
    const sector = features[0]!.properties.sector;
    act(() => useViewStore.getState().toggleFilter('sectors', sector));
    const expected = features.filter((feature) => feature.properties.sector === sector);
    expect(expected.length).toBeLessThan(features.length);
    expect(rowNames()).toEqual(namesOf([...expected].sort(byName('en'))));
  });

  it('sorts by capacity, largest then smallest first, with projects stating none always last', async () => {
    const user = userEvent.setup();
    renderList();
    const stated = features.filter((feature) => projectCapacity(feature) !== null);
    const unstated = features.filter((feature) => projectCapacity(feature) === null);
    expect(stated.length).toBeGreaterThan(1);
    expect(unstated.length).toBeGreaterThan(0);
    // Equal capacities fall back to name order.
    const byCapacity = (sign: 1 | -1) => (a: ProjectFeature, b: ProjectFeature) =>
      sign * (projectCapacity(a)!.value - projectCapacity(b)!.value) || byName('en')(a, b);
    const noCapacity = [...unstated].sort(byName('en'));

    await user.click(sortButton('capacity', 'descending'));
    expect(sortButton('capacity', 'descending')).toHaveAttribute('aria-pressed', 'true');
    const descending = [...stated].sort(byCapacity(-1));
    expect(rowNames()).toEqual(namesOf([...descending, ...noCapacity]));
    expect(rowCapacities()).toEqual([...descending, ...noCapacity].map((feature) => capacityText(feature, 'en')));

    await user.click(sortButton('capacity', 'descending'));
    expect(sortButton('capacity', 'ascending')).toHaveAttribute('aria-pressed', 'true');
    expect(rowNames()).toEqual(namesOf([...[...stated].sort(byCapacity(1)), ...noCapacity]));

    await user.click(sortButton('name', 'ascending'));
    await user.click(sortButton('name', 'ascending'));
    expect(rowNames()).toEqual(namesOf([...features].sort(byName('en')).reverse()));
  });

  it('says "no capacity stated" to assistive technology instead of a bare dash', () => {
    renderList();
    const row = rows().find((candidate) => projectCapacity(featureNamed(candidate.querySelector('.project-row-name')!.textContent)) === null)!;
    expect(within(row).getByText('—')).toHaveAttribute('aria-hidden', 'true');
    expect(row).toHaveAccessibleName(expect.stringContaining(i18n.t('list:noCapacity')));
  });

  it.each([
    ['en', 'No location on the map'],
    ['zh', '地图上无位置'],
    ['ru', 'Нет местоположения на карте'],
  ] as const)('marks, in %s, the projects that have no place on the map', async (language, mark) => {
    await act(async () => {
      useViewStore.getState().setLanguage(language);
      await i18n.changeLanguage(language);
    });
    renderList();
    const marked = rows().filter((row) => row.textContent?.includes(mark));
    expect(marked).toHaveLength(5);
    expect(new Set(marked.map((row) => features.find((feature) => feature.properties.name[language] === row.querySelector('.project-row-name')!.textContent)?.id))).toEqual(
      new Set(['cmg-direct-to-central-asia', 'cmg-classic-quotes-multilingual', 'cmg-news-hotline', 'cmg-joint-documentaries', 'china-central-asia-news-alliance']),
    );
    for (const row of marked) expect(row).toHaveAccessibleName(expect.stringContaining(mark));
  });

  it('reaches a row with Tab and selects it with Enter, marking it as current', async () => {
    const user = userEvent.setup();
    renderList();
    const list = screen.getByRole('list', { name: i18n.t('list:heading') });
    const focusable = screen.getAllByRole('button').length;
    for (let step = 0; step < focusable && !list.contains(document.activeElement); step += 1) await user.tab();
    const first = rows()[0]!;
    expect(first).toHaveFocus();

    await user.keyboard('{Enter}');
    const chosen = featureNamed(first.querySelector('.project-row-name')!.textContent);
    expect(useViewStore.getState().project).toBe(chosen.id);
    expect(first).toHaveAttribute('aria-current', 'true');
    expect(rows().filter((row) => row.hasAttribute('aria-current'))).toEqual([first]);
  });

  it('puts a row’s project into the comparison without selecting it', async () => {
    const user = userEvent.setup();
    renderList();
    const first = rows()[0]!;
    const chosen = featureNamed(first.querySelector('.project-row-name')!.textContent);
    await user.click(screen.getByRole('button', { name: new RegExp(`: ${chosen.properties.name.en}$`) }));
    expect(useViewStore.getState().compare).toEqual([chosen.id]);
    expect(useViewStore.getState().project).toBeNull();
  });

  describe('when the map selects a project', () => {
    const scrollIntoView = vi.fn();
    beforeEach(() => {
      // jsdom implements no scrolling.
      Element.prototype.scrollIntoView = scrollIntoView;
    });
    afterEach(() => {
      scrollIntoView.mockReset();
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    });

    it('marks its row and scrolls it into view', () => {
      renderList();
      const last = [...features].sort(byName('en')).at(-1)!;
      act(() => useViewStore.getState().selectProject(last.id));
      const row = rows().at(-1)!;
      expect(row).toHaveTextContent(last.properties.name.en);
      expect(row).toHaveAttribute('aria-current', 'true');
      expect(scrollIntoView.mock.contexts).toEqual([row]);
    });
  });

  it('says so when the filters leave nothing, and clears them on request', async () => {
    const user = userEvent.setup();
    renderList();
    act(() => useViewStore.getState().restore({ ...defaultViewState('en'), filters: filtersMatchingNothing() }));
    expect(screen.queryByRole('list', { name: i18n.t('list:heading') })).not.toBeInTheDocument();
    expect(screen.getByText(i18n.t('list:empty'))).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: i18n.t('list:clearFilters') }));
    expect(useViewStore.getState().filters).toEqual(EMPTY_FILTERS);
    expect(rows()).toHaveLength(features.length);
  });

  it('switches names, order and number format with the interface language', async () => {
    const user = userEvent.setup();
    renderList();
    await act(async () => {
      await i18n.changeLanguage('ru');
      useViewStore.getState().setLanguage('ru');
    });
    expect(rowNames()).toEqual(namesOf([...features].sort(byName('ru')), 'ru'));

    await user.click(sortButton('capacity', 'descending'));
    const russian = rowNames().map((name) => features.find((feature) => feature.properties.name.ru === name)!);
    expect(rowCapacities()).toEqual(russian.map((feature) => capacityText(feature, 'ru')));
    expect(rowCapacities()[0]).not.toBe(capacityText(russian[0]!, 'en'));
  });
});
