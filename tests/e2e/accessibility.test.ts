import { expect, test } from 'vitest';
import { useAtlas } from './support/atlas.ts';
import { atlasPage } from './support/atlas-page.ts';
import { blockingViolations } from './support/axe.ts';
import { expectCount, expectVisible } from './support/eventually.ts';
import { serveFixtureReleases } from './support/fixture-releases.ts';
import { seedEvent } from './support/seed-events.ts';

const session = useAtlas();

const views = [
  { name: 'initial', path: () => '/', ready: 2 },
  { name: 'details open', path: () => `/?event=${seedEvent('Karaganda').id}`, ready: 2 },
  { name: 'filtered', path: () => '/?country=AF', ready: 1 },
  { name: 'empty', path: () => '/?country=LT&role=participant', ready: 0 },
  // A misspelt search: the line saying what the word was read as is shown.
  { name: 'searched, misspelt', path: () => '/?q=Kazahstan', ready: 2 },
];

for (const view of views) {
  test(`axe finds nothing serious or critical: ${view.name}`, async () => {
    const { page, open } = session();
    const atlas = atlasPage(page);
    await open(view.path());
    await expectVisible(view.ready === 0 ? atlas.emptyState : atlas.eventList, 'the loaded view');
    await expectCount(atlas.events, view.ready, 'items in the view');
    if (view.name === 'details open') await expectVisible(atlas.details, 'the details');
    const violations = await blockingViolations(page);
    expect(violations, `serious/critical axe violations on "${view.name}":\n${violations.join('\n')}\n`).toEqual([]);
  });
}

// The controls issue 15 and 17 add appear only with such data: events off the map, undated ones,
// and the Export menu open. The fixture releases, through the build step, have them all.
test('axe finds nothing serious or critical: "Not on the map", the undated choice and Export open', async () => {
  const { page, open } = session();
  const atlas = atlasPage(page);
  await serveFixtureReleases(page);
  await open('/');
  await expectVisible(atlas.eventList, 'the loaded view');
  await page.getByRole('button', { name: /^Not on the map/ }).click();
  await expectVisible(page.getByRole('checkbox', { name: /Keep undated events/ }), 'the undated choice');
  await page.getByText('Export', { exact: true }).click();
  await expectVisible(page.getByRole('button', { name: 'GeoJSON', exact: true }), 'the export options');
  const violations = await blockingViolations(page);
  expect(violations, `serious/critical axe violations:\n${violations.join('\n')}\n`).toEqual([]);
});

test('axe finds nothing serious or critical: the table open and sorted', async () => {
  const { page, open } = session();
  await open('/');
  await expectVisible(atlasPage(page).eventList, 'the loaded view');
  await page.getByRole('button', { name: 'Table' }).click();
  await page.getByRole('table').getByRole('button', { name: /^Participants/ }).click();
  const violations = await blockingViolations(page);
  expect(violations, `serious/critical axe violations:\n${violations.join('\n')}\n`).toEqual([]);
});

// A phone (390×844): the table as a view of its own (the map hidden; the table is then <main>'s),
// and the details sheet with the correction form open on a fact.
test('axe finds nothing serious or critical on a phone: the table view, the details with the correction form open', async () => {
  const { page, open } = session();
  await page.setViewportSize({ width: 390, height: 844 });
  await open('/?view=table');
  await expectVisible(page.getByRole('table'), 'the table');
  let violations = await blockingViolations(page);
  expect(violations, `table view:\n${violations.join('\n')}\n`).toEqual([]);
  await open(`/?event=${seedEvent('Karaganda').id}`);
  const atlas = atlasPage(page);
  await atlas.details.getByRole('button', { name: 'Correct the venue Karaganda' }).click();
  await expectVisible(atlas.details.getByRole('form', { name: 'Correct a fact' }), 'the correction form');
  violations = await blockingViolations(page);
  expect(violations, `details with the form:\n${violations.join('\n')}\n`).toEqual([]);
});
