// Issue 17: one name per organisation. The app is served the files the build step makes from our
// own fixture releases, two of which name the OSCE Programme Office in Astana and one (2013) its
// former name, the OSCE Centre in Astana.
import { expect, test } from 'vitest';
import { useAtlas } from './support/atlas.ts';
import { atlasPage } from './support/atlas-page.ts';
import { expectCount, expectVisible } from './support/eventually.ts';
import { fixtureEvent, serveFixtureReleases } from './support/fixture-releases.ts';
import { shoot } from './support/shoot.ts';

const formerName = fixtureEvent('shymkent-profiling-former-name.txt');
const session = useAtlas();

test('the details name an organiser as the filter does, with the name the release wrote, and lead to its sentence', async () => {
  const { page, open } = session();
  const atlas = atlasPage(page);
  await serveFixtureReleases(page);
  await open('/?org=osce-programme-office-in-astana');
  const organiser = page.getByRole('group', { name: 'Organiser' }).getByRole('checkbox', { name: 'OSCE Programme Office in Astana' });
  await expectVisible(organiser, 'the organiser "OSCE Programme Office in Astana" in the filter');
  expect(await organiser.isChecked()).toBe(true);
  await expectCount(atlas.events, 3, 'events of the Programme Office, one under its former name');

  await atlas.eventList.getByRole('button', { name: formerName.title }).click();
  await expectVisible(atlas.details.getByRole('heading', { name: formerName.title }), 'the details of the 2013 course');
  const item = atlas.details.getByRole('listitem').filter({ hasText: 'OSCE Programme Office in Astana (written: OSCE Centre in Astana)' });
  await expectVisible(item, 'the organiser under its merged name, with the spelling as written');
  await item.scrollIntoViewIfNeeded();
  await shoot(page, 'desktop-organiser-merged-name', atlas.details);
  await item.getByRole('button', { name: 'OSCE Programme Office in Astana', exact: true }).click();
  await expectVisible(atlas.details.getByText('Showing OSCE Centre in Astana in the source text'), 'the note on the highlighted passage');
  expect(await atlas.details.locator('mark.mark-active').allTextContents()).toEqual(['OSCE Centre in Astana']);
});
