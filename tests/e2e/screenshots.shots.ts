import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, test } from 'vitest';
import { DESKTOP, PHONE, useAtlas } from './support/atlas.ts';
import { atlasPage } from './support/atlas-page.ts';
import { expectCount, expectVisible, fastForwardUntilVisible } from './support/eventually.ts';
import { seedEvent } from './support/seed-events.ts';

// Screenshots of the main views on every run, for people to look at (screenshots/ is git-ignored).
const DIR = 'screenshots';

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
  describe(`screenshots, ${device} ${viewport.width}×${viewport.height}`, () => {
    const session = useAtlas({ viewport, phone: device === 'phone' });
    const shoot = async (page: Page, name: string) => {
      mkdirSync(DIR, { recursive: true });
      await settle(page);
      await page.screenshot({ path: `${DIR}/${device}-${name}.png` });
    };

    test('initial', async () => {
      const { page, open } = session();
      await open('/');
      await expectCount(atlasPage(page).events, 2, 'items');
      await shoot(page, 'initial');
    });

    test('details open', async () => {
      const { page, open } = session();
      await open(`/?event=${seedEvent('Karaganda').id}`);
      await expectVisible(atlasPage(page).details, 'the details');
      await shoot(page, 'details');
    });

    test('filtered', async () => {
      const { page, open } = session();
      await open('/?country=AF');
      await expectCount(atlasPage(page).events, 1, 'items');
      await shoot(page, 'filtered');
    });

    test('empty', async () => {
      const { page, open } = session();
      await open('/?country=LT&role=participant');
      await expectVisible(atlasPage(page).emptyState, 'the empty state');
      await shoot(page, 'empty');
    });

    test('error', async () => {
      const { page, open, guard } = session();
      // The failure is provoked; Chromium logs the failed load as a console error.
      guard.allowConsoleError(/Failed to load resource.*data\/app\/summary\.json/, 'the test makes the dataset request fail');
      await page.route('**/data/app/summary.json', (route) => route.fulfill({ status: 500, body: 'boom' }));
      await page.clock.install();
      await open('/');
      await fastForwardUntilVisible(page, page.getByRole('button', { name: 'Retry' }), 'the Retry button');
      await shoot(page, 'error');
    });
  });
}
