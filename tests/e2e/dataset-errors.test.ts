import type { Route } from 'playwright-core';
import { expect, test } from 'vitest';
import { useAtlas } from './support/atlas.ts';
import { atlasPage } from './support/atlas-page.ts';
import { expectCount, expectText, expectVisible, fastForwardUntilVisible } from './support/eventually.ts';

const session = useAtlas();
// The app's first request: the summary of every event (full records come per chunk on demand).
const DATASET = '**/data/app/summary.json';
// Chromium logs every failed resource load as a console error; here the failure is the point.
const FAILED_DATASET_LOAD = /Failed to load resource.*data\/app\/summary\.json/;
const FAILED_CHUNK_LOAD = /Failed to load resource.*data\/app\/events-\d+\.json/;

for (const [how, fail] of [
  ['answers 404', (route: Route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' })],
  ['answers 500', (route: Route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'boom' })],
  ['is aborted', (route: Route) => route.abort('connectionreset')],
] as const) {
  test(`when the dataset request ${how}, an alert offers Retry, and Retry loads the events`, async () => {
    const { page, open, guard } = session();
    const atlas = atlasPage(page);
    guard.allowConsoleError(FAILED_DATASET_LOAD, 'the test makes the dataset request fail');
    let requests = 0;
    await page.route(DATASET, (route) => {
      requests++;
      return fail(route);
    });
    await page.clock.install();
    await open();
    const alert = page.getByRole('alert');
    await fastForwardUntilVisible(page, alert.getByRole('button', { name: 'Retry' }), 'an alert with a "Retry" button');
    // The first request and three retries: a failure that may pass is retried before it is shown.
    expect(requests).toBe(4);
    await page.unroute(DATASET);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expectCount(atlas.events, 2, 'items after Retry');
    await expectCount(page.getByRole('alert'), 0, 'alerts after Retry');
  });
}

test('a dataset with the wrong schemaVersion is reported at once, naming the field, without retries', async () => {
  const { page, open } = session();
  let requests = 0;
  await page.route(DATASET, (route) => {
    requests++;
    return route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ schemaVersion: 999, generatedAt: '2024-01-01T00:00:00Z', events: [], rejected: [] }),
    });
  });
  await page.clock.install();
  await open();
  const alert = page.getByRole('alert');
  // Retries would take 1 + 2 + 4 s before the message; it must come from the first response.
  await expectVisible(alert.getByRole('heading', { name: 'The dataset is invalid' }), 'the "dataset is invalid" alert', 5000);
  await expectText(alert, /schemaVersion/, 'the alert names the field "schemaVersion"');
  await expectCount(alert.getByRole('button', { name: 'Retry' }), 0, 'Retry buttons for a dataset that will stay invalid');
  // Past every back-off a retry would have waited: still the one request.
  await page.clock.fastForward(10_000);
  // The alert shows only once the query has given up (no retry is scheduled), so no wait is needed.
  expect(requests).toBe(1);
});

test('when the release of an opened event cannot be loaded, the details say so, and Retry brings it', async () => {
  const { page, open, guard } = session();
  const atlas = atlasPage(page);
  guard.allowConsoleError(FAILED_CHUNK_LOAD, 'the test makes the chunk request fail');
  const CHUNK = '**/data/app/events-*.json';
  await page.route(CHUNK, (route) => route.fulfill({ status: 503, contentType: 'text/plain', body: 'busy' }));
  await page.clock.install();
  await open();
  await expectCount(atlas.events, 2, 'items in the list');
  await atlas.eventList.getByRole('button').first().click();
  // The title is in the summary, so it shows at once; the facts need the chunk.
  await expectVisible(atlas.details.getByRole('heading', { level: 2 }), 'the title of the opened event');
  await fastForwardUntilVisible(page, atlas.details.getByRole('button', { name: 'Retry' }), 'a "Retry" button in the details');
  await expectText(atlas.details.getByRole('alert'), /The release could not be loaded: The server answered 503/, 'what went wrong');
  await page.unroute(CHUNK);
  await atlas.details.getByRole('button', { name: 'Retry' }).click();
  await expectVisible(atlas.details.getByRole('heading', { name: /Source text/ }), 'the source text after Retry');
});
