import type { Route } from 'playwright-core';
import { test } from 'vitest';
import { useAtlas } from './support/atlas.ts';
import { atlasPage } from './support/atlas-page.ts';
import { expectCount, expectText, fastForwardUntilVisible } from './support/eventually.ts';

const session = useAtlas();
const DATASET = '**/data/dataset.json';
// Chromium logs every failed resource load as a console error; here the failure is the point.
const FAILED_DATASET_LOAD = /Failed to load resource.*data\/dataset\.json/;

for (const [how, fail] of [
  ['answers 500', (route: Route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'boom' })],
  ['is aborted', (route: Route) => route.abort('connectionreset')],
] as const) {
  test(`when the dataset request ${how}, an alert offers Retry, and Retry loads the events`, async () => {
    const { page, open, guard } = session();
    const atlas = atlasPage(page);
    guard.allowConsoleError(FAILED_DATASET_LOAD, 'the test makes the dataset request fail');
    await page.route(DATASET, fail);
    await page.clock.install();
    await open();
    const alert = page.getByRole('alert');
    await fastForwardUntilVisible(page, alert.getByRole('button', { name: 'Retry' }), 'an alert with a "Retry" button');
    await page.unroute(DATASET);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expectCount(atlas.events, 2, 'items after Retry');
    await expectCount(page.getByRole('alert'), 0, 'alerts after Retry');
  });
}

test('an invalid dataset shows a message naming the wrong field', async () => {
  const { page, open } = session();
  await page.route(DATASET, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ schemaVersion: 999, generatedAt: '2024-01-01T00:00:00Z', events: [], rejected: [] }),
    }),
  );
  await page.clock.install();
  await open();
  const alert = page.getByRole('alert');
  await fastForwardUntilVisible(page, alert, 'an alert about the invalid dataset');
  await expectText(alert, /schemaVersion/, 'the alert names the field "schemaVersion"');
});
