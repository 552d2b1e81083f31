// A "Correct" button beside each fact of the details, in `npm run dev` on a release of our own
// writing: each button says which fact it corrects, opens the one form with that fact chosen and
// its value to edit in focus, and the correction lands in corrections.yaml, shows in the details
// and survives a rebuild. Cancel gives focus back to the button.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { expect, test } from 'vitest';
import type { AtlasEvent } from '../../src/schema/dataset.ts';
import { REBUILT, rebuildSeeds, useDevAtlas } from './support/dev-server.ts';
import { expectCount, expectVisible, isFocused } from './support/eventually.ts';

const RELEASE = 'kasese-wildlife-crime-course.txt';
const atlas = useDevAtlas([join('tests/fixtures/corrections', RELEASE)]);

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

/** The release's event as a build of the seeds writes it, without the cache. */
function rebuilt(): AtlasEvent {
  const { dir, seeds } = atlas();
  return rebuildSeeds(seeds, join(dir, 'no-cache', 'dataset.json'), null).events.find((e) => e.source.file === RELEASE)!;
}

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
  const event = rebuilt();
  expect(event.venues.map((v) => [v.name, v.countryCode])).toEqual([['Fort Portal', 'UG']]);
  expect(event.countries.find((c) => c.code === 'KE')!.roles).toEqual(['expert']);
  expect(event.corrections!.map((c) => c.field)).toEqual(['venues', 'countries.KE.expert', 'countries.KE.participant']);
}, 240_000);
