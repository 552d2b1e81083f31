// `npm run dev` with a seeds folder of its own: a release added while the page is open appears
// without a reload; a correction made in the details panel lands in corrections.yaml and survives
// `npm run data`.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { REBUILT, rebuildSeeds, useDevAtlas } from './support/dev-server.ts';
import { expectCount, expectVisible } from './support/eventually.ts';
import { shoot } from './support/shoot.ts';

const atlas = useDevAtlas(['seeds/000_d4ec6a025d7df8af.txt', 'seeds/001_7dafee3892481c7c.txt']);

test('adding a release file makes its event appear in the open page, without a reload', async () => {
  const { page, server, seeds } = atlas();
  await page.goto(server.url);
  const events = page.getByRole('list', { name: 'Events' }).getByRole('listitem');
  await expectCount(events, 2, 'the two seed events');
  await page.evaluate(() => ((window as { marker?: number }).marker = 42));
  copyFileSync('tests/fixtures/archive/bishkek-workshop-note.md', join(seeds, 'bishkek-workshop-note.md'));
  // Each change to the seeds folder is a rebuild in the dev server before the page shows it.
  await expectCount(events, 3, 'three events after the Markdown note was added', REBUILT);
  await expectVisible(events.filter({ hasText: 'Bishkek' }), 'the Bishkek event');
  // The same document: the page was not reloaded.
  expect(await page.evaluate(() => (window as { marker?: number }).marker)).toBe(42);
  // A bad release shows its reason in the page.
  writeFileSync(join(seeds, 'broken.html'), '<!doctype html><html><head></head><body></body></html>');
  await expectVisible(page.getByText('1 release could not be read'), 'the build problems notice', REBUILT);
  await shoot(page, 'dev-build-report');
});

test('a correction made in the details panel is written to corrections.yaml and survives npm run data', async () => {
  const { page, seeds, dir } = atlas();
  const events = page.getByRole('list', { name: 'Events' }).getByRole('listitem');
  await events.filter({ hasText: 'Bishkek' }).first().getByRole('button').first().click();
  const details = page.getByRole('region', { name: 'Event details' });
  await details.getByRole('button', { name: 'Correct this fact' }).click();
  const form = details.getByRole('form', { name: 'Correct a fact' });
  await form.getByLabel('Correct value').fill('32');
  await form.getByLabel('Why (note)').fill('Figure from the final report');
  await shoot(page, 'correct-this-fact');
  await form.getByRole('button', { name: 'Save correction' }).click();
  await expectVisible(details.getByText('Corrected by hand: Figure from the final report'), 'the corrected-by-hand note', REBUILT);
  await shoot(page, 'corrected-by-hand');
  const yaml = readFileSync(join(seeds, 'corrections.yaml'), 'utf8');
  expect(yaml).toContain('- file: "bishkek-workshop-note.md"');
  expect(yaml).toContain('"participantCount":{"value":32,"qualifier":"exact"}');
  const event = rebuildSeeds(seeds, join(dir, 'again', 'dataset.json'), null).events.find((e) => e.source.file === 'bishkek-workshop-note.md')!;
  expect(event.participantCount).toEqual({ value: 32, qualifier: 'exact' });
  expect(event.corrections).toEqual([{ field: 'participantCount', note: 'Figure from the final report' }]);
});
