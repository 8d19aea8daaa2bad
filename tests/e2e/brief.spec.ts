// "Print brief" (issue 16): the brief of a selection as Chromium prints it to PDF, read back page by
// page with pdfjs-dist.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, test } from './atlasPage';
import type { Page } from '@playwright/test';

/** Every project the forum places in Kazakhstan, with the words that state its figures, or that name it where it has none (data/curated/projects.ts, groups.ts). */
const KAZAKH_PROJECTS: Record<string, string[]> = {
  'Kazakhstan 150 MW wind farm': ['哈萨克斯坦150兆瓦风电项目'],
  'ALLUR Group car maker, Kazakhstan': ['产销量达9000余辆跃升至近10万辆'],
  'Moinak hydropower plant': ['玛依纳水电站'],
  'Turgusun hydropower plant': ['图尔古孙水电站'],
  'Shymkent oil refinery': ['奇姆肯特炼厂'],
  'Central Asia–China gas pipeline': ['惠及沿线中亚国家及中国20多个省份'],
  'Shelek 60 MW wind farm': ['谢列克60兆瓦风电', '每年为当地提供超5.5亿千瓦时的绿色电力'],
  'Zhanatas 100 MW wind farm': ['札纳塔斯100兆瓦风电', '每年为当地提供超5.5亿千瓦时的绿色电力'],
  'Western Europe–Western China highway projects': ['使霍尔果斯至阿拉木图车程较之前缩短约2小时'],
  'Initiative for cultural centres in both capitals (Astana and Beijing)': ['在两国首都设立文化中心'],
  '“Chinese Modernization and the China–Central Asia Community with a Shared Future” Red Hall Forum': ['“中国式现代化与中国—中亚命运共同体”红厅论坛'],
  '“Direct to Central Asia” news mechanism': ['“直通中亚”新闻机制'],
  'Multilingual editions of “Classic Quotes by Xi Jinping”': ['《平“语”近人》多语种版'],
  '“News Hotline” content-sharing platform': ['共建“新闻热线”平台'],
  'Jointly filmed documentaries': ['联合摄制纪录片'],
  'China–Central Asia News Alliance': ['倡议成立“中国—中亚新闻联盟”'],
};

/** What the atlas's controls say; none of it belongs on paper. */
const BUTTON_LABELS = ['Copy link', 'Embed…', 'Print brief', 'Speeches', 'Filters & list', 'Open a dataset', 'Read in the speech', 'Cite', 'Compare', 'Statistics', 'Close'];

/** Each page's text, its items joined with spaces. */
async function pdfPageTexts(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages;
}

/** Text compared without the spaces and line breaks the PDF puts between its pieces. */
const compact = (text: string) => text.replace(/\s+/g, '');

/** Kangxi radicals and the CJK radicals supplement. */
const RADICAL = /[\u2e80-\u2fdf]/u;
const HAN = /\p{Script=Han}/u;

/**
 * Whether `text` holds `quote`. Chromium's PDF text layer names some characters of the CJK font by
 * the radical that shares their glyph (瓦 as ⽡ U+2F61, 风 as ⻛ U+2EDB): a radical there stands for the
 * Han character of the quote at its place, and only for one.
 */
function holds(text: string, quote: string): boolean {
  const letters = [...compact(text)];
  const wanted = [...compact(quote)];
  const matchesAt = (start: number) =>
    wanted.every((letter, offset) => {
      const found = letters[start + offset];
      return found === letter || (found !== undefined && RADICAL.test(found) && HAN.test(letter));
    });
  return letters.some((_, start) => matchesAt(start));
}

async function printBrief(page: Page) {
  await page.getByRole('button', { name: 'Print brief' }).click();
  await expect(page.locator('.print-brief')).toHaveAttribute('data-brief-ready', 'true');
  // The browser's print dialog was asked for once; the PDF below is what "Save as PDF" writes.
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
}

test.beforeEach(async ({ page }) => {
  // The print dialog would hold the page (and page.pdf) in headless Chromium: count the call instead.
  await page.addInitScript(() => {
    const counted = window as unknown as { printed: number };
    counted.printed = 0;
    window.print = () => {
      counted.printed += 1;
    };
  });
});

test('the brief of the Kazakhstan filter holds every Kazakh project and quote, no button label, and no quote split across pages', async ({ atlas, page }) => {
  await atlas.open('lang=en&country=KZ');
  await atlas.waitForMap();
  await printBrief(page);
  for (const format of ['A4', 'Letter'] as const) {
    const pages = await pdfPageTexts(await page.pdf({ format }));
    expect(pages.length, `${format} pages`).toBeGreaterThanOrEqual(2);
    expect(pages.length, `${format} pages`).toBeLessThanOrEqual(6);
    const whole = compact(pages.join(''));
    for (const [name, quotes] of Object.entries(KAZAKH_PROJECTS)) {
      expect(whole, `${format}: ${name}`).toContain(compact(name));
      // Each quote whole on one page (its sentence, translation and speaker are kept together).
      for (const quote of quotes) expect(pages.some((text) => holds(text, quote)), `${format}: “${quote}” on one page`).toBe(true);
    }
    const text = pages.join(' ');
    for (const label of BUTTON_LABELS) expect(text, `${format}: “${label}”`).not.toMatch(new RegExp(`(^|\\s)${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`));
  }
});

test('the brief of a comparison holds the compared projects only, with the map pictured', async ({ atlas, page }) => {
  await atlas.open('lang=en&view=compare&compare=zarafshan-wind-500,moinak-hpp');
  await atlas.waitForMap();
  await printBrief(page);
  // On screen the brief is hidden; in print it is all there is.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  const brief = page.locator('.print-brief');
  await expect(brief.getByRole('img', { name: /Map of the selected projects/ })).toHaveJSProperty('complete', true);
  // Pictured once the basemap's rivers, lakes and names were drawn: the caption notes no gap.
  await expect(brief.locator('figcaption')).toHaveText('The map as shown');
  await expect(brief.getByRole('row')).toHaveText([/^Project/, /^Zarafshan 500 MW wind farm/, /^Moinak hydropower plant/, /^Navoi solar and Zarafshan wind projects/]);
  const whole = compact((await pdfPageTexts(await page.pdf({ format: 'A4' }))).join(''));
  expect(whole).toContain(compact('Comparison of 2 projects'));
  expect(holds(whole, '泽拉夫善500兆瓦风电项目')).toBe(true);
  expect(whole).not.toContain(compact('Kazakhstan 150 MW wind farm'));
});

test('where the basemap failed, the brief says its map lacks rivers, lakes and names', async ({ atlas, page }) => {
  atlas.expectConsoleProblems(/\[map\] basemap: basemap\/geography\.json/);
  await page.route('**/basemap/geography.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"shapes":{"type":"Topology"}}' }));
  await atlas.open('lang=en&country=KZ');
  await atlas.waitForMap();
  await printBrief(page);
  await expect(page.locator('.print-brief figcaption')).toHaveText('The map as shown Rivers, lakes and place names could not be drawn and are missing from it.');
});
