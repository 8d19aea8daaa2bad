// In a browser without WebGL the app says so, and list, details, speeches, compare and search
// still work.
import { builtAtlasData } from '../fixtures/builtAtlas';
import { expect, test } from './atlasPage';

const { atlas: dataset } = builtAtlasData();

test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-webgl', '--disable-3d-apis', '--disable-background-networking'],
  },
});

test('the app says the map needs WebGL and still offers list, details, speeches, compare and search', async ({ atlas, page }) => {
  const project = dataset.projects.features.find((feature) => feature.properties.figures.length > 0)!;
  await atlas.open('lang=en');
  await expect(page.getByTestId('map').getByRole('status')).toContainText('WebGL');
  await atlas.screenshot('no-webgl');
  await atlas.listRow(project.properties.name.en).click();
  const details = page.getByRole('complementary', { name: project.properties.name.en });
  await expect(details).toBeVisible();
  await details.getByRole('button', { name: /Read in the speech/ }).first().click();
  await expect(page.getByRole('region', { name: 'Speeches', exact: true }).locator('mark').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('combobox', { name: /Search/ }).fill(project.properties.name.en.split(' ')[0]!);
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await details.getByRole('button', { name: /Compare/ }).click();
  await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Compare (1)' }).click();
  await expect(page.locator('.view-overlay')).toContainText(project.properties.name.en);
});
