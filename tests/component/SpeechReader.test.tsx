import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import type { QuoteRef } from '../../src/data/atlasSchema';
import { indexAtlas, type AtlasData } from '../../src/data/loadAtlas';
import { sentenceAround } from '../../src/domain/provenance/locateQuote';
import { SpeechReader } from '../../src/features/speeches/SpeechReader';
import { i18n } from '../../src/i18n/i18n';
import { defaultViewState } from '../../src/state/viewState';
import { useViewStore } from '../../src/state/viewStore';
import { builtAtlasData, rawBuiltAtlas } from '../fixtures/builtAtlas';

const data = builtAtlasData();
const projects = data.atlas.projects.features;

/** Mounted only while a speech is open, as the app shell does. */
function ReaderWhenOpen({ atlasData }: { atlasData: AtlasData }) {
  const open = useViewStore((state) => state.speech !== null);
  return open ? <SpeechReader data={atlasData} /> : null;
}

function renderReader(atlasData: AtlasData = data) {
  return render(
    <I18nextProvider i18n={i18n}>
      <button type="button">opener</button>
      <ReaderWhenOpen atlasData={atlasData} />
    </I18nextProvider>,
  );
}

function open(quote: Pick<QuoteRef, 'speech'> & Partial<QuoteRef>) {
  act(() => useViewStore.getState().openSpeech(quote.speech, quote.span ?? null));
}

function reader() {
  return screen.getByRole('region', { name: 'Speeches' });
}

/**
 * The forum's data, plus a copy of its first project on the same words: since the cultural centres
 * of both capitals became one record, no two of the forum's projects share a mention.
 */
const sharedData = (() => {
  const atlas = rawBuiltAtlas();
  const copy = structuredClone(atlas.projects.features[0]!);
  copy.id = copy.properties.id = 'copy-on-the-same-words';
  copy.properties.name.en = 'Copy on the same words';
  atlas.projects.features.push(copy);
  return indexAtlas(atlas);
})();

function projectName(projectId: string): string {
  const project = sharedData.projectsById.get(projectId);
  if (project === undefined) throw new Error(`unknown project ${projectId}`);
  return project.properties.name.en;
}

/** The words a link stands on: its own, or for a small extra link, those of the link it follows. */
function wordsOf(link: Element | null): string {
  if (link === null) return '';
  return link.textContent === '' ? wordsOf(link.previousElementSibling) : link.textContent;
}

/** The link (or small extra link) that leads from a mention's words to its project. */
function linkTo(projectId: string, mention: QuoteRef) {
  const name = projectName(projectId);
  const links = within(reader())
    .getAllByRole('link', { name: (accessibleName) => accessibleName.endsWith(`: ${name}`) })
    .filter((link) => wordsOf(link).includes(mention.quote));
  expect(links).toHaveLength(1);
  return links[0] as HTMLElement; // length checked just above
}

const allFigures = [...projects.flatMap((project) => project.properties.figures), ...data.atlas.groups.flatMap((group) => group.figures)];

/** Mentions whose words several projects share, keyed by speech and span. */
const sharedMentions = (() => {
  const byPlace = new Map<string, { mention: QuoteRef; projectIds: string[] }>();
  for (const project of sharedData.atlas.projects.features) {
    for (const mention of project.properties.mentions) {
      const key = `${mention.speech}:${mention.span.paragraph}:${mention.span.start}-${mention.span.end}`;
      const entry = byPlace.get(key) ?? { mention, projectIds: [] };
      entry.projectIds.push(project.id);
      byPlace.set(key, entry);
    }
  }
  return [...byPlace.values()].filter((entry) => entry.projectIds.length > 1);
})();

beforeEach(async () => {
  useViewStore.getState().restore(defaultViewState('en'));
  await i18n.changeLanguage('en');
});

describe('SpeechReader', () => {
  it('lists all speeches and shows the open one in full', () => {
    const [speech] = data.atlas.speeches;
    if (speech === undefined) throw new Error('the dataset has no speeches');
    renderReader();
    open({ speech: speech.id });
    const list = within(reader()).getByRole('navigation', { name: 'All speeches' });
    const items = within(list).getAllByRole('button');
    expect(items.map((item) => item.textContent)).toEqual(
      data.atlas.speeches.map((each) => `${each.speaker.name}${each.speaker.organization} ${each.speaker.role}${each.headline}`),
    );
    expect(within(list).getByRole('button', { current: true })).toHaveTextContent(speech.headline);
    const article = within(reader()).getByRole('article', { name: speech.headline });
    expect(within(article).getByText(speech.speaker.line)).toBeInTheDocument();
    const paragraphs = Array.from(article.querySelectorAll('p[lang="zh"]')).slice(1);
    expect(paragraphs.map((paragraph) => paragraph.textContent)).toEqual(speech.paragraphs.map((paragraph) => paragraph.text));
    expect(screen.getByRole('heading', { level: 3, name: speech.headline })).toHaveFocus();
  });

  it('highlights the sentence of every figure’s quote, with the quote inside it, and focuses it', () => {
    renderReader();
    for (const figure of allFigures) {
      open(figure);
      const text = data.speechesById.get(figure.speech)?.paragraphs[figure.span.paragraph]?.text ?? '';
      const sentence = sentenceAround(text, figure.span.start, figure.span.end);
      const marks = reader().querySelectorAll('mark');
      expect(marks).toHaveLength(1);
      const [mark] = marks;
      expect(mark).toHaveTextContent(figure.quote);
      expect(mark?.textContent).toBe(text.slice(sentence.start, sentence.end));
      expect(Array.from(mark?.querySelectorAll('strong') ?? [], (strong) => strong.textContent).join('')).toBe(figure.quote);
      expect(mark).toHaveFocus();
    }
  });

  it('opens another speech from the list', async () => {
    const user = userEvent.setup();
    const [first, second] = data.atlas.speeches;
    if (first === undefined || second === undefined) throw new Error('the dataset has fewer than two speeches');
    renderReader();
    open({ speech: first.id });
    await user.click(within(reader()).getByRole('button', { name: new RegExp(second.headline) }));
    expect(useViewStore.getState()).toMatchObject({ speech: second.id, quote: null });
    expect(within(reader()).getByRole('article', { name: second.headline })).toBeInTheDocument();
  });

  it('turns every mention into a link that selects its project and closes the reader', async () => {
    const user = userEvent.setup();
    renderReader();
    for (const project of projects) {
      for (const mention of project.properties.mentions) {
        open({ speech: mention.speech });
        const link = linkTo(project.id, mention);
        expect(link).toHaveAttribute('href', expect.stringContaining(`project=${project.id}`));
        await user.click(link);
        expect(useViewStore.getState()).toMatchObject({ project: project.id, speech: null, quote: null });
        expect(screen.queryByRole('region', { name: 'Speeches' })).not.toBeInTheDocument();
      }
    }
  });

  it('links each mention to its project in the dataset being shown, in the visitor’s language and filter', () => {
    const project = projects.find((feature) => feature.properties.mentions.length > 0);
    const mention = project?.properties.mentions[0];
    if (project === undefined || mention === undefined) throw new Error('no project is mentioned');
    act(() => {
      useViewStore.getState().restore({
        ...defaultViewState('en'),
        dataset: 'data/other.json',
        filters: { countries: ['KZ'], sectors: [], builders: [] },
        viewport: { longitude: 70, latitude: 45, zoom: 4 },
      });
    });
    renderReader();
    open({ speech: mention.speech });
    const link = new URL(linkTo(project.id, mention).getAttribute('href') ?? '', 'https://atlas.example/');
    expect(Object.fromEntries(link.searchParams)).toEqual({ v: '1', lang: 'en', country: 'KZ', project: project.id, data: 'data/other.json' });
  });

  it('lets the visitor reach each project that shares the same words', async () => {
    const user = userEvent.setup();
    expect(sharedMentions.length).toBeGreaterThan(0);
    renderReader(sharedData);
    for (const { mention, projectIds } of sharedMentions) {
      for (const projectId of projectIds) {
        open(mention);
        await user.click(linkTo(projectId, mention));
        expect(useViewStore.getState().project).toBe(projectId);
      }
    }
  });

  it('keeps the exact characters of every speech, mentions and highlight included', () => {
    renderReader();
    for (const figure of [...allFigures, ...data.atlas.speeches.map((speech) => ({ speech: speech.id }))]) {
      open(figure);
      const speech = data.speechesById.get(figure.speech);
      const paragraphs = Array.from(reader().querySelectorAll('article p[lang="zh"]')).slice(1);
      expect(paragraphs.map((paragraph) => paragraph.textContent)).toEqual(speech?.paragraphs.map((paragraph) => paragraph.text));
    }
  });

  it('closes with Escape and with the close button, giving focus back', async () => {
    const user = userEvent.setup();
    const [speech] = data.atlas.speeches;
    if (speech === undefined) throw new Error('the dataset has no speeches');
    renderReader();
    screen.getByRole('button', { name: 'opener' }).focus();
    open({ speech: speech.id });
    expect(reader()).toContainElement(document.activeElement as HTMLElement);
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Escape' });
    expect(useViewStore.getState().speech).toBeNull();
    expect(screen.queryByRole('region', { name: 'Speeches' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'opener' })).toHaveFocus();

    open({ speech: speech.id });
    await user.click(screen.getByRole('button', { name: 'Close the speeches' }));
    expect(useViewStore.getState().speech).toBeNull();
    expect(screen.getByRole('button', { name: 'opener' })).toHaveFocus();
  });

  it('speaks the interface language around the speech', async () => {
    const [speech] = data.atlas.speeches;
    if (speech === undefined) throw new Error('the dataset has no speeches');
    await act(async () => {
      useViewStore.getState().setLanguage('ru');
      await i18n.changeLanguage('ru');
    });
    renderReader();
    open({ speech: speech.id });
    expect(screen.getByRole('region', { name: 'Выступления' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Закрыть выступления' })).toBeInTheDocument();
  });

  it('renders markup in data text literally', () => {
    const atlas = rawBuiltAtlas();
    const [speech] = atlas.speeches;
    if (speech === undefined) throw new Error('the dataset has no speeches');
    speech.headline = '<b>x</b>';
    renderReader(indexAtlas(atlas));
    open({ speech: speech.id });
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('<b>x</b>');
    expect(reader().querySelector('b')).toBeNull();
  });
});
