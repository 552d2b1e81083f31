import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';

/**
 * Saves `screenshots/<name>.png` of the page, or of one element of it, once the page has settled
 * (nothing loading, two frames drawn): what a person looking at the app would see.
 */
export async function shoot(page: Page, name: string, target: Page | Locator = page): Promise<void> {
  mkdirSync('screenshots', { recursive: true });
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await target.screenshot({ path: `screenshots/${name}.png` });
}
