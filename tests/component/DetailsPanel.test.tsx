import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Figure, ProjectFeature } from '../../src/data/atlasSchema';
import type { AtlasData, Language } from '../../src/vocabulary';
import { indexAtlas } from '../../src/data/loadAtlas';
import { formatQuantity } from '../../src/domain/format/formatQuantity';
import { DetailsPanel } from '../../src/features/details/DetailsPanel';
import { i18n } from '../../src/i18n/i18n';
import { defaultViewState } from '../../src/state/viewState';
import { useViewStore } from '../../src/state/viewStore';
import { builtAtlasData, rawBuiltAtlas } from '../fixtures/builtAtlas';

const data = builtAtlasData();
const projects = data.atlas.projects.features;

function findProject(description: string, test: (project: ProjectFeature) => boolean): ProjectFeature {
  const project = projects.find(test);
  if (project === undefined) throw new Error(`the dataset has no ${description}`);
  return project;
}

const withOwnFigures = findProject('project with figures', (project) => project.properties.figures.length > 0);
const inGroup = findProject('project in a group', (project) => project.properties.groups.length > 0);
const withoutFigures = findProject(
  'project without any figure',
  (project) => project.properties.figures.length === 0 && project.properties.groups.length === 0,
);

function groupsOf(project: ProjectFeature) {
  return project.properties.groups.map((id) => {
    const group = data.groupsById.get(id);
    if (group === undefined) throw new Error(`unknown group ${id}`);
    return group;
  });
}

/** Every figure the panel should show for a project: its own, then its groups'. */
function figuresShownFor(project: ProjectFeature): Figure[] {
  return [...project.properties.figures, ...groupsOf(project).flatMap((group) => group.figures)];
}

function renderPanel(atlasData: AtlasData = data) {
  return render(
    <I18nextProvider i18n={i18n}>
      <DetailsPanel data={atlasData} citeFigure={() => null} />
    </I18nextProvider>,
  );
}

function select(projectId: string | null) {
  act(() => useViewStore.getState().selectProject(projectId));
}

async function switchLanguage(language: Language) {
  await act(async () => {
    useViewStore.getState().setLanguage(language);
    await i18n.changeLanguage(language);
  });
}

function panel() {
  return screen.getByRole('complementary');
}

/** The formatted figures on screen, in order (each is a <data> element carrying the raw value). */
function shownQuantities(): string[] {
  return Array.from(panel().querySelectorAll('data'), (element) => element.textContent);
}

beforeEach(async () => {
  useViewStore.getState().restore(defaultViewState('en'));
  await i18n.changeLanguage('en');
});

describe('DetailsPanel', () => {
  it('renders nothing while no project is selected', () => {
    const { container } = renderPanel();
    expect(container).toBeEmptyDOMElement();
  });

  it('shows every project’s figures formatted from the data, each with its verbatim quote', () => {
    renderPanel();
    for (const project of projects) {
      select(project.id);
      const figures = figuresShownFor(project);
      expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(project.properties.name.en);
      expect(shownQuantities()).toEqual(figures.map((figure) => formatQuantity(figure.value, figure.unit, figure.qualifier, 'en')));
      // The quote is marked in its Chinese sentence.
      expect(Array.from(panel().querySelectorAll<HTMLElement>('.figure blockquote'), (quote) => [quote.querySelector('mark')?.textContent, quote.lang])).toEqual(
        figures.map((figure) => [figure.quote, 'zh']),
      );
    }
  });

  it('shows name, sector, countries and builder in the interface language, with the Chinese name underneath', () => {
    renderPanel();
    select(withOwnFigures.id);
    const { name, sector, subtype, builder } = withOwnFigures.properties;
    expect(screen.getByRole('heading', { level: 2, name: name.en })).toBeInTheDocument();
    expect(screen.getByText('Chinese name:').querySelector('[lang="zh"]')).toHaveTextContent(name.zh);
    expect(screen.getByText(`${i18n.t(`common:sector.${sector}`)} · ${i18n.t(`common:subtype.${subtype}`)}`)).toBeInTheDocument();
    if (builder !== null) {
      const organization = data.organizationsById.get(builder.organization);
      expect(screen.getByText(new RegExp(escapeRegExp(`${organization?.name.en} — ${i18n.t(`common:role.${builder.role}`)}`)))).toBeInTheDocument();
    }
  });

  it('opens the speech at each figure’s quote', async () => {
    const user = userEvent.setup();
    renderPanel();
    for (const project of projects.filter((candidate) => candidate.properties.figures.length > 0)) {
      select(project.id);
      const items = within(screen.getByRole('region', { name: 'Figures from the speeches' })).getAllByRole('listitem');
      expect(items).toHaveLength(project.properties.figures.length);
      for (const [index, figure] of project.properties.figures.entries()) {
        const item = items[index];
        if (item === undefined) throw new Error('unreachable');
        expect(item.querySelector('blockquote')).toHaveTextContent(figure.quote);
        await user.click(within(item).getByRole('button', { name: /Read in the speech/ }));
        expect(useViewStore.getState()).toMatchObject({ speech: figure.speech, quote: figure.span });
      }
    }
  });

  it('shows a group figure as the group’s, with each member as a button', async () => {
    const user = userEvent.setup();
    renderPanel();
    select(inGroup.id);
    const [group] = groupsOf(inGroup);
    if (group === undefined) throw new Error('unreachable');
    const box = screen.getByRole('group', { name: group.name.en });
    expect(within(box).getByText('Stated for these projects together, not for this project alone:')).toBeInTheDocument();
    expect(Array.from(box.querySelectorAll('data'), (element) => element.textContent)).toEqual(
      group.figures.map((figure) => formatQuantity(figure.value, figure.unit, figure.qualifier, 'en')),
    );
    for (const memberId of group.members) {
      expect(within(box).getByRole('button', { name: data.projectsById.get(memberId)?.properties.name.en })).toBeInTheDocument();
    }
    if (group.openEnded) expect(within(box).getByText('and others')).toBeInTheDocument();

    // Never attributed to this project alone: the project's own figure list does not hold it.
    const ownFigures = screen.getByRole('region', { name: 'Figures from the speeches' });
    expect(Array.from(ownFigures.querySelectorAll('data'), (element) => element.textContent)).toEqual(
      inGroup.properties.figures.map((figure) => formatQuantity(figure.value, figure.unit, figure.qualifier, 'en')),
    );

    const other = group.members.find((memberId) => memberId !== inGroup.id);
    if (other === undefined) throw new Error('a group has at least two members');
    await user.click(within(box).getByRole('button', { name: data.projectsById.get(other)?.properties.name.en }));
    expect(useViewStore.getState().project).toBe(other);
  });

  it('says so when the speeches state no figure for a project', () => {
    renderPanel();
    select(withoutFigures.id);
    expect(screen.getByText('No figure stated in the speeches')).toBeInTheDocument();
    expect(panel().querySelectorAll('data')).toHaveLength(0);
  });

  it('labels the location source as not from the speeches', () => {
    renderPanel();
    for (const project of projects) {
      if (project.properties.location === null) continue;
      select(project.id);
      const { source, precision, place } = project.properties.location;
      const box = screen.getByRole('group', { name: 'Location source — not from the speeches' });
      expect(within(box).getByText(source.note)).toBeInTheDocument();
      if (source.url === null) expect(within(box).getByText(source.title)).toBeInTheDocument();
      else expect(within(box).getByRole('link', { name: new RegExp(escapeRegExp(source.title)) })).toHaveAttribute('href', source.url);
      expect(screen.getByText(i18n.t(`common:precision.${precision}`))).toBeInTheDocument();
      expect(screen.getByText(place.en)).toBeInTheDocument();
    }
  });

  it('says a project without a place has no location on the map, with no place, precision or source', async () => {
    renderPanel();
    select('china-central-asia-news-alliance');
    const location = screen.getByRole('region', { name: 'Location' });
    expect(location).toHaveTextContent('No location on the map');
    expect(within(location).queryByText('Place')).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Location source — not from the speeches' })).not.toBeInTheDocument();
    await switchLanguage('ru');
    expect(screen.getByRole('region', { name: 'Местоположение' })).toHaveTextContent('Нет местоположения на карте');
    await switchLanguage('zh');
    expect(screen.getByRole('region', { name: '位置' })).toHaveTextContent('地图上无位置');
  });

  it('lists each mention with a way to read it in the speech', async () => {
    const user = userEvent.setup();
    const project = findProject('project with two mentions', (candidate) => candidate.properties.mentions.length > 1);
    renderPanel();
    select(project.id);
    const mentions = within(screen.getByRole('region', { name: 'Mentions in the speeches' })).getAllByRole('listitem');
    expect(mentions.map((item) => item.querySelector(':scope [lang="zh"] mark')?.textContent)).toEqual(project.properties.mentions.map((mention) => mention.quote));
    for (const [index, mention] of project.properties.mentions.entries()) {
      const item = mentions[index];
      if (item === undefined) throw new Error('unreachable');
      await user.click(within(item).getByRole('button', { name: /Read in the speech/ }));
      expect(useViewStore.getState()).toMatchObject({ speech: mention.speech, quote: mention.span });
    }
  });

  it('switches labels and number format with the language', async () => {
    renderPanel();
    select(withOwnFigures.id);
    const figures = figuresShownFor(withOwnFigures);
    const english = figures.map((figure) => formatQuantity(figure.value, figure.unit, figure.qualifier, 'en'));
    await switchLanguage('zh');
    const chinese = figures.map((figure) => formatQuantity(figure.value, figure.unit, figure.qualifier, 'zh'));
    expect(chinese).not.toEqual(english);
    expect(shownQuantities()).toEqual(chinese);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(withOwnFigures.properties.name.zh);
    expect(screen.getByRole('region', { name: '发言中的数据' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '关闭项目详情' })).toBeInTheDocument();
    expect(screen.queryByText('Chinese name:')).not.toBeInTheDocument();

    await switchLanguage('ru');
    expect(shownQuantities()).toEqual(figures.map((figure) => formatQuantity(figure.value, figure.unit, figure.qualifier, 'ru')));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(withOwnFigures.properties.name.ru);
  });

  it('moves focus to the heading on open and back to the opener on close', async () => {
    const user = userEvent.setup();
    render(
      <I18nextProvider i18n={i18n}>
        <button type="button" onClick={() => useViewStore.getState().selectProject(withOwnFigures.id)}>
          open
        </button>
        <DetailsPanel data={data} citeFigure={() => null} />
      </I18nextProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'open' }));
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
    select(withoutFigures.id);
    expect(screen.getByRole('heading', { level: 2, name: withoutFigures.properties.name.en })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Close project details' }));
    expect(useViewStore.getState().project).toBeNull();
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'open' })).toHaveFocus();
  });

  it('shows under each Chinese quote its sentence in English, with the quoted words marked in both', () => {
    renderPanel();
    select('zarafshan-wind-500');
    const figure = within(screen.getByRole('region', { name: 'Figures from the speeches' })).getByRole('listitem');
    expect(figure.querySelector('blockquote[lang="zh"] mark')).toHaveTextContent(/^泽拉夫善500兆瓦风电项目$/);
    const english = figure.querySelector('[lang="en"]');
    expect(english).toHaveTextContent(/the Zarafshan 500 MW wind power project can meet the electricity needs of about 500,000 households/);
    expect(english?.querySelector('mark')).toHaveTextContent(/^Zarafshan 500 MW wind power project$/);
    expect(within(figure).getByText(/^Speaker:/)).toHaveTextContent('Speaker: Tan Xiaofeng (Deputy General Manager, PowerChina Eurasia Regional Headquarters)');
    expect(panel()).toHaveTextContent('Translation by the atlas; the Chinese original is authoritative.');
  });

  it('names the speaker and translates the sentence in Russian', async () => {
    renderPanel();
    select('zarafshan-wind-500');
    await switchLanguage('ru');
    const figure = within(screen.getByRole('region', { name: 'Цифры из выступлений' })).getByRole('listitem');
    expect(figure.querySelector(':scope [lang="ru"] mark')).toHaveTextContent(/^ВЭС «Зарафшан» мощностью 500 МВт$/);
    expect(within(figure).getByText(/^Выступающий:/)).toHaveTextContent(/Тань Сяофэн/);
  });

  it('shows only the original in the Chinese interface', async () => {
    renderPanel();
    select('zarafshan-wind-500');
    await switchLanguage('zh');
    // (The location source's note is in English, as its curators wrote it: not a translation.)
    for (const region of ['发言中的数据', '发言中的提及']) {
      expect(screen.getByRole('region', { name: region }).querySelector('[lang="en"], [lang="ru"]')).toBeNull();
    }
    // A figure's whole sentence, its words marked, as the citation card and the embed show it; a mention's words alone.
    const figureQuote = within(screen.getByRole('region', { name: '发言中的数据' })).getByRole('listitem').querySelector('blockquote');
    expect(figureQuote).toHaveTextContent(/^在哈萨克斯坦建成谢列克60兆瓦风电.*泽拉夫善500兆瓦风电项目每年可满足约50万户家庭的用电需求。$/);
    expect(figureQuote?.querySelector('mark')).toHaveTextContent(/^泽拉夫善500兆瓦风电项目$/);
    expect(screen.getByRole('region', { name: '发言中的提及' }).querySelector('mark')).toBeNull();
    expect(panel()).not.toHaveTextContent('译文由本图集提供');
  });

  it('shows the original with a one-line note when the dataset carries no translations', () => {
    const atlas = rawBuiltAtlas();
    for (const speech of atlas.speeches) delete speech.translations;
    renderPanel(indexAtlas(atlas));
    select('zarafshan-wind-500');
    expect(panel()).toHaveTextContent('This dataset carries no translation of the speech: shown in the Chinese original.');
    const figure = within(screen.getByRole('region', { name: 'Figures from the speeches' })).getByRole('listitem');
    expect(figure.querySelector('blockquote mark')).toHaveTextContent(/^泽拉夫善500兆瓦风电项目$/);
    expect(figure.querySelector('[lang="en"]')).toBeNull();
    expect(within(figure).getByText(/^Speaker:/)).toHaveTextContent('谭晓峰（中国电建欧亚区域总部副总经理）');
  });

  it('renders markup in data text literally', () => {
    const atlas = rawBuiltAtlas();
    const [first] = atlas.projects.features;
    if (first?.properties.location == null) throw new Error('the dataset’s first project has no location');
    first.properties.name.en = '<b>x</b>';
    first.properties.location.source.note = '<img src=x onerror=alert(1)>';
    renderPanel(indexAtlas(atlas));
    select(first.id);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('<b>x</b>');
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(panel().querySelector('b, img')).toBeNull();
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
