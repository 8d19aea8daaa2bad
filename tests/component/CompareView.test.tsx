import type { ParseKeys, TOptions } from 'i18next';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Figure, ProjectFeature, ProjectGroup } from '../../src/data/atlasSchema';
import { formatQuantity, unitLabel } from '../../src/domain/format/formatQuantity';
import { CompareView } from '../../src/features/compare/CompareView';
import { countryName } from '../../src/i18n/countryNames';
import { i18n } from '../../src/i18n/i18n';
import { useCompareChoice } from '../../src/state/useCompareChoice';
import { defaultViewState } from '../../src/state/viewState';
import { useViewStore } from '../../src/state/viewStore';
import { CompareToggle } from '../../src/ui/CompareToggle';
import { builtAtlasData } from '../fixtures/builtAtlas';

const data = builtAtlasData();
const features = data.atlas.projects.features;
const t = (key: ParseKeys<'compare'>, options?: TOptions) => i18n.t(key, { ...options, ns: 'compare' });

/** A group whose members have figures of their own in a unit the group's figure does not share. */
const group: ProjectGroup = data.atlas.groups.find((candidate) =>
  candidate.members.every((id) => data.projectsById.get(id)!.properties.figures.some((f) => !candidate.figures.some((g) => g.unit === f.unit))),
)!;
const members = group.members.map((id) => data.projectsById.get(id)!);
const bare = features.find((feature) => feature.properties.figures.length === 0 && feature.properties.groups.length === 0)!;

function renderCompare(ids: string[]) {
  useViewStore.setState({ compare: ids });
  return render(
    <I18nextProvider i18n={i18n}>
      <CompareView data={data} citeFigure={() => null} />
    </I18nextProvider>,
  );
}

const fmt = (figure: Figure) => formatQuantity(figure.value, figure.unit, figure.qualifier, 'en');
const chartTitle = (figures: readonly Figure[]) =>
  t('chartTitle', { metrics: [...new Set(figures.map((f) => i18n.t(`common:metric.${f.metric}`)))].join(t('listSeparator')), unit: unitLabel(figures[0]!.unit, 'en') });
const rowsOf = (chart: HTMLElement) => within(within(chart).getByRole('table')).getAllByRole('row').slice(1);
const cardOf = (project: ProjectFeature) => screen.getByRole('article', { name: project.properties.name.en });

beforeEach(async () => {
  await i18n.changeLanguage('en');
  useViewStore.getState().restore(defaultViewState('en'));
});

describe('CompareView', () => {
  it('has its words registered in every language (src/i18n/i18n.ts)', () => {
    for (const language of ['en', 'zh', 'ru']) expect(i18n.hasResourceBundle(language, 'compare'), language).toBe(true);
  });

  it('explains how to pick projects when none is picked', async () => {
    renderCompare([]);
    expect(screen.getByText(t('empty'))).toBeInTheDocument();
    expect(screen.getByText(t('emptyHelp'))).toBeInTheDocument();
    expect(screen.queryByRole('figure')).toBeNull();
    useViewStore.setState({ view: 'compare' });
    await userEvent.click(screen.getByRole('button', { name: t('showMap') }));
    expect(useViewStore.getState().view).toBe('map');
  });

  it('shows a card per picked project with what the speeches say', () => {
    renderCompare([...group.members, bare.id]);
    for (const project of [...members, bare]) {
      const card = cardOf(project);
      const { sector, countries, figures } = project.properties;
      expect(card).toHaveTextContent(i18n.t(`common:sector.${sector}`));
      for (const code of countries) expect(card).toHaveTextContent(countryName(code, 'en'));
      for (const figure of figures) expect(card).toHaveTextContent(fmt(figure));
    }
    expect(cardOf(bare)).toHaveTextContent(t('noFigures'));
    for (const member of members) for (const figure of group.figures) expect(cardOf(member)).toHaveTextContent(fmt(figure));
  });

  it('draws one chart per unit, a group figure as one bar for the group even with two members picked', () => {
    renderCompare([...group.members, bare.id]);
    const figures = [...members.flatMap((member) => member.properties.figures), ...group.figures];
    const units = [...new Set(figures.map((figure) => figure.unit))];
    expect(screen.getAllByRole('figure')).toHaveLength(units.length);
    for (const unit of units) {
      const ofUnit = figures.filter((figure) => figure.unit === unit);
      const rows = rowsOf(screen.getByRole('figure', { name: chartTitle(ofUnit) }));
      expect(rows.map((row) => row.children[1]!.textContent)).toEqual(ofUnit.map(fmt));
      expect(rows.map((row) => row.children[3]!.textContent)).toEqual(ofUnit.map((figure) => figure.quote));
    }
    const groupChart = screen.getByRole('figure', { name: chartTitle(group.figures) });
    const [groupRow, ...others] = rowsOf(groupChart);
    expect(others).toHaveLength(group.figures.length - 1);
    expect(groupRow!.children[0]).toHaveTextContent(group.name.en);
    for (const member of members) expect(groupRow!.children[0]).toHaveTextContent(member.properties.name.en);
    // Named in the interface language: Tan Xiaofeng, not 谭晓峰.
    const speaker = data.speechesById.get(group.figures[0]!.speech)!.translations!.en.speaker;
    expect(groupRow!.children[4]).toHaveTextContent(speaker.name);
    expect(groupRow!.children[4]).toHaveTextContent(speaker.role);
    expect(groupChart).toHaveTextContent(bare.properties.name.en);
  });

  it('shows the value with its qualifier, the quote and the speaker when a bar is hovered', async () => {
    renderCompare(group.members);
    const groupChart = screen.getByRole('figure', { name: chartTitle(group.figures) });
    await act(async () => {
      fireEvent.mouseMove(groupChart.querySelector('.recharts-wrapper')!, { clientX: 300, clientY: 20 });
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    const tooltip = groupChart.querySelector<HTMLElement>('.compare__tooltip')!;
    const [figure] = group.figures;
    const speaker = data.speechesById.get(figure!.speech)!.translations!.en.speaker;
    expect(tooltip).toHaveTextContent(fmt(figure!));
    expect(tooltip).toHaveTextContent(figure!.quote);
    expect(tooltip).toHaveTextContent(t('speakerLine', { name: speaker.name, role: speaker.role }));
  });

  it('removes a project, and clears them all', async () => {
    renderCompare([...group.members, bare.id]);
    const [first] = members;
    await userEvent.click(within(cardOf(first!)).getByRole('button', { name: `${t('remove')} ${t('removeSubject', { name: first!.properties.name.en })}` }));
    expect(useViewStore.getState().compare).toEqual([...group.members.slice(1), bare.id]);
    expect(screen.queryByRole('article', { name: first!.properties.name.en })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: t('clearAll') }));
    expect(useViewStore.getState().compare).toEqual([]);
    expect(screen.getByText(t('empty'))).toBeInTheDocument();
  });

  it('opens the speech at a figure’s quote', async () => {
    const [member] = members;
    renderCompare([member!.id]);
    const [figure] = member!.properties.figures;
    await userEvent.click(within(cardOf(member!)).getAllByRole('button', { name: new RegExp(`^${t('readQuote')}`) })[0]!);
    expect(useViewStore.getState().speech).toBe(figure!.speech);
    expect(useViewStore.getState().quote).toEqual(figure!.span);
  });
});

/** The toggle as the list, the details panel and the map's chooser wire it: to the store's pick. */
function StoreCompareToggle({ projectId, projectName }: { projectId: string; projectName: string }) {
  return <CompareToggle projectName={projectName} {...useCompareChoice(projectId)} />;
}

describe('CompareToggle', () => {
  it('puts a project into the comparison and takes it out, saying which state it is in', async () => {
    const [project] = features;
    const { name } = project!.properties;
    render(
      <I18nextProvider i18n={i18n}>
        <StoreCompareToggle projectId={project!.id} projectName={name.en} />
      </I18nextProvider>,
    );
    const button = screen.getByRole('button', { name: `${t('toggle.pick')}${t('toggle.subject', { name: name.en })}` });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(button);
    expect(useViewStore.getState().compare).toEqual([project!.id]);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(button).toHaveAccessibleName(`${t('toggle.picked')}${t('toggle.subject', { name: name.en })}`);
    await userEvent.click(button);
    expect(useViewStore.getState().compare).toEqual([]);
  });
});
