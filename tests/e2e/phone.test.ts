import { expect, test } from 'vitest';
import { PHONE, useAtlas } from './support/atlas.ts';
import { atlasPage } from './support/atlas-page.ts';
import { expectCount, expectGone, expectVisible } from './support/eventually.ts';
import { seedEvent } from './support/seed-events.ts';

const session = useAtlas({ viewport: PHONE, phone: true });

const scrollWidth = () => document.documentElement.scrollWidth;

test('on a 375 px phone: no sideways scroll, the map above the list, details as a closable sheet', async () => {
  const { page, open } = session();
  const atlas = atlasPage(page);
  const karaganda = seedEvent('Karaganda');
  await open();
  await expectCount(atlas.events, 2, 'items in the list "Events"');
  expect(await page.evaluate(scrollWidth), 'no horizontal scroll').toBeLessThanOrEqual(PHONE.width);

  const map = page.getByRole('region', { name: 'Map' });
  await expectVisible(map, 'the map');
  const mapBox = await map.boundingBox();
  const listBox = await atlas.eventList.boundingBox();
  expect(mapBox && mapBox.height, 'the map has a visible height').toBeGreaterThan(100);
  expect(mapBox!.y, 'the map starts above the list').toBeLessThan(listBox!.y);

  await atlas.eventList.getByRole('button', { name: karaganda.title }).click();
  await expectVisible(atlas.details.getByRole('heading', { name: karaganda.title }), 'the details sheet');
  const sheet = await atlas.details.boundingBox();
  expect(sheet!.width, 'the sheet spans the phone width').toBeGreaterThanOrEqual(PHONE.width - 24);
  expect(await page.evaluate(scrollWidth), 'no horizontal scroll with details open').toBeLessThanOrEqual(PHONE.width);

  await atlas.closeDetails.click();
  await expectGone(atlas.details, 'the details sheet after "Close details"');
  await expectCount(atlas.events, 2, 'items after closing the sheet');
});

test('on a phone, Escape closes the filters sheet and returns focus to "Filters"', async () => {
  const { page, open } = session();
  await open();
  const toggle = page.getByRole('button', { name: 'Filters' });
  await toggle.click();
  const country = page.getByRole('combobox', { name: 'Participating country' });
  await expectVisible(country, 'the country filter in the open sheet');
  await country.focus();
  await page.keyboard.press('Escape');
  await expectGone(country, 'the country filter after Escape');
  expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Filters');
});
