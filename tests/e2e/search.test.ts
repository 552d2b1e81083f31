// Search as a person types it: the index is the build step's own, for our fixture releases, loaded
// on the first search. A country spelt another way or misspelt, a town by a name the releases never
// use, a word completed while it is typed.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useAtlas } from './support/atlas.ts';
import { atlasPage } from './support/atlas-page.ts';
import { expectCount, expectGone, expectUrl, expectVisible } from './support/eventually.ts';
import { searchTerms } from '../../src/schema/search-terms.ts';
import { fixtureDataset, fixtureEvent, serveFixtureReleases } from './support/fixture-releases.ts';
import { shoot } from './support/shoot.ts';

const session = useAtlas();
const series = fixtureEvent('aktau-atyrau-uralsk-series.txt');

/** The titles of the fixture events whose release text, places or countries say Kazakhstan: read plainly. */
/** With the typo allowance, "Kazahstan" is read as "kazakhstan" too, a word of the release text. */
function kazakhWordTitles(): string[] {
  return fixtureDataset()
    .events.filter((e) => searchTerms(e.source.text).some((w) => w.startsWith('kazakh')) || kazakhTitles().includes(e.title))
    .map((e) => e.title);
}

function kazakhTitles(): string[] {
  return fixtureDataset()
    // What a country's other name reaches: events held there or with it taking part (a release that
    // only mentions it, at a place no table knows, is not about it).
    .events.filter((e) => e.venues.some((v) => v.countryCode === 'KZ') || e.countries.some((c) => c.code === 'KZ' && c.roles.length > 0))
    .map((e) => e.title);
}

/** The titles in the list: each event's button is named by its title. */
async function listedTitles(page: Page): Promise<string[]> {
  const buttons = atlasPage(page).events.getByRole('button');
  return (await buttons.allTextContents()).map((t) => t.trim());
}

test('"Kazakstan", and a misspelling of it, find the Kazakh events and say how the word was read', async () => {
  const { page, open } = session();
  const atlas = atlasPage(page);
  const searches: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/search.json')) searches.push(r.url());
  });
  await serveFixtureReleases(page);
  await open();
  const all = fixtureDataset().events.length;
  await expectVisible(atlas.status(`${all} of ${all} events`), 'every event before the search');
  expect(searches, 'the search index is not loaded before a search').toEqual([]);
  // The whole archive's view draws Atyrau in a cluster with Aktau; fitted to the answer, it is a marker of its own.
  await expectGone(atlas.marker('Atyrau'), 'a marker of Atyrau alone before the search');

  const box = page.getByRole('searchbox', { name: 'Search events' });
  await box.pressSequentially('Kazakstan');
  const expected = kazakhTitles();
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(all);
  await expectCount(atlas.events, expected.length, 'events about Kazakhstan');
  expect((await listedTitles(page)).sort()).toEqual([...expected].sort());
  await expectUrl(page, (url) => url.searchParams.get('q') === 'Kazakstan', 'the URL has q=Kazakstan');
  await expectVisible(atlas.marker('Atyrau'), 'the map fitted to the answer: Atyrau a marker of its own');
  expect(searches).toHaveLength(1);

  await box.fill('');
  await box.pressSequentially('Kazahstan ');
  await expectCount(atlas.events, kazakhWordTitles().length, 'events about Kazakhstan, misspelt');
  await expectVisible(page.getByText(/“kazahstan” also matches kazakhstan/), 'what the misspelling was read as');
  await shoot(page, 'desktop-search-misspelt');
});

test('a town is found by a name only the gazetteer gives it, and a word by its beginning', async () => {
  const { page, open } = session();
  const atlas = atlasPage(page);
  await serveFixtureReleases(page);
  await open('/?q=Shevchenko');
  await expectCount(atlas.events, 1, 'events at the town once called Shevchenko');
  await expectVisible(atlas.events.filter({ hasText: series.title }), 'the Aktau, Atyrau and Uralsk series');
  // The details say why: the town's other names, one of them the word searched for.
  await atlas.eventList.getByRole('button', { name: series.title }).click();
  const aktau = atlas.details.getByRole('listitem').filter({ hasText: 'Aktau, Kazakhstan' });
  await aktau.getByText(/^Other names/).click();
  await expectVisible(aktau.getByText(/Shevchenko/), "Shevchenko among Aktau's other names");
  await shoot(page, 'desktop-search-other-names');
  await atlas.closeDetails.click();

  const box = page.getByRole('searchbox', { name: 'Search events' });
  await box.fill('');
  await box.pressSequentially('Atyr');
  await expectVisible(atlas.events.filter({ hasText: series.title }), 'the series, found by the first letters of Atyrau');
  await box.press('Space');
  await expectCount(atlas.events, 0, 'no event has the whole word "Atyr"');
});

test('"Frunze", Bishkek\'s former name, finds the events in Bishkek, and the details show it among the few other names', async () => {
  const { page, open } = session();
  const atlas = atlasPage(page);
  await serveFixtureReleases(page);
  const inBishkek = fixtureDataset().events.filter((e) => e.venues.some((v) => v.name === 'Bishkek'));
  expect(inBishkek.length).toBeGreaterThan(0);
  await open('/?q=Frunze');
  await expectCount(atlas.events, inBishkek.length, 'the events in Bishkek, found by its former name');
  const event = inBishkek[0]!;
  await atlas.eventList.getByRole('button', { name: event.title }).click();
  const bishkek = atlas.details.getByRole('listitem').filter({ hasText: 'Bishkek, Kyrgyzstan' });
  await bishkek.getByText(/^Other names/).click();
  await expectVisible(bishkek.getByText(/^Frunze, /), 'Frunze first among the other names');
  await shoot(page, 'desktop-search-former-name');
});
