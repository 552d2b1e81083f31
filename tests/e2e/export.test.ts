// Export as an analyst uses it: filter, open Export, download CSV and GeoJSON, and get exactly the
// events on screen. The dataset is the build step's seed dataset with a title that a spreadsheet
// would run as a formula.
import { expect, test } from 'vitest';
import { seedDataset } from '../app/fixtures/seed-dataset.ts';
import { useAtlas } from './support/atlas.ts';
import { atlasPage } from './support/atlas-page.ts';
import { expectVisible } from './support/eventually.ts';
import { serveAppFiles } from './support/serve-app-files.ts';
import { downloadedText } from './support/shared-browser.ts';

const session = useAtlas();
const FORMULA_TITLE = '=HYPERLINK("https://example.org","seminar")';

test('Export gives exactly the filtered events as CSV and GeoJSON, with formulas neutralised', async () => {
  const { page, open } = session();
  const dataset = seedDataset();
  const karaganda = dataset.events.find((e) => e.id === '000-d4ec6a025d7df8af')!;
  karaganda.title = FORMULA_TITLE;
  await serveAppFiles(page, dataset);
  await open('/?country=AF');
  await expectVisible(atlasPage(page).eventList, 'the event list');

  await page.getByText('Export', { exact: true }).click();
  const download = async (name: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
    return downloadedText(file);
  };
  const csv = await download('CSV');
  const lines = csv.trimEnd().split('\r\n');
  expect(lines).toHaveLength(2);
  expect(lines[1]!.startsWith('000-d4ec6a025d7df8af,')).toBe(true);
  // The title's cell starts with an apostrophe: text, not a formula (its quotes doubled, RFC 4180).
  expect(lines[1]).toContain(`"'=HYPERLINK(""https://example.org"",""seminar"")"`);

  const geo = JSON.parse(await download('GeoJSON')) as { features: { properties: { id: string; title: string }; geometry: { coordinates: number[] } | null }[] };
  expect(geo.features.map((f) => f.properties.id)).toEqual(['000-d4ec6a025d7df8af']);
  expect(geo.features[0]!.geometry?.coordinates.map((c) => Math.round(c))).toEqual([73, 50]);
  await expectVisible(page.getByText('Exported 1 event as GeoJSON.'), 'the export status');
});
