// Issue 23: an event whose release has a long file name can be opened from its link. The id the
// build step makes and the `event=` the URL accepts follow one length rule (src/schema/event-id.ts).
import { describe, test } from 'vitest';
import { buildDataset } from '../../src/pipeline/build-dataset.ts';
import { createGazetteer } from '../../src/pipeline/gazetteer/create-gazetteer.ts';
import { useAtlas } from './support/atlas.ts';
import { atlasPage } from './support/atlas-page.ts';
import { expectUrl, expectVisible } from './support/eventually.ts';
import { serveFixtureReleases } from './support/fixture-releases.ts';

// A release of our own writing under a 300-character file name (as a sync tool may save a page).
const NAME = `${'regional-workshop-on-countering-violent-extremism-'.repeat(6)}`.slice(0, 296) + '.txt';
const TEXT = 'Workshop on countering violent extremism\nALMATY, 12 March 2019 – A two-day workshop opened today.\n';
const dataset = buildDataset([{ name: NAME, bytes: Buffer.from(TEXT, 'utf8') }], { gazetteer: createGazetteer([]), now: new Date('2024-01-01T00:00:00Z') });

describe('a release with a 300-character file name', () => {
  const session = useAtlas();

  test('opens from its link', async () => {
    const { page, open } = session();
    const [event] = dataset.events;
    if (NAME.length !== 300 || !event) throw new Error('the fixture is not what this test is about');
    await serveFixtureReleases(page, dataset);
    await open(`/?event=${event.id}`);
    await expectVisible(atlasPage(page).details.getByRole('heading', { name: 'Workshop on countering violent extremism' }), 'the details of the workshop');
    await expectUrl(page, (url) => url.searchParams.get('event') === event.id, 'the event kept in the URL');
  });
});
