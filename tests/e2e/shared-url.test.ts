import { expect, test } from 'vitest';
import { useAtlas } from './support/atlas.ts';
import { atlasPage } from './support/atlas-page.ts';
import { expectCount, expectGone, expectUrl, expectVisible } from './support/eventually.ts';
import { seedEvent } from './support/seed-events.ts';

const session = useAtlas();

test('a shared URL restores the same view', async () => {
  const { page, open } = session();
  const atlas = atlasPage(page);
  const karaganda = seedEvent('Karaganda');
  await open(`/?country=LT&role=expert&event=${karaganda.id}`);
  await expectVisible(atlas.details.getByRole('heading', { name: karaganda.title }), 'the Karaganda details');
  await expectVisible(page.getByRole('button', { name: 'Remove Lithuania' }), 'the Lithuania chip');
  expect(await atlas.roleGroup.getByRole('radio', { name: 'Expert' }).isChecked(), 'the radio "Expert" is checked').toBe(true);
  await expectCount(atlas.events, 2, 'events with Lithuania as expert');
  await expectVisible(atlas.status('2 of 2 events'), 'a status "2 of 2 events"');
});

test('Back after selecting an event returns to the previous view', async () => {
  const { page, open } = session();
  const atlas = atlasPage(page);
  const karaganda = seedEvent('Karaganda');
  await open('/?country=AF');
  await expectCount(atlas.events, 1, 'items with Afghanistan');
  await atlas.eventList.getByRole('button', { name: karaganda.title }).click();
  await expectVisible(atlas.details, 'the details');
  await expectUrl(page, (url) => url.searchParams.get('event') === karaganda.id, 'the URL names the event');
  await page.goBack();
  await expectGone(atlas.details, 'the details after Back');
  await expectUrl(page, (url) => !url.searchParams.has('event') && url.searchParams.get('country') === 'AF', 'the URL is the previous one');
  await expectCount(atlas.events, 1, 'items after Back (still filtered)');
});
