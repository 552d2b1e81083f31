import { expect, test } from 'vitest';
import { useAtlas } from './support/atlas.ts';
import { atlasPage, chooseCountry } from './support/atlas-page.ts';
import { expectCount, expectVisible } from './support/eventually.ts';

// Short enough that the filters (their own scrolling box, at most 55 % of the height) and the
// header push the event list below the fold, where it follows a change once the browser is idle
// instead of in the change's own frame.
const session = useAtlas({ viewport: { width: 1280, height: 300 } });

test('an event list scrolled out of sight follows a filter change and shows it when scrolled to', async () => {
  const { page, open } = session();
  const atlas = atlasPage(page);
  await open();
  await expectCount(atlas.events, 2, 'items before filtering');
  const listTop = () => atlas.eventList.evaluate((el) => el.getBoundingClientRect().top);
  expect(await listTop(), 'the list starts below the fold').toBeGreaterThan(300);

  await chooseCountry(page, 'Afgh', 'Afghanistan');
  await expectVisible(atlas.status('1 of 2 events'), 'a status "1 of 2 events"');
  await expectCount(atlas.events, 1, 'items with Afghanistan, out of sight');

  // Scrolled to with the mouse wheel over the side panel, as a reader would.
  const side = page.getByRole('complementary', { name: 'Filters and events' });
  await side.hover();
  await page.mouse.wheel(0, 2000);
  // At this height the wheel may stop short of the list: bring it the rest of the way, as the browser would.
  await atlas.eventList.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expect.poll(listTop, { message: 'the list scrolled into sight' }).toBeLessThan(300);
  await expectVisible(atlas.events.filter({ hasText: 'Karaganda' }), 'the Karaganda item');
  await expectCount(atlas.events, 1, 'items with Afghanistan, in sight');

  await page.getByRole('button', { name: 'Remove Afghanistan' }).click();
  await expectCount(atlas.events, 2, 'items after removing Afghanistan');
});
