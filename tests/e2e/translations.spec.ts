// The speeches in English and Russian: a figure's sentence in the details panel, the parallel
// reader, speakers in Latin and Cyrillic script, and search by translated words. The Chinese
// interface keeps to the original.
import type { Page } from '@playwright/test';
import { expect, test } from './atlasPage';

const INTERFACES = [
  {
    language: 'en',
    figures: 'Figures from the speeches',
    readInSpeech: /^Read in the speech: Capacity$/,
    speeches: 'Speeches',
    sideBySide: 'Side by side',
    translation: 'Translation',
    markedWords: /^Zarafshan 500 MW wind power project$/,
    speaker: 'Tan Xiaofeng',
    note: 'Translation by the atlas; the Chinese original is authoritative.',
    searchWord: 'households',
    search: 'Search the atlas',
  },
  {
    language: 'ru',
    figures: 'Цифры из выступлений',
    readInSpeech: /^Читать в выступлении: Мощность$/,
    speeches: 'Выступления',
    sideBySide: 'Параллельно',
    translation: 'Перевод',
    markedWords: /^ВЭС «Зарафшан» мощностью 500\sМВт$/,
    speaker: 'Тань Сяофэн',
    note: 'Перевод выполнен атласом; подлинным является китайский текст.',
    searchWord: 'домохозяйств',
    search: 'Поиск по атласу',
  },
] as const;

/** The top of each of an element list's boxes, rounded to the pixel. */
async function tops(page: Page, selector: string): Promise<number[]> {
  return page.locator(selector).evaluateAll((elements) => elements.map((element) => Math.round(element.getBoundingClientRect().top)));
}

for (const ui of INTERFACES) {
  test.describe(`the ${ui.language} interface`, () => {
    test('the Zarafshan details show the figure’s sentence translated, the quoted words marked in both', async ({ atlas, page }) => {
      await atlas.open(`lang=${ui.language}&project=zarafshan-wind-500`);
      const figure = page.getByRole('region', { name: ui.figures }).getByRole('listitem');
      await expect(figure.locator('blockquote[lang="zh"] mark')).toHaveText('泽拉夫善500兆瓦风电项目');
      const translated = figure.locator(`p[lang="${ui.language}"]`);
      await expect(translated).toContainText('500');
      await expect(translated.locator('mark')).toHaveText(ui.markedWords);
      await expect(figure.getByText(new RegExp(ui.speaker))).toBeVisible();
      await expect(page.getByRole('complementary').getByText(ui.note)).toBeVisible();
    });

    test('the reader shows both columns side by side, aligned, the figure’s sentence highlighted in both', async ({ atlas, page }) => {
      await atlas.open(`lang=${ui.language}&project=zarafshan-wind-500`);
      await page.getByRole('region', { name: ui.figures }).getByRole('button', { name: ui.readInSpeech }).click();
      const reader = page.getByRole('region', { name: ui.speeches, exact: true });
      await expect(reader.getByRole('radio', { name: ui.sideBySide })).toBeChecked();
      // A default, not a choice: the link does not carry it.
      expect(atlas.searchParams().get('reader')).toBeNull();

      const marks = reader.locator('mark');
      await expect(marks).toHaveCount(2);
      await expect(marks.nth(0)).toContainText('泽拉夫善500兆瓦风电项目');
      await expect(marks.nth(1).locator('strong')).toHaveText(ui.markedWords);
      const [original, translation] = await marks.evaluateAll((elements) =>
        elements.map((element) => {
          const cell = element.closest('p');
          const box = cell?.getBoundingClientRect();
          return { lang: cell?.lang, sentence: element.closest('[data-sentence]')?.getAttribute('data-sentence'), top: Math.round(box?.top ?? -1), left: Math.round(box?.left ?? -1) };
        }),
      );
      expect(original).toMatchObject({ lang: 'zh', sentence: 's11-p02.2' });
      expect(translation).toMatchObject({ lang: ui.language, sentence: 's11-p02.2', top: original?.top });
      expect(translation?.left).toBeGreaterThan(original?.left ?? Infinity);
      // Every paragraph starts level with its translation.
      expect(await tops(page, 'p[data-column="translation"]')).toEqual(await tops(page, 'p[data-column="original"]'));

      // Hovering an original sentence marks its counterpart.
      await reader.locator('p[data-column="original"] [data-sentence="s11-p03.1"]').hover();
      await expect(reader.locator('p[data-column="translation"] [data-sentence="s11-p03.1"]')).toHaveClass(/reader__unit--paired/);

      await expect(reader.locator('button[aria-current="true"]')).toHaveText(new RegExp(`^${ui.speaker}`));
      await expect(reader.getByText(ui.note)).toBeVisible();

      await reader.getByRole('radio', { name: ui.translation }).check();
      await expect(reader.locator('p[data-column="original"]')).toHaveCount(0);
      expect(atlas.searchParams().get('reader')).toBe('translation');
    });

    test('a translated word finds its sentence in search, and opens it highlighted', async ({ atlas, page }) => {
      await atlas.open(`lang=${ui.language}`);
      await page.getByRole('combobox', { name: ui.search }).fill(ui.searchWord);
      const option = page.getByRole('option').filter({ has: page.locator('mark', { hasText: ui.searchWord }) }).first();
      await expect(option).toContainText(ui.speaker);
      await option.click();
      const reader = page.getByRole('region', { name: ui.speeches, exact: true });
      await expect(reader.locator(`p[data-column="translation"] mark`)).toContainText(ui.searchWord);
      expect(atlas.searchParams().get('speech')).toBe('s11');
    });
  });
}

test('the Chinese interface shows the original only: no translation column, no choice of view', async ({ atlas, page }) => {
  await atlas.open('lang=zh&project=zarafshan-wind-500&reader=side-by-side');
  const figure = page.getByRole('region', { name: '发言中的数据' }).getByRole('listitem');
  // The whole sentence in the original, the figure's own words marked in it; no translation beside it.
  await expect(figure.locator('blockquote')).toContainText('纳沃伊100兆瓦光伏电站和泽拉夫善500兆瓦风电项目每年可满足约50万户家庭的用电需求');
  await expect(figure.locator('blockquote mark')).toHaveText('泽拉夫善500兆瓦风电项目');
  await expect(figure.locator('[lang="en"], [lang="ru"]')).toHaveCount(0);
  await figure.getByRole('button', { name: /在发言中阅读/ }).click();
  const reader = page.getByRole('region', { name: '发言全文' });
  await expect(reader.locator('mark')).toHaveCount(1);
  await expect(reader.locator('[data-column="translation"], [lang="en"], [lang="ru"]')).toHaveCount(0);
  await expect(reader.getByRole('radio')).toHaveCount(0);
  await expect(reader.locator('button[aria-current="true"]')).toHaveText(/^谭晓峰/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the English reader opens on the translation, and side by side stacks each paragraph over its translation', async ({ atlas, page }) => {
    await atlas.open('lang=en&speech=s11');
    const reader = page.getByRole('region', { name: 'Speeches', exact: true });
    await expect(reader.getByRole('radio', { name: 'Translation' })).toBeChecked();
    await expect(reader.locator('p[data-column="original"]')).toHaveCount(0);
    await reader.getByRole('radio', { name: 'Side by side' }).check();
    const [original, translation] = await reader.locator('[data-sentence="s11-p01.1"]').evaluateAll((elements) =>
      elements.map((element) => element.closest('p')?.getBoundingClientRect().toJSON() as DOMRect),
    );
    expect(translation?.top).toBeGreaterThan((original?.bottom ?? Infinity) - 1);
  });
});
