// Projects the speeches cite without naming a place: China Media Group's five initiatives in s07.
// A visitor finds them in the list, the statistics and the speech, and the map draws none of them
// (the map reports the shapes its layers hold: data-drawn-markers, data-focused-markers).
import { expect, test } from './atlasPage';

const INITIATIVES = [
  { id: 'cmg-direct-to-central-asia', name: '“Direct to Central Asia” news mechanism' },
  { id: 'cmg-classic-quotes-multilingual', name: 'Multilingual editions of “Classic Quotes by Xi Jinping”' },
  { id: 'cmg-news-hotline', name: '“News Hotline” content-sharing platform' },
  { id: 'cmg-joint-documentaries', name: 'Jointly filmed documentaries' },
  { id: 'china-central-asia-news-alliance', name: 'China–Central Asia News Alliance' },
];
/** The forum's 23 projects: 18 with a place, drawn as 17 points (the cultural centres at two) and 2 routes. */
const DRAWN_MARKERS = '19';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('the five initiatives are listed and counted, marked as not on the map, and the map draws none of them', async ({ atlas, page }) => {
  await atlas.open('lang=en');
  await atlas.waitForMap();
  const map = page.getByTestId('map');
  await expect(map).toHaveAttribute('data-project-count', '23');
  await expect(map).toHaveAttribute('data-drawn-markers', DRAWN_MARKERS);
  await expect(page.locator('.map-legend')).toContainText('5 projects not on the map (no location)');
  for (const { name } of INITIATIVES) await expect(atlas.listRow(name)).toContainText('No location on the map');

  await page.getByRole('checkbox', { name: 'China Media Group (CMG)' }).check();
  await expect(page.locator('#project-list li')).toHaveCount(5);
  await expect(map).toHaveAttribute('data-project-count', '5');
  await expect(page.locator('.map-legend')).toContainText('5 projects not on the map (no location)');
  await atlas.screenshot('unmapped-cmg-filtered');

  await page.getByRole('tab', { name: 'Statistics' }).click();
  await expect(page.getByText('5 of 23 projects, as the filters choose.')).toBeVisible();
  const withoutFigures = page.getByRole('region', { name: 'Projects with no figure stated' });
  for (const { name } of INITIATIVES) await expect(withoutFigures.getByRole('button', { name })).toBeVisible();
});

test('each initiative’s link in speech s07 selects it, says it has no location, and neither rings it nor moves the map', async ({ atlas, page }) => {
  // Five selections on software WebGL, each redrawing the map beside the details.
  test.setTimeout(240_000);
  // The map's view as the URL writes it: the camera has not moved while it stays so.
  const view = '70.000,44.000,4.00';
  const map = page.getByTestId('map');
  await atlas.open(`lang=en&map=${view}&speech=s07`);
  await atlas.waitForMap();
  for (const { id, name } of INITIATIVES) {
    // Back to the speech after each selection, as a visitor would.
    if (atlas.searchParams().get('project') !== null) await page.goBack();
    // Side by side, the original and the translation each link the initiative: the original's first.
    await page.getByRole('link', { name: new RegExp(`show project: ${escaped(name)}$`) }).first().click();
    const details = page.getByRole('complementary', { name });
    await expect(details).toContainText('No location on the map');
    expect(atlas.searchParams().get('project')).toBe(id);
    await expect(map).toHaveAttribute('data-focused-markers', '0');
    await expect(map).toHaveAttribute('data-drawn-markers', DRAWN_MARKERS);
    expect(atlas.searchParams().get('map')).toBe(view);
  }
  await atlas.screenshot('unmapped-selected');
});

test('the legend counts the projects not on the map in Russian', async ({ atlas, page }) => {
  await atlas.open('lang=ru');
  await atlas.waitForMap();
  await expect(page.locator('.map-legend')).toContainText('5 проектов не показаны на карте (нет местоположения)');
});
