import { expect, test } from 'vitest';
import { useAtlas } from './support/atlas.ts';
import { atlasPage } from './support/atlas-page.ts';
import { expectCount, expectGone, expectText, expectUrl, expectVisible, isFocused } from './support/eventually.ts';
import { seedEvent } from './support/seed-events.ts';

const session = useAtlas();

test('the app loads both seed events', async () => {
  const { page, open } = session();
  const atlas = atlasPage(page);
  await open();
  await expectCount(atlas.events, 2, 'items in the list "Events"');
  await expectVisible(atlas.events.filter({ hasText: 'Karaganda' }).filter({ hasText: '2014' }), 'the Karaganda 2014 item');
  await expectVisible(atlas.events.filter({ hasText: 'Almaty' }).filter({ hasText: '2015' }), 'the Almaty 2015 item');
  await expectVisible(atlas.status('2 of 2 events'), 'a status "2 of 2 events"');
});

test('clicking a map marker opens the right detail panel', async () => {
  const { page, open } = session();
  const atlas = atlasPage(page);
  const karaganda = seedEvent('Karaganda');
  await open();
  await atlas.marker('Karaganda').click();
  await expectVisible(atlas.details, 'the region "Event details"');
  await expectVisible(atlas.details.getByRole('heading', { name: karaganda.title }), 'the Karaganda title in the details');
  await expectText(atlas.details, /Afghanistan/, 'Afghanistan among the participants in the details');
  await expectUrl(page, (url) => url.searchParams.get('event') === karaganda.id, `the URL names event=${karaganda.id}`);
});

test('keyboard only: Tab to a marker, Enter opens the details, Escape closes them and returns focus', async () => {
  const { page, open } = session();
  const atlas = atlasPage(page);
  const marker = atlas.marker('Karaganda');
  await open();
  await expectVisible(marker, 'the Karaganda marker');
  // A person starts tabbing once the page has finished loading (the basemap arrives after the list).
  await page.waitForLoadState('networkidle');
  let presses = 0;
  while (!(await isFocused(marker))) {
    if (++presses > 60) throw new Error('Tab never reached the Karaganda marker in 60 presses');
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expectVisible(atlas.details, 'the details after Enter on the marker');
  await expectVisible(atlas.details.getByRole('heading', { name: seedEvent('Karaganda').title }), 'the Karaganda title');
  await page.keyboard.press('Escape');
  await expectGone(atlas.details, 'the details after Escape');
  await expect.poll(() => isFocused(marker), { timeout: 5000, message: 'focus returns to the Karaganda marker' }).toBe(true);
});

test('opening an event whose release has an image loads nothing from outside this machine', async () => {
  const { page, open } = session();
  const atlas = atlasPage(page);
  const almaty = seedEvent('Almaty');
  expect(almaty.imageUrl, 'the Almaty release has an image (the point of this test)').not.toBeNull();
  await open();
  await atlas.eventList.getByRole('button', { name: almaty.title }).click();
  await expectVisible(atlas.details.getByRole('heading', { name: almaty.title }), 'the Almaty details');
  // The guard (after the test) fails it if the details fetched the image from its original site.
  await page.waitForLoadState('networkidle');
});
