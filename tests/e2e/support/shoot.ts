import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';

/**
 * Saves `screenshots/<name>.png` of the page, or of one element of it, once the page has settled
 * (nothing loading, two frames drawn): what a person looking at the app would see. Only when asked
 * for (`SCREENSHOTS=1`, as `npm run screenshots` sets): a test's time goes to what it checks.
 */
export async function shoot(page: Page, name: string, target: Page | Locator = page): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  mkdirSync('screenshots', { recursive: true });
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await target.screenshot({ path: `screenshots/${name}.png` });
}
