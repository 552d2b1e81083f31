// Issue 24, the app's side, on an archive of our own writing (support/analyst-dataset.ts): counts
// that add up, the map by keyboard, why a fact was chosen and true reasons for what is missing.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useAtlas } from './support/atlas.ts';
import { atlasPage, chooseCountry } from './support/atlas-page.ts';
import { ANALYST, serveDataset } from './support/analyst-dataset.ts';
import { blockingViolations } from './support/axe.ts';
import { expectCount, expectText, expectUrl, expectVisible, isFocused } from './support/eventually.ts';
import { shoot } from './support/shoot.ts';

const session = useAtlas();

const WINDOW = '/?from=2008-01-01&to=2012-12-31';

async function openArchive(page: Page, open: (path?: string) => Promise<void>, path: string): Promise<void> {
  await serveDataset(page);
  await open(path);
  await expectVisible(atlasPage(page).eventList, 'the event list');
}

/** What has focus, as a person would name it: never <body>. */
const focusedName = (page: Page) => page.evaluate(() => {
  const el = document.activeElement;
  return !el || el === document.body ? '<body>' : `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? ''}`;
});

test('a 2008–2012 window: list, header, table and clusters count the same events; the undated one is listed apart, outside the count', async () => {
  const { page, open } = session();
  const atlas = atlasPage(page);
  await openArchive(page, open, `${WINDOW}&map=43.3,77,4`);
  // Six dated events lie in the window; the undated one is not "in" it, whatever the undated choice.
  await expectText(atlas.status(/of 10 events/), /^6 of 10 events · 3 on the map, 3 not on the map · 1 undated listed apart$/, 'the result count');
  await expectText(page.locator('.app-count'), /^6 of 10 events · 3 on the map, 3 not · 2008–2012$/, 'the header, naming the window');
  await expectCount(atlas.events, 6, 'events in the window');
  const apart = page.getByRole('list', { name: 'Undated, outside the window' });
  await expectCount(apart.getByRole('listitem'), 1, 'the undated event, listed apart');
  // Its dates as the text gives them, without a year: the row says so rather than "Date unknown".
  await expectText(apart.getByRole('listitem'), /12 to 16 June, year not stated/, 'the undated event’s dates as written');
  await expectVisible(page.getByRole('heading', { name: /^Undated, outside the window/ }), 'the heading of the undated events');
  // One event held in Almaty, Talgar and Kaskelen: a cluster of three venues counting one event.
  await expectVisible(page.getByRole('button', { name: 'Cluster of 3 venues, 1 event' }), 'the cluster of the three towns');

  await page.getByRole('button', { name: 'Table' }).click();
  await expectVisible(page.getByRole('table'), 'the table');
  await expectText(page.getByRole('table').locator('caption'), /^6 events/, 'the table caption');
  // The undated event is a group of its own below the window's rows, outside the caption's count.
  await expectVisible(page.getByRole('table').getByRole('rowheader', { name: /^Undated, outside the window/ }), 'the undated group in the table');
  await expectVisible(page.getByRole('table').getByRole('button', { name: ANALYST.undated!.title }), 'the undated event in its group');
  await expectUrl(page, (url) => url.searchParams.get('view') === 'table', 'view=table in the URL');
  await page.getByRole('table').getByRole('button', { name: /^Participants/ }).click();
  await page.getByRole('table').getByRole('button', { name: /^Participants/ }).click();
  await expectUrl(page, (url) => url.searchParams.get('sort') === '-count', 'sort=-count in the URL');
  // The link restores the table and its order.
  await page.reload();
  await expectText(page.getByRole('table').locator('caption'), /^6 events, by participants \(descending\)$/, 'the table restored from the link');
  await expectText(page.getByRole('table').locator('tbody tr').first(), /Webinar on customs valuation/, 'the largest count first');
});

test('the keyboard: skip links first, the map within 5 Tab presses, Page Up moves the window a year, focus never on <body>', async () => {
  const { page, open } = session();
  const atlas = atlasPage(page);
  await openArchive(page, open, WINDOW);
  const skipToMap = page.getByRole('link', { name: 'Skip to the map' });
  await page.keyboard.press('Tab');
  expect(await isFocused(skipToMap), 'the first Tab stop').toBe(true);
  const box = await skipToMap.boundingBox();
  expect(box && box.y >= 0 && box.x >= 0, 'the skip link is on screen when focused').toBe(true);
  await shoot(page, 'desktop-skip-link');
  await page.keyboard.press('Enter');
  const map = page.getByRole('region', { name: 'Map' }).locator('.leaflet-container');
  expect(await isFocused(map), 'the map has focus after 1 Tab press and Enter').toBe(true);

  // From a fresh page, the second stop skips to the list.
  await open(WINDOW);
  await expectVisible(atlas.eventList, 'the list again');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await isFocused(page.getByRole('link', { name: 'Skip to the event list' })), 'the second Tab stop').toBe(true);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  expect(await isFocused(atlas.events.first().getByRole('button')), 'the first event after the list').toBe(true);

  // Page Up moves the whole window by a year, keeping its width.
  await page.getByRole('slider', { name: 'Time window' }).focus();
  await page.keyboard.press('PageUp');
  await expectUrl(page, (url) => url.searchParams.get('from') === '2009-01-01' && url.searchParams.get('to') === '2013-12-31', 'the window a year later');
  await page.getByRole('slider', { name: 'Start date' }).focus();
  await page.keyboard.press('PageDown');
  await expectUrl(page, (url) => url.searchParams.get('from') === '2008-01-01', 'the start a year earlier');

  // Choosing a country keeps focus in the box; removing its chip moves focus to the next chip.
  await chooseCountry(page, 'Kaz', 'Kazakhstan');
  expect(await isFocused(atlas.countryBox), 'focus stays in the country box').toBe(true);
  await expectVisible(page.locator('.combobox-chosen').getByText('Kazakhstan'), 'the chosen country in the control');
  await page.getByRole('button', { name: 'Remove Kazakhstan' }).click();
  expect(await focusedName(page), 'focus after removing the chip').not.toBe('<body>');
  expect(await isFocused(page.getByRole('button', { name: /^Remove dates / })), 'focus on the next chip').toBe(true);

  // Closing details opened from a list row returns there.
  const first = atlas.events.first().getByRole('button');
  await first.click();
  await expectVisible(atlas.details, 'the details');
  await atlas.closeDetails.click();
  expect(await focusedName(page)).not.toBe('<body>');
  expect(await isFocused(atlas.events.first().getByRole('button')), 'focus back on the row').toBe(true);
});

test('the map by Tab alone: within 5 presses from a fresh page, on a desktop and on a phone, the map has focus', async () => {
  const { page, open } = session();
  const map = page.getByRole('region', { name: 'Map' });
  const inMap = () => map.evaluate((region) => region.contains(document.activeElement));
  for (const size of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(size);
    await openArchive(page, open, WINDOW);
    let presses = 0;
    while (!(await inMap())) {
      if (++presses > 5) throw new Error(`at ${size.width}×${size.height} the map is not within 5 Tab presses (focus: ${await focusedName(page)})`);
      await page.keyboard.press('Tab');
    }
    // The map's own keyboard stop (arrows pan it), not a link or a control on the way.
    expect(await isFocused(map.locator('.leaflet-container')), `the map itself after ${presses} presses at ${size.width}×${size.height}`).toBe(true);
  }
});

test('why here, why this date, why this count: the candidates weighed, the chosen marked, each leading to its words', async () => {
  const { page, open } = session();
  const atlas = atlasPage(page);
  await openArchive(page, open, `/?event=series`);
  await expectVisible(atlas.details.getByRole('button', { name: 'Why here?' }), 'Why here?');
  await atlas.details.getByRole('button', { name: 'Why here?' }).click();
  const venues = atlas.details.getByRole('list', { name: 'Why here? The candidates' });
  await expectCount(venues.getByRole('listitem').filter({ hasText: /score/ }), 4, 'the four places weighed');
  await expectText(venues.getByRole('listitem').filter({ hasText: 'Astana' }), /score -1(?!.*chosen)/s, 'Astana not chosen');
  await expectText(venues.getByRole('listitem').filter({ hasText: 'Talgar' }), /chosen/, 'Talgar chosen');
  await expectText(venues.getByRole('listitem').filter({ hasText: 'Astana' }), /names the organisers’ office/, 'the evidence against Astana');
  await venues.getByRole('button', { name: /Astana/ }).click();
  await expectText(atlas.details.locator('mark.mark-active'), /^Astana$/, 'Astana highlighted in the text');
  await atlas.details.getByRole('button', { name: 'Why this date?' }).click();
  await expectCount(atlas.details.getByRole('list', { name: 'Why this date? The candidates' }).getByRole('listitem').filter({ hasText: /score/ }), 2, 'the two dates weighed');
  const violations = await blockingViolations(page);
  expect(violations, violations.join('\n')).toEqual([]);

  await open(`/?event=dushanbe`);
  await atlas.details.getByRole('button', { name: 'Why this count?' }).click();
  const counts = atlas.details.getByRole('list', { name: 'Why this count? The candidates' });
  await expectText(counts.getByRole('listitem').filter({ hasText: '4,000' }), /a total since 2005, not this course/, 'why 4,000 lost');
  await shoot(page, 'desktop-why-this-count');
});

test('true reasons: off the map and in the details, each says what the text does (“Lakeside Camp”, online, nothing), linked to its words', async () => {
  const { page, open } = session();
  const atlas = atlasPage(page);
  await openArchive(page, open, '/');
  await page.getByRole('button', { name: /^Not on the map/ }).click();
  const offMap = page.getByRole('list', { name: 'Not on the map' });
  const why = (title: string) => offMap.getByRole('listitem').filter({ hasText: title });
  await expectText(why(ANALYST.lakeside!.title), /Names “Lakeside Camp”, which the gazetteer does not know/, 'an unknown place, named');
  await expectText(why(ANALYST.online!.title), /Held online/, 'an online event');
  await expectText(why(ANALYST.nowhere!.title), /No place for the event found in the text/, 'nothing stated');
  await expectText(why(ANALYST.legacy!.title), /Place not stated/, 'data without reasons: the old wording');
  await shoot(page, 'desktop-not-on-the-map');
  const violations = await blockingViolations(page);
  expect(violations, violations.join('\n')).toEqual([]);

  await offMap.getByRole('button', { name: ANALYST.lakeside!.title }).click();
  const reason = atlas.details.getByRole('button', { name: 'Names “Lakeside Camp”, which the gazetteer does not know' });
  await expectVisible(reason, 'the reason in the details');
  await reason.click();
  await expectText(atlas.details.locator('mark.mark-active'), /^Lakeside Camp from$/, 'the name highlighted where the text names it');
  await open('/?event=undated');
  await expectVisible(atlas.details.getByRole('button', { name: 'Dated “12 to 16 June”, without a year' }), 'a date without a year');
  await open('/?event=nowhere');
  await expectVisible(atlas.details.getByText('No participant count found in the text'), 'no count in the text');

  // The table's venue cell says the same, in the same words; data without reasons says only what is true.
  await open('/?view=table');
  const row = (title: string) => page.getByRole('table').getByRole('row').filter({ has: page.getByRole('button', { name: title, exact: true }) });
  await expectText(row(ANALYST.lakeside!.title).getByRole('cell').nth(2), /^Names “Lakeside Camp”, which the gazetteer does not know$/, 'the unknown place in the table');
  await expectText(row(ANALYST.online!.title).getByRole('cell').nth(2), /^Held online$/, 'online in the table');
  await expectText(row(ANALYST.nowhere!.title).getByRole('cell').nth(2), /^No place for the event found in the text$/, 'nothing stated, in the table');
  await expectText(row(ANALYST.legacy!.title).getByRole('cell').nth(2), /^No venue found$/, 'data without reasons, in the table');
});
