// The atlas assumes nothing of a dataset's ids, and every link it makes names the dataset shown.
import { rawBuiltAtlas } from '../fixtures/builtAtlas';
import { expect, test } from './atlasPage';

test('“Speeches” opens the dataset’s first speech, and links made in the app keep the dataset', async ({ atlas, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const withoutOpening = rawBuiltAtlas();
  withoutOpening.speeches = withoutOpening.speeches.filter((speech) => speech.id !== 's01' && speech.id !== 's02');
  const first = withoutOpening.speeches[0]!;
  await page.route('**/data/later-speeches.json', (route) => route.fulfill({ json: withoutOpening }));
  await atlas.open('lang=en&data=data/later-speeches.json');
  await atlas.waitForMap();

  await page.getByRole('button', { name: 'Speeches' }).click();
  const reader = page.getByRole('region', { name: 'Speeches' });
  await expect(reader.getByRole('article', { name: first.headline })).toBeVisible();
  expect(atlas.searchParams().get('speech')).toBe(first.id);
  await expect(page.getByRole('status').filter({ hasText: 'were not understood' })).toHaveCount(0);

  const mention = reader.locator('article').getByRole('link', { name: / — show project: / }).first();
  const href = await mention.getAttribute('href');
  expect(new URL(href!, page.url()).searchParams.get('data')).toBe('data/later-speeches.json');

  await page.getByRole('button', { name: 'Copy link' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).searchParams.get('data')).toBe('data/later-speeches.json');
});
