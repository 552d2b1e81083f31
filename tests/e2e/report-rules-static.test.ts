// In a static build there is no server to write corrections.yaml: "Not the same event" and "Same
// event as…" show the entries to copy. An event told by three releases (tests/fixtures/reports)
// beside one of our own (tests/fixtures/report-rules), built by the real build step.
import { expect, test } from 'vitest';
import { useAtlas } from './support/atlas.ts';
import { builtDataset, FORUM, TOLD } from './support/built-datasets.ts';
import { atlasPage } from './support/atlas-page.ts';
import { expectCount, expectVisible } from './support/eventually.ts';
import { serveAppFiles } from './support/serve-app-files.ts';
import { shoot } from './support/shoot.ts';

const session = useAtlas();
const dataset = builtDataset('toldAndForum');

test('the entries to copy: a release split off an event of three, and two events joined', async () => {
  const { page, open } = session();
  const atlas = atlasPage(page);
  await serveAppFiles(page, dataset);
  const told = dataset.events.find((e) => e.source.file === TOLD[0])!;
  const republished = told.reports!.find((r) => r.file === TOLD[2])!;
  await open(`/?event=${told.id}`);
  await expectVisible(atlas.details.getByRole('heading', { name: 'Reported by 3 releases' }), 'the three releases');
  await expectCount(atlas.details.getByRole('button', { name: /^Not the same event/ }), 2, 'a split button beside each joined release');

  await atlas.details.getByRole('button', { name: `Not the same event: Split '${republished.title}' off this event` }).click();
  const split = atlas.details.getByRole('form', { name: `Split '${republished.title}' off this event` });
  await split.getByRole('textbox', { name: 'Why (note)' }).fill('A later run');
  await split.getByRole('button', { name: 'Show the YAML entry' }).click();
  // Apart from both other releases: "not the announcement" alone would leave it with the report.
  await expect.poll(() => split.getByLabel('Correction entry').innerText()).toBe(
    TOLD.slice(0, 2).map((other) => `- file: "${TOLD[2]}"\n  notSameEventAs: "${other}"\n  note: "A later run"\n`).join(''),
  );
  await shoot(page, 'split-off-static');

  await atlas.details.getByRole('button', { name: 'Same event as…' }).click();
  const join = atlas.details.getByRole('form', { name: 'Same event as another event' });
  const other = join.getByRole('combobox', { name: 'Other event' });
  await other.fill('bishkek');
  await join.getByRole('option', { name: /^Regional forum in Bishkek/ }).click();
  await join.getByRole('textbox', { name: 'Why (note)' }).fill('One programme');
  await join.getByRole('button', { name: 'Show the YAML entry' }).click();
  await expect.poll(() => join.getByLabel('Correction entry').innerText()).toBe(`- file: "${TOLD[0]}"\n  sameEventAs: "${FORUM}"\n  note: "One programme"\n`);
});
