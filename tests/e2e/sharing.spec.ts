// A shared link opens the same view; a first visit speaks the browser's language; the page lets
// nothing in from another origin.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtAtlasData } from '../fixtures/builtAtlas';
import { AtlasPage, expect, test } from './atlasPage';

const { atlas: dataset } = builtAtlasData();

test('"Copy link" gives a link that opens the exact view', async ({ atlas, page, context, browser, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const project = dataset.projects.features.find((feature) => feature.properties.sector === 'energy')!;
  await atlas.open('lang=en');
  await atlas.waitForMap();
  await page.getByRole('checkbox', { name: 'Energy' }).check();
  await atlas.listRow(project.properties.name.en).click();
  await page.getByRole('complementary', { name: project.properties.name.en }).getByRole('button', { name: /Compare/ }).click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await page.getByRole('button', { name: 'Копировать ссылку' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ссылка скопирована' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());

  const fresh = await browser.newContext({ baseURL });
  const other = new AtlasPage(await fresh.newPage(), new URL(baseURL!).origin);
  await other.page.goto(link);
  await other.waitForMap();
  await expect(other.page.getByRole('checkbox', { name: 'Энергетика' })).toBeChecked();
  await expect(other.page.getByRole('complementary', { name: project.properties.name.ru })).toBeVisible();
  await expect(other.page.getByRole('tab', { name: 'Сравнение (1)' })).toBeVisible();
  expect(other.consoleProblems).toEqual([]);
  await fresh.close();
});

test.describe('a first visit from a Russian browser', () => {
  test.use({ locale: 'ru-RU' });
  test('speaks Russian and says so in the link', async ({ atlas, page }) => {
    await atlas.open();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Атлас Шёлкового пути');
    expect(atlas.searchParams().get('lang')).toBe('ru');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  });
});

test('the Content-Security-Policy lets nothing in from another origin, and the app works under it', async ({ atlas, page }) => {
  atlas.expectConsoleProblems(/Content Security Policy/);
  await atlas.open('lang=en');
  await atlas.waitForMap();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  const outcome = await page.evaluate(async () => {
    const violation = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective)));
    const fetched = await fetch('https://example.com/atlas.json').then(
      () => 'loaded',
      () => 'blocked',
    );
    return { fetched, directive: await violation };
  });
  expect(outcome).toEqual({ fetched: 'blocked', directive: 'connect-src' });
});

test('the app breaks no rule of its own Content-Security-Policy while it loads (Lighthouse lists each as an issue)', async ({ atlas, page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { policyViolations: string[] }).policyViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} in ${event.sourceFile}`));
  });
  await atlas.open('lang=en');
  await atlas.waitForMap();
  expect(await page.evaluate(() => (window as unknown as { policyViolations: string[] }).policyViolations)).toEqual([]);
});

test('the built page declares its Content-Security-Policy before any script, preload or stylesheet', () => {
  const html = readFileSync(fileURLToPath(new URL('../../dist/index.html', import.meta.url)), 'utf8');
  const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
  const tags = [...head.matchAll(/<(meta|link|script|style|title|base)\b[^>]*>/g)].map((match) => match[0]);
  const policyAt = tags.findIndex((tag) => tag.includes('http-equiv="Content-Security-Policy"'));
  expect(policyAt, 'a Content-Security-Policy meta in the head').toBeGreaterThanOrEqual(0);
  // Only the charset may come first: a browser must find it in the first 1024 bytes.
  expect(tags.slice(0, policyAt).every((tag) => /^<meta charset=/i.test(tag)), tags.slice(0, policyAt + 1).join('\n')).toBe(true);
  expect(policyAt).toBeLessThanOrEqual(1);
  expect(html.indexOf('<meta charset=')).toBeLessThan(1024);
  expect(tags.filter((tag) => /^<(script|link|style)/.test(tag)).length).toBeGreaterThan(0);
});
