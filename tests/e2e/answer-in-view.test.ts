// Issue 24, item 5: what you selected stays in view. At 1440×900 the list, the active filters and
// the search's "also matches" line are above the fold (long facets folded); on a 390×844 phone the
// table is a view of its own, in place of the map and of the list of the same events.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DESKTOP, useAtlas } from './support/atlas.ts';
import { atlasPage, chooseCountry } from './support/atlas-page.ts';
import { serveDataset } from './support/analyst-dataset.ts';
import { blockingViolations } from './support/axe.ts';
import { expectCount, expectText, expectVisible } from './support/eventually.ts';
import { shoot } from './support/shoot.ts';

const PHONE_390 = { width: 390, height: 844 } as const;

/** Whether the whole of `locator` lies inside the viewport, as the page is (nothing scrolled). */
async function inView(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.x >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width;
}

describe('desktop 1440×900', () => {
  const session = useAtlas({ viewport: DESKTOP });

  test('the list, the active filters and the “also matches” line are in view without scrolling; long facets fold and the organisers can be searched', async () => {
    const { page, open } = session();
    const atlas = atlasPage(page);
    await serveDataset(page);
    await open('/?q=Kaskelan');
    await chooseCountry(page, 'Kaz', 'Kazakhstan');
    await page.keyboard.press('Escape');
    const readAs = page.getByText(/“kaskelan” also matches kaskelen/);
    await expectVisible(readAs, 'the “also matches” line');
    await expectCount(atlas.events, 1, 'the event found');
    const chips = page.getByRole('list', { name: 'Active filters' });
    for (const [what, locator] of [['the first event', atlas.events.first()], ['the chips', chips], ['the “also matches” line', readAs], ['the chosen country in its control', page.locator('.combobox-chosen')]] as const) {
      expect(await inView(page, locator), `${what} in view`).toBe(true);
    }
    expect(await page.locator('.app-side').evaluate((el) => el.scrollTop), 'nothing scrolled').toBe(0);

    const organisers = page.getByRole('group', { name: 'Organiser' });
    await expectVisible(organisers.getByRole('button', { name: 'Show all 8' }), 'the organisers folded behind “Show all 8”');
    await organisers.getByRole('searchbox', { name: 'Find organiser' }).fill('academy');
    await expectCount(organisers.getByRole('checkbox'), 2, 'the two academies');
    await shoot(page, 'desktop-answer-in-view');
    const violations = await blockingViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);
  });
});

describe('phone 390×844', () => {
  const session = useAtlas({ viewport: PHONE_390, phone: true });

  test('the table is a full-width view of its own: not over the map, not above the same events in the list', async () => {
    const { page, open } = session();
    const atlas = atlasPage(page);
    await serveDataset(page);
    await open('/');
    await expectVisible(atlas.events.first(), 'the list of events');
    await page.getByRole('button', { name: 'Table' }).click();
    const table = page.getByRole('region', { name: 'Events as a table' });
    await expectVisible(table, 'the table view');
    await expectText(table.locator('caption'), /^10 events/, 'every event in the table');
    const box = (await table.boundingBox())!;
    expect(box.width, 'the table view spans the phone').toBeGreaterThanOrEqual(PHONE_390.width - 2);
    expect(await page.getByRole('region', { name: 'Map' }).isVisible(), 'the map is not under it').toBe(false);
    expect(await atlas.eventList.isVisible(), 'the list of the same events is not below it').toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scroll of the page').toBeLessThanOrEqual(PHONE_390.width);
    await shoot(page, 'phone-table');
    const violations = await blockingViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);
    await page.getByRole('button', { name: 'Table' }).click();
    await expectVisible(page.getByRole('region', { name: 'Map' }), 'the map again');
    await shoot(page, 'phone-map');
  });
});
