// An event told by three releases (an announcement, its report after the event and the report
// republished under another title, from tests/fixtures/reports), built by the real build step:
// one event in the list, on the map and in the table; "Reported by 3 releases" with each release's
// own text; a link to any release's id opens it; the CSV has one row naming the three sources.
import { expect, test } from 'vitest';
import { useAtlas } from './support/atlas.ts';
import { builtDataset, TOLD } from './support/built-datasets.ts';
import { atlasPage } from './support/atlas-page.ts';
import { expectCount, expectVisible } from './support/eventually.ts';
import { shoot } from './support/shoot.ts';
import { serveAppFiles } from './support/serve-app-files.ts';
import { downloadedText } from './support/shared-browser.ts';

const session = useAtlas();
const dataset = builtDataset('told');

test('an announcement, its report and a republication are one event with three sources', async () => {
  const { page, open } = session();
  const atlas = atlasPage(page);
  await serveAppFiles(page, dataset);
  const title = dataset.events[0]!.title;
  await open('/');
  await expectCount(atlas.events, 1, 'one event in the list');
  await expectVisible(page.getByRole('button', { name: 'Dushanbe — 1 event' }), 'one marker counting one event');

  await page.getByRole('button', { name: 'Table' }).click();
  const table = page.getByRole('table');
  await expectVisible(table.getByText('1 event', { exact: true }), 'the row count in the caption');
  await expectCount(table.getByRole('row').filter({ has: page.getByRole('cell') }), 1, 'one table row');
  await page.getByRole('button', { name: 'Table' }).click();

  // A link to the republication's id opens the event it tells of.
  await open('/?event=e00-republished');
  await expectVisible(atlas.details.getByRole('heading', { name: title }), 'the event of the republication');
  await expectVisible(atlas.details.getByRole('heading', { name: 'Reported by 3 releases' }), 'Reported by 3 releases');
  await atlas.details.getByRole('button', { name: 'Read e00-report.txt' }).click();
  await expectVisible(atlas.details.getByRole('heading', { name: /Source text e00-report\.txt/ }), 'the report’s own text');
  await expectVisible(atlas.details.locator('.source-text mark').first(), 'its facts highlighted');
  await shoot(page, 'desktop-reported-by');

  await page.getByText('Export', { exact: true }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV', exact: true }).click()]);
  const lines = (await downloadedText(file)).trimEnd().split('\r\n');
  expect(lines).toHaveLength(2);
  for (const release of TOLD) expect(lines[1]).toContain(release);
});
