// Markers are reused across filter changes (an element whose place left the view is rewritten for
// one that entered it), so what each marker says must follow the filters exactly.
import { expect, test } from 'vitest';
import type { AtlasEvent, Dataset } from '../../src/schema/dataset.ts';
import { makeEvent } from '../fixtures/make-event.ts';
import { NO_EVENTS_FILL } from '../../src/app/features/map/countries/shade-classes.ts';
import { useAtlas } from './support/atlas.ts';
import { atlasPage, chooseCountry } from './support/atlas-page.ts';
import { expectCount, expectGone, expectVisible } from './support/eventually.ts';
import { serveAppFiles } from './support/serve-app-files.ts';

const session = useAtlas();

const PLACES = {
  Almaty: { city: 'Almaty', name: 'Almaty', countryCode: 'KZ', lat: 43.25, lon: 76.95, geonameId: 1526384 },
  Vienna: { city: 'Vienna', name: 'Vienna', countryCode: 'AT', lat: 48.21, lon: 16.37, geonameId: 2761369 },
  Ottawa: { city: 'Ottawa', name: 'Ottawa', countryCode: 'CA', lat: 45.41, lon: -75.7, geonameId: 6094817 },
} as const;

const NAMES: Record<string, string> = { KZ: 'Kazakhstan', DE: 'Germany', AT: 'Austria', CA: 'Canada' };

const takingPart = (...codes: string[]): AtlasEvent['countries'] =>
  codes.map((code) => ({ code, name: NAMES[code]!, roles: ['participant'], evidence: [{ role: 'participant', span: { start: 0, end: 0 }, reason: null }] }));

function markerDataset(): Dataset {
  const at = (id: string, place: keyof typeof PLACES, startDate: string, ...codes: string[]) =>
    makeEvent(id, { venue: PLACES[place], startDate, countries: takingPart(...codes) });
  return {
    schemaVersion: 2,
    generatedAt: '2026-11-23T00:00:00.000Z',
    events: [
      at('almaty-1', 'Almaty', '2014-01-10', 'KZ', 'DE'),
      at('almaty-2', 'Almaty', '2014-02-10', 'KZ'),
      at('almaty-3', 'Almaty', '2014-03-10', 'KZ'),
      at('vienna-1', 'Vienna', '2014-04-10', 'AT', 'DE'),
      at('vienna-2', 'Vienna', '2014-05-10', 'AT', 'DE'),
      at('ottawa-1', 'Ottawa', '2014-06-10', 'CA'),
    ],
    rejected: [],
  };
}

test('each marker names its place and counts its events, and countries are shaded, as the filters change', async () => {
  const { page, open } = session();
  const atlas = atlasPage(page);
  await serveAppFiles(page, markerDataset());
  await open('/');
  const markers = () =>
    page.locator('.leaflet-marker-pane [role="button"]').evaluateAll((els) =>
      els.map((el) => ({ name: el.getAttribute('aria-label'), title: el.getAttribute('title'), count: el.textContent, label: el.querySelector('[data-label]')?.getAttribute('data-label') ?? null })).sort((a, b) => String(a.name).localeCompare(String(b.name))),
    );
  const marker = (place: string, n: number) => ({ name: `${place} — ${n} ${n === 1 ? 'event' : 'events'}`, title: `${place} — ${n} ${n === 1 ? 'event' : 'events'}`, count: String(n), label: place });

  // Which of these countries are shaded as taking part in the shown events.
  const shaded = () =>
    page.locator('path[data-country]').evaluateAll((els, none) => els.filter((el) => ['KZ', 'DE', 'AT', 'CA'].includes(el.getAttribute('data-country')!) && el.getAttribute('fill') !== none).map((el) => el.getAttribute('data-country')).sort(), NO_EVENTS_FILL);

  await expectVisible(atlas.marker('Ottawa'), 'the Ottawa marker');
  expect(await markers()).toEqual([marker('Almaty', 3), marker('Ottawa', 1), marker('Vienna', 2)]);
  await expect.poll(shaded, { timeout: 5000 }).toEqual(['AT', 'CA', 'DE', 'KZ']);

  await chooseCountry(page, 'Germ', 'Germany');
  await expectCount(atlas.events, 3, 'events with Germany');
  await expectGone(atlas.marker('Ottawa'), 'the Ottawa marker');
  expect(await markers()).toEqual([marker('Almaty', 1), marker('Vienna', 2)]);
  await expect.poll(shaded, { timeout: 5000 }).toEqual(['AT', 'DE', 'KZ']);

  await page.getByRole('button', { name: 'Remove Germany' }).click();
  await chooseCountry(page, 'Cana', 'Canada');
  await expectCount(atlas.events, 1, 'events with Canada');
  await expectVisible(atlas.marker('Ottawa'), 'the Ottawa marker again');
  expect(await markers()).toEqual([marker('Ottawa', 1)]);
  await expect.poll(shaded, { timeout: 5000 }).toEqual(['CA']);
});

test('country names never print over each other: the busier of two close names is written', async () => {
  const { page, open } = session();
  await open('/?map=45,50,2');
  await expectVisible(atlasPage(page).eventList, 'the event list');
  // The basemap (and so the names) arrives after the events.
  await page.locator('.atlas-country-label span').nth(3).waitFor();
  const rects = await page.locator('.atlas-country-label span').evaluateAll((spans) =>
    spans.map((s) => {
      const r = s.getBoundingClientRect();
      return { name: s.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }),
  );
  expect(rects.length).toBeGreaterThan(3);
  const overlaps = rects.flatMap((a, i) => rects.slice(i + 1).filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).map((b) => `${a.name} / ${b.name}`));
  expect(overlaps).toEqual([]);
});
