// Every view passes axe without a serious or critical violation, and the keyboard reaches what the
// mouse reaches.
import AxeBuilder from '@axe-core/playwright';
import { builtAtlasData } from '../fixtures/builtAtlas';
import type { Page } from '@playwright/test';
import { expect, test } from './atlasPage';

const { atlas: dataset } = builtAtlasData();
const withFigure = dataset.projects.features.find((feature) => feature.properties.figures.length > 0)!;
const figure = withFigure.properties.figures[0]!;
const quoteParam = `${figure.span.paragraph}:${figure.span.start}-${figure.span.end}`;
const twoProjects = dataset.projects.features.slice(0, 2).map((feature) => feature.id).join(',');

const VIEWS = [
  { name: 'map', query: 'lang=en' },
  { name: 'details', query: `lang=en&project=${withFigure.id}` },
  { name: 'speech', query: `lang=zh&speech=${figure.speech}&quote=${quoteParam}` },
  { name: 'speech side by side', query: `lang=ru&speech=${figure.speech}&quote=${quoteParam}` },
  { name: 'statistics', query: 'lang=ru&view=stats' },
  { name: 'compare', query: `lang=en&view=compare&compare=${twoProjects}` },
  { name: 'filtered list', query: 'lang=en&country=TJ&sector=energy' },
];

async function expectNoBlockingViolation(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(blocking).toEqual([]);
}

for (const view of VIEWS) {
  test(`axe finds no serious or critical violation in the ${view.name} view`, async ({ atlas, page }) => {
    await atlas.open(view.query);
    await atlas.waitForMap();
    await page.waitForLoadState('networkidle');
    await expectNoBlockingViolation(page);
  });
}

test('axe finds no serious or critical violation on a phone with the header\'s “More” menu open', async ({ atlas, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await atlas.open('lang=ru');
  await atlas.waitForMap();
  await page.getByRole('button', { name: 'Ещё' }).click();
  await expect(page.getByRole('button', { name: 'Печать сводки' })).toBeVisible();
  await expectNoBlockingViolation(page);
});

/** Lighthouse's desktop screen (its accessibility score counts target-size), and a phone. */
const SCREENS = [
  { name: 'desktop', viewport: { width: 1350, height: 940 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];

for (const screen of SCREENS) {
  test(`every control of the first view is large enough or far enough from the next (WCAG 2.2 target size) on a ${screen.name}`, async ({ atlas, page }) => {
    await page.setViewportSize(screen.viewport);
    await atlas.open('lang=en');
    await atlas.waitForMap();
    const results = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
    const tooSmall = results.violations.flatMap((violation) => violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`));
    expect(tooSmall).toEqual([]);
  });
}

test('every project can be selected by keyboard through the list, and focus moves into the panel and back', async ({ atlas, page }) => {
  await atlas.open('lang=en');
  await atlas.waitForMap();
  const target = dataset.projects.features[dataset.projects.features.length - 1]!;
  const row = atlas.listRow(target.properties.name.en);
  await row.focus();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 2, name: target.properties.name.en });
  await expect(heading).toBeFocused();
  await page.getByRole('button', { name: 'Close project details' }).click();
  await expect(row).toBeFocused();
});
