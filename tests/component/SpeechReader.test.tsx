import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Figure, QuoteRef, Speech } from '../../src/data/atlasSchema';
import type { AtlasData } from '../../src/vocabulary';
import { indexAtlas } from '../../src/data/loadAtlas';
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
      const entry: { mention: QuoteRef; projectIds: string[] } = byPlace.get(key) ?? { mention, projectIds: [] };
      entry.projectIds.push(project.id);
      byPlace.set(key, entry);
    }
  }
  return [...byPlace.values()].filter((entry) => entry.projectIds.length > 1);
})();

beforeEach(async () => {
  // The original alone, as published; the views with the translation have their own tests below.
  useViewStore.getState().restore({ ...defaultViewState('en'), readerView: 'original' });
  await i18n.changeLanguage('en');
});

function englishOf(speech: Speech) {
  const english = speech.translations?.en;
  if (english === undefined) throw new Error(`speech ${speech.id} has no English translation`);
  return english;
}

describe('SpeechReader', () => {
  it('lists all speeches and shows the open one in full', () => {
    const [speech] = data.atlas.speeches;
    if (speech === undefined) throw new Error('the dataset has no speeches');
    renderReader();
    open({ speech: speech.id });
    const list = within(reader()).getByRole('navigation', { name: 'All speeches' });
    const items = within(list).getAllByRole('button');
    // Speakers and headlines in the interface language.
    expect(items.map((item) => item.textContent)).toEqual(
      data.atlas.speeches.map((each) => {
        const { speaker, headline } = englishOf(each);
        return `${speaker.name}${speaker.role}, ${speaker.organization}${headline}`;
      }),
    );
    expect(within(list).getByRole('button', { current: true })).toHaveTextContent(englishOf(speech).headline);
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
    await user.click(within(reader()).getByRole('button', { name: new RegExp(englishOf(second).headline) }));
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

describe('SpeechReader with the translation', () => {
  const zarafshan = data.projectsById.get('zarafshan-wind-500');
  const capacity = zarafshan?.properties.figures[0] as Figure;

  beforeEach(async () => {
    useViewStore.getState().restore(defaultViewState('en'));
    await i18n.changeLanguage('en');
  });

  /** The cells of one paragraph row, by column. */
  function cells(sentenceId: string) {
    const [original, translation] = Array.from(reader().querySelectorAll(`[data-sentence="${sentenceId}"]`), (sentence) => sentence.closest('p'));
    return { original, translation };
  }

  it('opens side by side in English, each paragraph beside its translation, sentence for sentence', () => {
    renderReader();
    open({ speech: 's11' });
    expect(within(reader()).getByRole('radio', { name: 'Side by side' })).toBeChecked();
    expect(reader()).toHaveTextContent('Translation by the atlas; the Chinese original is authoritative.');
    expect(within(reader()).getByRole('heading', { level: 3, name: '高效协同，提升互联互通水平' })).toBeInTheDocument();
    expect(within(reader()).getByRole('heading', { level: 3, name: 'Coordinating Efficiently to Raise Connectivity' })).toBeInTheDocument();
    const rows = Array.from(reader().querySelectorAll('p[data-column="original"]'), (original) => ({
      original: Array.from(original.querySelectorAll('[data-sentence]'), (sentence) => sentence.getAttribute('data-sentence')),
      translation: Array.from(original.nextElementSibling?.querySelectorAll('[data-sentence]') ?? [], (sentence) => sentence.getAttribute('data-sentence')),
      language: original.nextElementSibling?.getAttribute('lang'),
    }));
    expect(rows).toEqual([
      { original: ['s11-p01.1'], translation: ['s11-p01.1'], language: 'en' },
      { original: ['s11-p02.1', 's11-p02.2', 's11-p02.3'], translation: ['s11-p02.1', 's11-p02.2', 's11-p02.3'], language: 'en' },
      { original: ['s11-p03.1'], translation: ['s11-p03.1'], language: 'en' },
      { original: ['s11-p04.1', 's11-p04.2'], translation: ['s11-p04.1', 's11-p04.2'], language: 'en' },
    ]);
    expect(reader()).toHaveTextContent(
      'Tan Xiaofeng, Deputy General Manager, PowerChina Eurasia Regional HeadquartersSpelling of the name: Hanyu Pinyin / Palladius transcription of the Chinese name',
    );
  });

  it('highlights the figure’s sentence in both columns, its quoted words in bold on each side', () => {
    renderReader();
    open(capacity);
    const marks = Array.from(reader().querySelectorAll('mark'));
    expect(marks.map((mark) => mark.closest('p')?.getAttribute('lang'))).toEqual(['zh', 'en']);
    expect(marks.map((mark) => mark.closest('[data-sentence]')?.getAttribute('data-sentence'))).toEqual(['s11-p02.2', 's11-p02.2']);
    expect(marks.map((mark) => Array.from(mark.querySelectorAll('strong'), (strong) => strong.textContent).join(''))).toEqual([
      '泽拉夫善500兆瓦风电项目',
      'Zarafshan 500 MW wind power project',
    ]);
    expect(marks[0]).toHaveFocus();
  });

  it('leads from the mentions in the translation to their projects too', async () => {
    const user = userEvent.setup();
    renderReader();
    open({ speech: 's11' });
    const translation = cells('s11-p02.2').translation as HTMLElement;
    const link = within(translation).getByRole('link', { name: 'Zarafshan 500 MW wind power project — show project: Zarafshan 500 MW wind farm' });
    await user.click(link);
    expect(useViewStore.getState()).toMatchObject({ project: 'zarafshan-wind-500', speech: null });
  });

  it('marks the counterpart of the sentence under the pointer or focus', async () => {
    const user = userEvent.setup();
    renderReader();
    open({ speech: 's11' });
    const [original, translation] = Array.from(reader().querySelectorAll('[data-sentence="s11-p03.1"]')) as HTMLElement[];
    await user.hover(original as HTMLElement);
    expect(translation).toHaveClass('reader__unit--paired');
    await user.unhover(original as HTMLElement);
    expect(translation).not.toHaveClass('reader__unit--paired');
    act(() => translation?.focus());
    expect(original).toHaveClass('reader__unit--paired');
  });

  it('keeps the chosen view in the store, the URL’s mirror, and shows the translation alone', async () => {
    const user = userEvent.setup();
    renderReader();
    open(capacity);
    await user.click(within(reader()).getByRole('radio', { name: 'Translation' }));
    expect(useViewStore.getState().readerView).toBe('translation');
    expect(reader().querySelector('p[lang="zh"]')).toBeNull();
    expect(reader().querySelector('mark')).toHaveTextContent(/Zarafshan 500 MW wind power project/);
    await user.click(within(reader()).getByRole('radio', { name: 'Original' }));
    expect(reader().querySelector('p[lang="en"]')).toBeNull();
  });

  it('names the speakers in Cyrillic in Russian', async () => {
    await act(async () => {
      useViewStore.getState().setLanguage('ru');
      await i18n.changeLanguage('ru');
    });
    renderReader();
    open({ speech: 's05' });
    expect(within(screen.getByRole('region', { name: 'Выступления' })).getByRole('button', { current: true })).toHaveTextContent(/^Хань Чуньлинь/);
    expect(within(screen.getByRole('region', { name: 'Выступления' })).getByRole('radio', { name: 'Параллельно' })).toBeChecked();
  });

  it('shows no translation and no choice of view in the Chinese interface', async () => {
    await act(async () => {
      useViewStore.getState().setLanguage('zh');
      await i18n.changeLanguage('zh');
    });
    renderReader();
    open(capacity);
    expect(within(screen.getByRole('region', { name: '发言全文' })).queryByRole('radio')).toBeNull();
    expect(screen.getByRole('region', { name: '发言全文' }).querySelector('[data-column="translation"]')).toBeNull();
    expect(screen.getByRole('region', { name: '发言全文' }).querySelectorAll('mark')).toHaveLength(1);
    expect(within(screen.getByRole('region', { name: '发言全文' })).getByRole('button', { current: true })).toHaveTextContent(/^谭晓峰/);
  });

  it('shows the original with a one-line note when the dataset carries no translations', () => {
    const atlas = rawBuiltAtlas();
    for (const speech of atlas.speeches) delete speech.translations;
    renderReader(indexAtlas(atlas));
    open(capacity);
    expect(reader()).toHaveTextContent('This dataset carries no translation of the speech: shown in the Chinese original.');
    expect(within(reader()).queryByRole('radio')).toBeNull();
    expect(reader().querySelector('[data-column="translation"]')).toBeNull();
    expect(reader().querySelectorAll('mark')).toHaveLength(1);
  });
});
