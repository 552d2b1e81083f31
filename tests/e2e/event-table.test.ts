// The table as an analyst uses it, by keyboard: open it, sort by participants and by date, pick a row.
import { expect, test } from 'vitest';
import { useAtlas } from './support/atlas.ts';
import { atlasPage } from './support/atlas-page.ts';
import { expectVisible } from './support/eventually.ts';
import { seedEvent } from './support/seed-events.ts';
import { shoot } from './support/shoot.ts';

const session = useAtlas();

test('the table sorts by count and by date from the keyboard, and a row opens its event', async () => {
  const { page, open } = session();
  const atlas = atlasPage(page);
  await open('/');
  await expectVisible(atlas.eventList, 'the event list');
  await page.getByRole('button', { name: 'Table' }).click();
  const table = page.getByRole('table');
  await expectVisible(table, 'the table');
  await expectVisible(table.getByText('2 events', { exact: true }), 'the row count in the caption');
  const titles = () => table.getByRole('row').locator('td:nth-child(2)').allTextContents();
  const [almaty, karaganda] = [seedEvent('Almaty').title, seedEvent('Karaganda').title];

  await table.getByRole('button', { name: /^Participants/ }).focus();
  await page.keyboard.press('Enter');
  expect(await titles()).toEqual([almaty, karaganda]);
  expect(await table.getByRole('columnheader', { name: /^Participants/ }).getAttribute('aria-sort')).toBe('ascending');
  await page.keyboard.press('Enter');
  expect(await titles()).toEqual([karaganda, almaty]);

  await table.getByRole('button', { name: /^Date/ }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  expect(await titles()).toEqual([almaty, karaganda]);
  expect(await table.getByRole('columnheader', { name: /^Date/ }).getAttribute('aria-sort')).toBe('descending');

  await table.getByRole('button', { name: karaganda }).click();
  await expectVisible(atlas.details.getByRole('heading', { name: karaganda }), 'the details of the row picked');
  await shoot(page, 'desktop-table');
});
