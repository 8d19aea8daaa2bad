// The project list at scale: past VIRTUAL_LIST_ABOVE rows it renders only what is on screen. jsdom
// has no layout, so the scroller's and the rows' heights are stood in for; scrolling to a selection
// is checked in a real browser (tests/e2e/scale.spec.ts).
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { indexAtlas } from '../../src/data/loadAtlas';
import { sortProjects } from '../../src/domain/list/sortProjects';
import { ProjectList, VIRTUAL_LIST_ABOVE } from '../../src/features/list/ProjectList';
import { i18n } from '../../src/i18n/i18n';
import { defaultViewState } from '../../src/state/viewState';
import { useViewStore } from '../../src/state/viewStore';
import { synthesizeAtlas } from '../../data/scripts/syntheticAtlas';
import { countryShapesByAlpha2 } from '../../data/scripts/worldCountries';

const SCROLLER_PX = 600;
const ROW_PX = 50;

const data = indexAtlas(synthesizeAtlas({ count: VIRTUAL_LIST_ABOVE * 5, seed: 7, countryShapes: countryShapesByAlpha2() }));
const features = data.atlas.projects.features;
const byName = sortProjects(features, { key: 'name', direction: 'ascending' }, 'en');

function renderList() {
  return render(
    <I18nextProvider i18n={i18n}>
      <div data-testid="scroller" style={{ overflowY: 'auto' }}>
        <ProjectList data={data} />
      </div>
    </I18nextProvider>,
  );
}

const list = () => screen.getByRole('list', { name: i18n.t('list:heading') });
const rowButtons = () => within(list()).getAllByRole('button').filter((button) => !button.hasAttribute('aria-pressed'));
const rowNames = () => rowButtons().map((row) => row.querySelector('.project-row-name')?.textContent);

beforeEach(async () => {
  await i18n.changeLanguage('en');
  useViewStore.getState().restore(defaultViewState('en'));
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.dataset.testid === 'scroller' ? SCROLLER_PX : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.tagName === 'LI' ? ROW_PX : 0;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ProjectList with many projects', () => {
  it('renders the first screenful of rows in order, each saying its place in the whole list', () => {
    renderList();
    const names = rowNames();
    expect(names.length).toBeGreaterThan(SCROLLER_PX / ROW_PX - 1);
    expect(names.length).toBeLessThan(VIRTUAL_LIST_ABOVE / 4);
    expect(names).toEqual(byName.slice(0, names.length).map((feature) => feature.properties.name.en));
    const items = within(list()).getAllByRole('listitem');
    expect(items[0]).toHaveAttribute('aria-posinset', '1');
    for (const item of items) expect(item).toHaveAttribute('aria-setsize', String(features.length));
  });

  it('selects a row with the keyboard', async () => {
    const user = userEvent.setup();
    renderList();
    const first = rowButtons()[0]!;
    first.focus();
    await user.keyboard('{Enter}');
    expect(useViewStore.getState().project).toBe(byName[0]!.id);
    expect(first).toHaveAttribute('aria-current', 'true');
  });

  it('keeps plain rows, every one in the DOM, when the filters leave few projects', () => {
    renderList();
    const sector = features.find((feature) => features.filter((other) => other.properties.sector === feature.properties.sector).length <= VIRTUAL_LIST_ABOVE)?.properties.sector;
    if (sector === undefined) throw new Error('every sector has too many projects');
    act(() => useViewStore.getState().toggleFilter('sectors', sector));
    const expected = byName.filter((feature) => feature.properties.sector === sector);
    expect(rowNames()).toEqual(expected.map((feature) => feature.properties.name.en));
    expect(within(list()).getAllByRole('listitem')[0]).not.toHaveAttribute('aria-setsize');
  });
});
