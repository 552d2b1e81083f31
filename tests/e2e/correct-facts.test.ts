// "Correct this fact" in `npm run dev`, on two releases of our own writing (tests/fixtures/corrections),
// with one dev server for both (each costs seconds to start and to serve its first page; the
// corrections of one release never touch the other's event, and the tests check each by its file):
// - Kara-Balta: every kind of fact through the one form: each correction made in the details panel
//   lands in corrections.yaml, shows as corrected in the details, and survives a rebuild, with the
//   cache and without it;
// - Kasese: a "Correct" button beside each fact of the details: each button says which fact it
//   corrects, opens the one form with that fact chosen and its value to edit in focus, and the
//   correction lands in corrections.yaml, shows in the details and survives a rebuild. Cancel gives
//   focus back to the button.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { AtlasEvent } from '../../src/schema/dataset.ts';
import { REBUILT, rebuildSeeds, useDevAtlas } from './support/dev-server.ts';
import { expectCount, expectVisible, isFocused } from './support/eventually.ts';
import { shoot } from './support/shoot.ts';

const KARA_BALTA = 'kara-balta-border-training.txt';
const KASESE = 'kasese-wildlife-crime-course.txt';
const atlas = useDevAtlas([KARA_BALTA, KASESE].map((file) => join('tests/fixtures/corrections', file)));

/** `file`'s event as a build of the seeds writes it (with the dev server's cache, or none). */
function rebuilt(file: string, cache: string | null): AtlasEvent {
  const { dir, seeds } = atlas();
  return rebuildSeeds(seeds, join(dir, cache ? 'with-cache' : 'no-cache', 'dataset.json'), cache).events.find((e) => e.source.file === file)!;
}

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

/** Presses a fact's own button; checks the form opened once, on `fact`, with the control to edit focused. */
async function openOn(details: Locator, button: string, fact: string, focused: string): Promise<Locator> {
  await details.getByRole('button', { name: button, exact: true }).click();
  const form = details.getByRole('form', { name: 'Correct a fact' });
  await expectCount(form, 1, 'one correction form');
  expect(await form.getByLabel('Fact', { exact: true }).locator('option:checked').innerText()).toBe(fact);
  await expect.poll(() => isFocused(form.getByLabel(focused, { exact: true })), { message: `${focused} focused` }).toBe(true);
  return form;
}

async function save(form: Locator, details: Locator, note: string): Promise<void> {
  await form.getByLabel('Why (note)').fill(note);
  await form.getByRole('button', { name: 'Save correction' }).click();
  await expectVisible(details.getByText(`Corrected by hand: ${note}`), `the note '${note}'`, REBUILT);
}

describe('every kind of fact through the one form (Kara-Balta)', () => {
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
      const event = rebuilt(KARA_BALTA, cache);
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
});

describe('a button beside each fact (Kasese)', () => {
  test('each fact has a button that names it and opens the one form on it', async () => {
    const { page, server } = atlas();
    await page.goto(server.url);
    await page.getByRole('list', { name: 'Events' }).getByRole('button', { name: /Kasese/ }).click();
    const details = page.getByRole('region', { name: 'Event details' });
    for (const name of [
      'Correct the title', 'Correct the dates', 'Correct the kind of event', 'Correct the venue Kasese', 'Correct the participant count',
      'Correct the organiser Wildlife Crime Unit', 'Correct the person Peter Okello', "Correct Uganda's role as host",
      "Correct Uganda's role as participant", "Correct Kenya's role as participant", "Correct Norway's role as expert",
    ]) await expectVisible(details.getByRole('button', { name, exact: true }), name);

    const count = await openOn(details, 'Correct the participant count', 'Participant count', 'Correct value');
    expect(await count.getByLabel('Correct value').inputValue()).toBe('30');
    await count.getByRole('button', { name: 'Cancel' }).click();
    await expectCount(details.getByRole('form', { name: 'Correct a fact' }), 0, 'the form, closed');
    expect(await isFocused(details.getByRole('button', { name: 'Correct the participant count' }))).toBe(true);
  }, 120_000);

  test('a venue and a role corrected from their own buttons survive a rebuild', async () => {
    const { page, seeds } = atlas();
    const details = page.getByRole('region', { name: 'Event details' });
    const venue = await openOn(details, 'Correct the venue Kasese', 'Venues (replace all)', 'Places');
    expect(await venue.getByLabel('Places').inputValue()).toBe('Kasese, UG');
    await venue.getByLabel('Places').fill('Fort Portal, UG');
    await save(venue, details, 'The course moved to Fort Portal');
    await expectVisible(details.getByRole('button', { name: 'Correct the venue Fort Portal', exact: true }), 'Fort Portal as the venue');

    const role = await openOn(details, "Correct Kenya's role as participant", "Change a country's role", 'New role');
    expect(await role.getByLabel('Country and role').locator('option:checked').innerText()).toBe('Kenya: Participant');
    await role.getByLabel('New role').selectOption({ label: 'Expert' });
    await save(role, details, 'The Kenyan officers taught');
    await expectVisible(details.getByRole('button', { name: "Correct Kenya's role as expert", exact: true }), 'Kenya among the experts');
    await expectCount(details.getByRole('button', { name: "Correct Kenya's role as participant", exact: true }), 0, "Kenya's participant role");
    // Marked as the reader's correction, not as a role the text implies.
    await expectVisible(details.getByRole('region', { name: 'Countries' }).getByRole('button', { name: 'Kenya (corrected)', exact: true }), 'Kenya marked as corrected');

    const yaml = readFileSync(join(seeds, 'corrections.yaml'), 'utf8');
    expect(yaml).toContain('set: {"venues":["Fort Portal, UG"]}');
    const event = rebuilt(KASESE, null);
    expect(event.venues.map((v) => [v.name, v.countryCode])).toEqual([['Fort Portal', 'UG']]);
    expect(event.countries.find((c) => c.code === 'KE')!.roles).toEqual(['expert']);
    expect(event.corrections!.map((c) => c.field)).toEqual(['venues', 'countries.KE.expert', 'countries.KE.participant']);
  }, 240_000);
});
