import { test } from 'vitest';
import { useAtlas } from './support/atlas.ts';
import { atlasPage, chooseCountry } from './support/atlas-page.ts';
import { expectCount, expectGone, expectUrl, expectVisible } from './support/eventually.ts';

const session = useAtlas();

test('choosing a country narrows the map, the list and the counts', async () => {
  const { page, open } = session();
  const atlas = atlasPage(page);
  await open();
  await expectCount(atlas.events, 2, 'items before filtering');
  await chooseCountry(page, 'Afgh', 'Afghanistan');
  await expectCount(atlas.events, 1, 'items with Afghanistan');
  await expectVisible(atlas.events.filter({ hasText: 'Karaganda' }), 'the Karaganda item');
  await expectVisible(atlas.status('1 of 2 events'), 'a status "1 of 2 events"');
  await expectUrl(page, (url) => url.searchParams.get('country') === 'AF', 'the URL has country=AF');
  await expectVisible(atlas.marker('Karaganda'), 'the Karaganda marker');
  await expectGone(atlas.marker('Almaty'), 'the Almaty marker');

  await page.getByRole('button', { name: 'Remove Afghanistan' }).click();
  await expectCount(atlas.events, 2, 'items after removing Afghanistan');
  await expectUrl(page, (url) => !url.searchParams.has('country'), 'the URL has no country');

  await chooseCountry(page, 'Lith', 'Lithuania');
  await expectCount(atlas.events, 2, 'items with Lithuania');
  await expectVisible(atlas.status('2 of 2 events'), 'a status "2 of 2 events"');
});

test('the country role narrows further, and an empty result offers to clear the filters', async () => {
  const { page, open } = session();
  const atlas = atlasPage(page);
  await open();
  await chooseCountry(page, 'Lith', 'Lithuania');
  await atlas.roleGroup.getByRole('radio', { name: 'Expert' }).check();
  await expectCount(atlas.events, 2, 'events with Lithuania as expert');
  await expectUrl(page, (url) => url.searchParams.get('role') === 'expert', 'the URL has role=expert');

  await atlas.roleGroup.getByRole('radio', { name: 'Participant' }).check();
  await expectCount(atlas.events, 0, 'events with Lithuania as participant');
  await expectVisible(atlas.emptyState, 'the empty state "No events match"');
  await expectVisible(atlas.status('0 of 2 events'), 'a status "0 of 2 events"');

  await atlas.clearAll.click();
  await expectCount(atlas.events, 2, 'items after "Clear all filters"');
  await expectGone(page.getByRole('button', { name: 'Remove Lithuania' }), 'the Lithuania chip');
});
