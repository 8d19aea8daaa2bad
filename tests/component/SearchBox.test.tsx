import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { synthesizeAtlas } from '../../data/scripts/syntheticAtlas';
import { countryShapesByAlpha2 } from '../../data/scripts/worldCountries';
import type { AtlasData } from '../../src/vocabulary';
import { indexAtlas } from '../../src/data/loadAtlas';
import { sentenceAround } from '../../src/domain/provenance/locateQuote';
import { buildSearchIndex } from '../../src/domain/search/buildSearchIndex';
import { searchAtlas, type SearchResult } from '../../src/domain/search/searchAtlas';
import { SearchBox } from '../../src/features/search/SearchBox';
import { i18n } from '../../src/i18n/i18n';
import { defaultViewState } from '../../src/state/viewState';
import { useViewStore } from '../../src/state/viewStore';
import { builtAtlasData } from '../fixtures/builtAtlas';

const data = builtAtlasData();
const index = buildSearchIndex(data);
const features = data.atlas.projects.features;
const expectedResults = (query: string) => searchAtlas(index, query, 'en');

function renderSearchBox(atlas: AtlasData = data) {
  return render(
    <I18nextProvider i18n={i18n}>
      <SearchBox data={atlas} />
    </I18nextProvider>,
  );
}

const searchBox = () => screen.getByRole('combobox', { name: i18n.t('search:label') });
const selectedOption = () => screen.getAllByRole('option').find((option) => option.getAttribute('aria-selected') === 'true');

/** Presses ArrowDown until the result at `position` is the active option. */
async function moveTo(user: ReturnType<typeof userEvent.setup>, position: number) {
  for (let step = 0; step <= position; step += 1) await user.keyboard('{ArrowDown}');
}

function positionOf(results: readonly SearchResult[], kind: SearchResult['kind']): number {
  const position = results.findIndex((result) => result.kind === kind);
  if (position < 0) throw new Error(`no ${kind} result to choose`);
  return position;
}

beforeEach(async () => {
  // Without its messages every label would read as its key and the assertions below would prove nothing.
  expect(i18n.hasResourceBundle('en', 'search'), "register searchMessages as namespace 'search' in src/i18n/i18n.ts").toBe(true);
  await i18n.changeLanguage('en');
  useViewStore.getState().restore(defaultViewState('en'));
});

describe('SearchBox', () => {
  it('lists the results for what the visitor types, grouped by kind, with the matched words marked', async () => {
    const user = userEvent.setup();
    renderSearchBox();
    await user.type(searchBox(), '风电');

    const expected = expectedResults('风电');
    expect(expected.length).toBeGreaterThan(0);
    expect(searchBox()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getAllByRole('option')).toHaveLength(expected.length);
    const projects = within(screen.getByRole('group', { name: i18n.t('search:group.project') })).getAllByRole('option');
    const expectedProjects = expected.filter((result) => result.kind === 'project');
    expect(projects.map((option) => option.querySelector('.search-option-title')?.textContent)).toEqual(
      expectedProjects.map((result) => data.projectsById.get(result.id)?.properties.name.en),
    );
    const sentences = within(screen.getByRole('group', { name: i18n.t('search:group.sentence') })).getAllByRole('option');
    for (const sentence of sentences) expect([...sentence.querySelectorAll('mark')].map((mark) => mark.textContent)).toContain('风电');
    expect(screen.getByRole('status')).toHaveTextContent(i18n.t('search:resultCount', { count: expected.length }));
    expect(useViewStore.getState().query).toBe('风电');
  });

  it('shows the query kept in the store (and the URL) after a reload', () => {
    useViewStore.getState().setQuery('Zhanatas');
    renderSearchBox();
    expect(searchBox()).toHaveValue('Zhanatas');
  });

  it('selects a project with the keyboard and shows it on the map', async () => {
    const user = userEvent.setup();
    useViewStore.getState().showView('stats');
    renderSearchBox();
    await user.type(searchBox(), 'Shymkent');
    const results = expectedResults('Shymkent');
    const position = positionOf(results, 'project');
    await moveTo(user, position);

    expect(searchBox()).toHaveAttribute('aria-activedescendant', selectedOption()?.id);
    await user.keyboard('{Enter}');
    expect(useViewStore.getState()).toMatchObject({ project: results[position]?.id, view: 'map' });
    expect(searchBox()).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens the speech at the sentence a result quotes', async () => {
    const user = userEvent.setup();
    renderSearchBox();
    await user.type(searchBox(), '泵站');
    const results = expectedResults('泵站');
    await moveTo(user, positionOf(results, 'sentence'));
    await user.keyboard('{Enter}');

    // The pump station's own mention: the sentence the reader would highlight around it.
    const pumpStation = features.find((feature) => feature.properties.name.zh.includes('泵站'));
    const mention = pumpStation?.properties.mentions[0];
    if (mention === undefined) throw new Error('the pump station has no mention to compare with');
    const paragraph = data.speechesById.get(mention.speech)?.paragraphs[mention.span.paragraph]?.text ?? '';
    const sentence = { paragraph: mention.span.paragraph, ...sentenceAround(paragraph, mention.span.start, mention.span.end) };
    expect(useViewStore.getState()).toMatchObject({ speech: mention.speech, quote: sentence });
  });

  it('filters the map by an organisation that builds, without undoing a filter already chosen', async () => {
    const user = userEvent.setup();
    renderSearchBox();
    await user.type(searchBox(), '中国石油');
    const results = expectedResults('中国石油');
    const position = positionOf(results, 'organization');
    const organization = results[position];
    if (organization?.kind !== 'organization') throw new Error('expected an organisation');
    await user.click(screen.getAllByRole('option')[position]!);
    expect(useViewStore.getState().filters.builders).toEqual(organization.builders);

    await user.type(searchBox(), '{ArrowDown}');
    await user.click(screen.getAllByRole('option')[position]!);
    expect(useViewStore.getState().filters.builders).toEqual(organization.builders);
  });

  it('shows markup typed in the box as text, and says nothing was found', async () => {
    const user = userEvent.setup();
    const { container } = renderSearchBox();
    const typed = '<b>zzqx</b><img src=x onerror=alert(1)>';
    await user.type(searchBox(), typed);

    expect(searchBox()).toHaveValue(typed);
    expect(screen.getByRole('status')).toHaveTextContent(i18n.t('search:noResults', { query: typed }));
    expect(screen.getByRole('status').textContent).toContain(typed);
    expect(container.querySelector('b, img')).toBeNull();
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });

  it('closes the list on Escape, and clears the box on a second Escape', async () => {
    const user = userEvent.setup();
    renderSearchBox();
    await user.type(searchBox(), 'wind');
    expect(searchBox()).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(searchBox()).toHaveAttribute('aria-expanded', 'false');
    expect(useViewStore.getState().query).toBe('wind');
    await user.keyboard('{Escape}');
    expect(searchBox()).toHaveValue('');
    expect(useViewStore.getState().query).toBe('');
  });

  it('says the search is being prepared while a large atlas is indexed, then lists the results', async () => {
    const large = indexAtlas(synthesizeAtlas({ count: 2500, seed: 3, countryShapes: countryShapesByAlpha2() }));
    // Thousands of projects are indexed in chunks, each after a timer: held here until released.
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      renderSearchBox(large);
      fireEvent.focus(searchBox());
      fireEvent.change(searchBox(), { target: { value: 'wind' } });
      expect(screen.getByRole('status')).toHaveTextContent(i18n.t('search:indexing'));
      expect(screen.queryAllByRole('option')).toHaveLength(0);

      await act(() => vi.runAllTimersAsync());
      const options = screen.getAllByRole('option');
      expect(options.length).toBeGreaterThan(0);
      expect(screen.getByRole('status')).toHaveTextContent(i18n.t('search:resultCount', { count: options.length }));
    } finally {
      vi.useRealTimers();
    }
  });

  it('lists the results for the last query when the visitor types faster than the search runs', async () => {
    renderSearchBox();
    fireEvent.focus(searchBox());
    await act(async () => {
      // The search is deferred while typing: each keystroke comes before the last one's search.
      for (const typed of ['S', 'Sh', 'Shy', 'Shym', 'Shymk', 'Shymke', 'Shymken', 'Shymkent']) fireEvent.change(searchBox(), { target: { value: typed } });
    });
    const expected = expectedResults('Shymkent');
    expect(expected.length).toBeGreaterThan(0);
    const titles = screen.getAllByRole('option').map((option) => option.querySelector('.search-option-title')?.textContent);
    expect(titles).toHaveLength(expected.length);
    expect(titles[0]).toBe(data.projectsById.get('shymkent-refinery')?.properties.name.en);
    expect(screen.getByRole('listbox')).not.toHaveAttribute('aria-busy', 'true');
  });

  it('says so in the box when the search cannot be prepared, instead of "preparing" for ever', async () => {
    // Two projects under one id (validation rejects it): the index refuses the second.
    const shelek = features.find((feature) => feature.id === 'shelek-wind-60')!;
    const duplicated = indexAtlas({ ...data.atlas, projects: { ...data.atlas.projects, features: [...features, shelek] } });
    const user = userEvent.setup();
    renderSearchBox(duplicated);
    await user.type(searchBox(), 'wind');
    expect(await screen.findByText(i18n.t('search:indexFailed', { reason: 'MiniSearch: duplicate ID project:shelek-wind-60' }))).toHaveRole('status');
    expect(screen.getByRole('status')).not.toHaveTextContent(i18n.t('search:indexing'));
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });

  it('has the words for a failed search in every language', () => {
    for (const language of ['en', 'zh', 'ru']) {
      const text = i18n.t('search:indexFailed', { lng: language, reason: 'R' });
      expect(text, language).toContain('R');
      expect(text, language).not.toContain('indexFailed');
    }
  });
});
