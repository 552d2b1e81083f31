// Issue 17: labels that do not collide. Country names and venue names share one collision check
// (selected first, then larger counts), and no name prints over a venue's circle. The app is served
// the files the build step makes from our own fixture releases: a visit known only by its country
// (its marker sits on Poland's label point), Gyumri beside Armenia's name, two regions of Kyrgyzstan.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useAtlas } from './support/atlas.ts';
import { expectUrl, expectVisible } from './support/eventually.ts';
import { serveFixtureReleases } from './support/fixture-releases.ts';
import { shoot } from './support/shoot.ts';

const session = useAtlas();

interface Drawn {
  what: string;
  marker: number | null;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Every name and circle drawn on the map now, as the browser laid it out. */
function drawn(page: Page): Promise<Drawn[]> {
  return page.evaluate(() => {
    const box = (el: Element, what: string, marker: number | null) => {
      const r = el.getBoundingClientRect();
      return { what, marker, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const markers = [...document.querySelectorAll('.leaflet-marker-pane .atlas-marker')];
    return [
      ...[...document.querySelectorAll('.atlas-country-label span')].map((el) => box(el, `country name ${el.textContent}`, null)),
      ...markers.flatMap((m, i) => {
        const label = m.querySelector('.atlas-marker__label');
        const dot = m.querySelector('.atlas-marker__dot')!;
        const named = label && getComputedStyle(label).display !== 'none' ? [box(label, `venue name ${label.getAttribute('data-label')}`, i)] : [];
        return [box(dot, `circle ${m.getAttribute('aria-label')}`, i), ...named];
      }),
    ];
  });
}

/** Pairs of names, or a name and another marker's circle, that overlap. */
function clashes(items: readonly Drawn[]): string[] {
  const isName = (d: Drawn) => !d.what.startsWith('circle');
  return items.flatMap((a, i) =>
    items
      .slice(i + 1)
      .filter((b) => (isName(a) || isName(b)) && (a.marker === null || a.marker !== b.marker))
      .filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
      .map((b) => `${a.what} / ${b.what}`),
  );
}

async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

test.each([
  ['a visit known only by its country: its marker on Poland’s name', '/?country=PL&map=52,19,5', 'Poland, country only'],
  ['Gyumri’s name beside Armenia’s', '/?map=40.6,44.6,6', 'Gyumri'],
  ['regions of Kyrgyzstan', '/?country=KG&map=42,74,6', 'Naryn region, region only'],
  // Every event, over the region most of them are in (the fit of the whole archive spans the world,
  // from the Dominican Republic to Fiji, where few names fit).
  ['the whole archive over Europe and Central Asia', '/?map=47,50,4', null],
])('no name prints over another name or a circle: %s', async (name, path, venue) => {
  const { page, open } = session();
  await serveFixtureReleases(page);
  await open(path);
  if (venue) await expectVisible(page.getByRole('button', { name: new RegExp(`^${venue} — `) }), `the marker of ${venue}`);
  await page.locator('.atlas-country-label span').first().waitFor();
  await settled(page);
  const items = await drawn(page);
  await shoot(page, `desktop-labels-${name.replace(/[^a-z]+/gi, '-').toLowerCase()}`);
  expect(clashes(items)).toEqual([]);
  // Not by hiding everything: the venue's own name is written, and the archive keeps most names.
  const names = items.filter((d) => !d.what.startsWith('circle')).map((d) => d.what);
  if (venue) expect(names).toContain(`venue name ${venue}`);
  else expect(names.length).toBeGreaterThan(10);
  // A zoom lays the names out again, with the markers of that zoom.
  const before = new URL(page.url()).searchParams.get('map');
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expectUrl(page, (url) => url.searchParams.get('map') !== before, 'the zoomed-out view in the URL');
  await settled(page);
  expect(clashes(await drawn(page))).toEqual([]);
});
