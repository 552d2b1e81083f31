// Reports of one event corrected by hand in `npm run dev`, on releases of our own writing
// (tests/fixtures/report-rules): an announcement and its report the build joined are split apart
// with "Not the same event", and an event and a ministry's note the build kept apart are joined
// with "Same event as…" (chosen by keyboard in the list of events). Each lands in corrections.yaml
// and survives a rebuild, with the cache and without it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { atlasPage } from './support/atlas-page.ts';
import { blockingViolations } from './support/axe.ts';
import { REBUILT, rebuildSeeds, useDevAtlas } from './support/dev-server.ts';
import { expectCount, expectGone, expectVisible, isFocused } from './support/eventually.ts';
import { shoot } from './support/shoot.ts';

const FIXTURES = 'tests/fixtures/report-rules';
const dev = useDevAtlas(readdirSync(FIXTURES).map((name) => join(FIXTURES, name)));
const ANNOUNCEMENT = 'OSCE to hold customs course on detecting forged documents in Osh';
const REPORT = 'Customs officers in Osh complete training on forged travel papers';
const WORKSHOP = 'Police investigators in Almaty learn to trace crypto-asset payments';
const NOTE = 'Ministry of Internal Affairs thanks its partners for a seminar on financial investigations';
/** Each event of a build of the seeds (with the dev server's cache, or none): its first release → the others. */
function rebuilt(cache: string | null): Record<string, string[]> {
  const { dir, seeds } = dev();
  const { events } = rebuildSeeds(seeds, join(dir, cache ? 'with-cache' : 'no-cache', 'dataset.json'), cache);
  return Object.fromEntries(events.map((e) => [e.source.file, (e.reports ?? []).map((r) => r.file)]));
}

test('an announcement and its report the build joined are split apart in the details, and stay apart', async () => {
  const { page, server } = dev();
  const atlas = atlasPage(page);
  await page.goto(server.url);
  await expectCount(atlas.events, 4, 'four events from five releases');
  await atlas.eventList.getByRole('button', { name: new RegExp(ANNOUNCEMENT) }).click();
  await expectVisible(atlas.details.getByRole('heading', { name: 'Reported by 2 releases' }), 'the two releases of the course');
  // The announcement, the event's own release, cannot be split off itself: only the joined one.
  await expectCount(atlas.details.getByRole('button', { name: /^Not the same event/ }), 1, 'one split button');

  const split = atlas.details.getByRole('button', { name: `Not the same event: Split '${REPORT}' off this event` });
  await split.click();
  const form = atlas.details.getByRole('form', { name: `Split '${REPORT}' off this event` });
  const note = form.getByRole('textbox', { name: 'Why (note)' });
  expect(await isFocused(note), 'the note has the focus').toBe(true);
  // Escape closes the form, not the details, and gives the focus back; Enter opens it again.
  await note.press('Escape');
  await expectGone(form, 'the split form');
  await expect.poll(() => isFocused(split), { message: 'the focus back on its button' }).toBe(true);
  await split.press('Enter');
  await expectVisible(note, 'the note again');
  expect(await blockingViolations(page), 'no serious accessibility problem in the split form').toEqual([]);
  await form.getByRole('button', { name: 'Split off' }).click();
  await expectVisible(form.getByRole('alert').filter({ hasText: 'Say why' }), 'a note is asked for');
  await note.fill('The report tells of the spring run of the course');
  await shoot(page, 'split-off-report');
  await form.getByRole('button', { name: 'Split off' }).click();

  await expectVisible(atlas.eventList.getByRole('button', { name: new RegExp(REPORT) }), 'the report as an event of its own', REBUILT);
  await expectCount(atlas.events, 5, 'five events');
  await expectGone(atlas.details.getByRole('heading', { name: /^Reported by/ }), 'the list of releases');
  await expectVisible(atlas.details.getByRole('heading', { name: ANNOUNCEMENT }), 'the announcement still open');

  expect(readFileSync(join(dev().seeds, 'corrections.yaml'), 'utf8')).toContain('- file: "osh-customs-report.txt"\n  notSameEventAs: "osh-customs-announcement.txt"\n  note: "The report tells of the spring run of the course"\n');
  for (const cache of [dev().cache, null]) {
    const events = rebuilt(cache);
    expect(events['osh-customs-announcement.txt']).toEqual([]);
    expect(events['osh-customs-report.txt']).toEqual([]);
  }
}, 240_000);

test('an event and a note the build kept apart are joined with "Same event as…", chosen by keyboard', async () => {
  const { page } = dev();
  const atlas = atlasPage(page);
  await atlas.eventList.getByRole('button', { name: new RegExp(WORKSHOP) }).click();
  await expectVisible(atlas.details.getByRole('heading', { name: WORKSHOP }), 'the workshop');
  await atlas.details.getByRole('button', { name: 'Same event as…' }).click();
  const form = atlas.details.getByRole('form', { name: 'Same event as another event' });
  const other = form.getByRole('combobox', { name: 'Other event' });
  expect(await isFocused(other), 'the search has the focus').toBe(true);
  // Nearest in time first: the ministry's note of the same month, then the later events.
  await other.press('ArrowDown');
  await expectVisible(form.getByRole('option', { name: `${NOTE} — Nur-Sultan, about 1–24 May 2021` }), 'the note, by title, place and date');
  await other.pressSequentially('nur-sultan seminar');
  await expectCount(form.getByRole('option'), 1, 'one event matches');
  await shoot(page, 'same-event-as');
  expect(await blockingViolations(page), 'no serious accessibility problem in the list of events').toEqual([]);
  await other.press('Enter');
  await expectVisible(form.getByText(`Join with ${NOTE}`), 'the chosen event');
  expect(await other.getAttribute('aria-expanded')).toBe('false');
  await other.press('Tab');
  await page.keyboard.type('The ministry thanks the OSCE for this workshop');
  await page.keyboard.press('Enter');

  await expectVisible(atlas.details.getByRole('heading', { name: 'Reported by 2 releases' }), 'the joined event', REBUILT);
  await expectVisible(atlas.details.getByRole('status').filter({ hasText: 'Joined by hand' }), 'the form closed, saying so', REBUILT);
  await expectGone(atlas.details.getByRole('form', { name: 'Same event as another event' }), 'the form');
  await expectCount(atlas.events, 4, 'four events');
  await expectVisible(atlas.details.getByRole('button', { name: `Read ministry-thanks-partners.txt: ${NOTE}` }), 'the note among its releases');
  await shoot(page, 'same-event-joined');

  expect(readFileSync(join(dev().seeds, 'corrections.yaml'), 'utf8')).toContain('- file: "almaty-crypto-workshop.txt"\n  sameEventAs: "ministry-thanks-partners.txt"\n');
  for (const cache of [dev().cache, null]) {
    const events = rebuilt(cache);
    expect(events['almaty-crypto-workshop.txt']).toEqual(['ministry-thanks-partners.txt']);
    expect(events['osh-customs-report.txt']).toEqual([]);
  }
}, 240_000);
