// "Correct this fact" for every kind of fact, in `npm run dev` on a release of our own writing: each
// correction made in the details panel lands in corrections.yaml, shows as corrected in the
// details, and survives a rebuild, with the cache and without it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { expect, test } from 'vitest';
import type { AtlasEvent } from '../../src/schema/dataset.ts';
import { REBUILT, rebuildSeeds, useDevAtlas } from './support/dev-server.ts';
import { expectVisible } from './support/eventually.ts';
import { shoot } from './support/shoot.ts';

const RELEASE = 'kara-balta-border-training.txt';
const atlas = useDevAtlas([join('tests/fixtures/corrections', RELEASE)]);

/**
 * Makes one correction in the open form: chooses the kind of fact, fills its controls (by label)
 * and the note; waits for its note in the details (the form stays open while the record reloads).
 */
async function correct(form: Locator, details: Locator, kind: string, fill: (form: Locator) => Promise<unknown>, note: string): Promise<void> {
  await form.getByLabel('Fact', { exact: true }).selectOption({ label: kind });
  await fill(form);
  await form.getByLabel('Why (note)').fill(note);
  await form.getByRole('button', { name: 'Save correction' }).click();
  // Saving rebuilds the data, then the view updates.
  await expectVisible(details.getByText(`Corrected by hand: ${note}`), `the note of '${kind}'`, REBUILT);
}

/** The release's event as a build of the seeds writes it (with the dev server's cache, or none). */
function rebuilt(cache: string | null): AtlasEvent {
  const { dir, seeds } = atlas();
  return rebuildSeeds(seeds, join(dir, cache ? 'with-cache' : 'no-cache', 'dataset.json'), cache).events.find((e) => e.source.file === RELEASE)!;
}

test('a venue, a role of a country, an organiser and a person corrected in the details panel survive a rebuild', async () => {
  const { page, server, seeds, cache: devCache } = atlas();
  await page.goto(server.url);
  await page.getByRole('list', { name: 'Events' }).getByRole('button', { name: /Kara-Balta/ }).click();
  const details = page.getByRole('region', { name: 'Event details' });
  await details.getByRole('button', { name: 'Correct this fact' }).click();
  const form = details.getByRole('form', { name: 'Correct a fact' });

  await correct(form, details, 'Add a venue', (f) => f.getByLabel('Place', { exact: true }).fill('Naryn, KG'), 'The second week was held in Naryn');
  await expectVisible(details.getByText('Naryn, Kyrgyzstan'), 'Naryn among the venues');
  await correct(form, details, "Remove a country's role", (f) => f.getByLabel('Country and role').selectOption({ label: 'Latvia: Expert' }), 'Latvia only observed');
  await correct(form, details, "Add a country's role", async (f) => {
    await f.getByLabel('Country code').fill('KZ');
    await f.getByLabel('Role').selectOption({ label: 'Participant' });
  }, 'Two Kazakh officers attended');
  await expectVisible(details.getByRole('region', { name: 'Countries' }).getByText('Kazakhstan'), 'Kazakhstan among the participants');
  await correct(form, details, 'Rename or merge an organiser', async (f) => {
    await f.getByLabel('Organiser').selectOption({ label: 'Border Management Programme' });
    await f.getByLabel('Correct name').fill('OSCE Programme Office in Bishkek');
  }, 'The programme is part of the Office');
  await correct(form, details, "Fix a person's name or role", async (f) => {
    await f.getByLabel('Person').selectOption({ label: 'Anna Petrova' });
    await expect.poll(() => f.getByLabel('Correct role').inputValue()).toBe("Head of the Programme's Training Unit");
    await f.getByLabel('Correct role').fill('Head of Training');
  }, 'Her title in the staff list');
  // Anna Petrova is quoted: her corrected name and role are shown with her quote.
  await expectVisible(details.getByRole('region', { name: 'Quotes' }).getByText(', Head of Training'), "Anna Petrova's corrected role");
  await shoot(page, 'correct-any-fact');

  const yaml = readFileSync(join(seeds, 'corrections.yaml'), 'utf8');
  expect(yaml).toContain('add: {"venues":["Naryn, KG"]}');
  expect(yaml).toContain('remove: ["countries.LV.expert"]');
  for (const cache of [devCache, null]) {
    const event = rebuilt(cache);
    expect(event.venues.map((v) => v.name)).toEqual(['Kara-Balta', 'Naryn']);
    expect(event.countries.find((c) => c.code === 'LV')!.roles).toEqual([]);
    expect(event.countries.find((c) => c.code === 'KZ')!.roles).toEqual(['participant']);
    expect(event.organizers.map((o) => o.name)).toEqual(['OSCE Programme Office in Bishkek']);
    expect(event.people.map((p) => [p.name, p.role])).toEqual([['Anna Petrova', 'Head of Training']]);
    expect(event.corrections!.map((c) => c.field)).toEqual(['venues', 'countries.LV.expert', 'countries.KZ.participant', 'organizers.Border Management Programme', 'people.Anna Petrova']);
  }
});

test('a place the gazetteer does not know is not saved, and says why', async () => {
  const { page, seeds } = atlas();
  const details = page.getByRole('region', { name: 'Event details' });
  const form = details.getByRole('form', { name: 'Correct a fact' });
  const before = readFileSync(join(seeds, 'corrections.yaml'), 'utf8');
  await form.getByLabel('Fact', { exact: true }).selectOption({ label: 'Add a venue' });
  await form.getByLabel('Place', { exact: true }).fill('Zzyzxville, KG');
  await form.getByLabel('Why (note)').fill('A typo');
  await form.getByRole('button', { name: 'Save correction' }).click();
  await expectVisible(form.getByRole('alert').filter({ hasText: /not saved: corrections\.yaml line \d+: add\.venues\.0: 'Zzyzxville, KG': the gazetteer knows no town/ }), 'why the place was not saved', 2 * REBUILT);
  expect(readFileSync(join(seeds, 'corrections.yaml'), 'utf8')).toBe(before);
  await expectVisible(details.getByText('Corrected by hand: The second week was held in Naryn'), 'the corrections made before, still applied');
});
