// A dataset whose release text carries markup and script, served in place of the real one: the
// browser must show it as text, create none of its elements and run none of its code.
import { expect, test } from 'vitest';
import { HOSTILE_EVENT_ID, PAYLOADS, hostileDataset } from '../app/fixtures/hostile-dataset.ts';
import { useAtlas } from './support/atlas.ts';
import { atlasPage } from './support/atlas-page.ts';
import { expectCount, expectText, expectVisible } from './support/eventually.ts';
import { serveAppFiles } from './support/serve-app-files.ts';

const session = useAtlas();

test('markup and script in a release are shown as text, never run', async () => {
  const { page, open, guard } = session();
  const atlas = atlasPage(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // Every file the build would write for the hostile dataset: summary, search text and records.
  await serveAppFiles(page, hostileDataset());
  await open(`/?event=${HOSTILE_EVENT_ID}`);

  await expectVisible(atlas.details, 'the details of the hostile event');
  await expectText(atlas.details.getByRole('heading', { level: 2 }), new RegExp(`^${escape(PAYLOADS.title)}$`), 'the title as text');
  await expectVisible(atlas.eventList.getByText(PAYLOADS.title, { exact: true }), 'the title as text in the event list');
  for (const text of [PAYLOADS.organizer, PAYLOADS.person, PAYLOADS.quote]) {
    await expectVisible(atlas.details.getByText(text).first(), `"${text}" as text in the details`);
  }
  await expectText(atlas.details, /<iframe src="javascript:alert\(8\)/, 'the source text with its markup as text');

  // Hover and click where a handler would sit, as a reader would.
  await atlas.details.getByText(/Head of <b onmouseover/).first().hover();
  await atlas.details.getByRole('heading', { level: 2 }).click();

  const created = await page.evaluate(() => ({
    inlineScripts: document.querySelectorAll('script:not([src])').length,
    elements: document.querySelectorAll('iframe, svg[onload], img[src="x"], [onerror], [onload], [onmouseover], a[href^="javascript:"]').length,
    pwned: (window as { __pwned?: unknown }).__pwned ?? null,
  }));
  expect(created).toEqual({ inlineScripts: 0, elements: 0, pwned: null });
  expect(dialogs).toEqual([]);
  expect(guard.requests.filter((r) => /\/x$/.test(r))).toEqual([]);
  await expectCount(page.getByRole('alert'), 0, 'error alerts');
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('every link to another site carries rel="noopener noreferrer"', async () => {
  const { page, open } = session();
  await open('/');
  await expectVisible(atlasPage(page).eventList, 'the event list');
  const links = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
      .filter((a) => new URL(a.href, location.href).origin !== location.origin)
      .map((a) => ({ href: a.href, rel: (a.getAttribute('rel') ?? '').split(/\s+/).sort().join(' ') })),
  );
  // The map's credits link out, so the check has something to bite on.
  expect(links.length).toBeGreaterThan(0);
  expect(links.filter((l) => l.rel !== 'noopener noreferrer')).toEqual([]);
});
