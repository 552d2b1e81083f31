import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

// The app answers within a frame or two; the long timeout absorbs a busy, shared machine. The
// dataset gate retries a failed load three times (not an invalid one), so those screens take longer.
export const SOON = { timeout: 10_000, interval: 100 } as const;
export const AFTER_RETRIES = { timeout: 30_000, interval: 200 } as const;

export async function expectCount(locator: Locator, count: number, what: string, timeout: number = SOON.timeout): Promise<void> {
  await expect.poll(() => locator.count(), { ...SOON, timeout, message: `${what}: expected ${count}` }).toBe(count);
}

export async function expectVisible(locator: Locator, what: string, timeout: number = SOON.timeout): Promise<void> {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch {
    throw new Error(`${what} did not become visible within ${timeout} ms`);
  }
}

export async function expectGone(locator: Locator, what: string): Promise<void> {
  await expectCount(locator, 0, `${what} should be gone`);
}

export async function expectText(locator: Locator, pattern: RegExp, what: string): Promise<void> {
  await expect
    .poll(async () => ((await locator.count()) === 0 ? '' : await locator.first().innerText()), { ...SOON, message: what })
    .toMatch(pattern);
}

export async function expectUrl(page: Page, check: (url: URL) => boolean, what: string): Promise<void> {
  await expect.poll(() => check(new URL(page.url())), { ...SOON, message: `${what} (URL: ${page.url()})` }).toBe(true);
}

export async function isFocused(locator: Locator): Promise<boolean> {
  return (await locator.count()) > 0 && locator.first().evaluate((el) => el === document.activeElement);
}

/**
 * For screens that appear only after the app's retries with back-off (TanStack Query: 1 s, 2 s,
 * 4 s): moves the page's clock (installed with `page.clock.install()` before loading) instead of
 * waiting seven real seconds.
 */
export async function fastForwardUntilVisible(page: Page, locator: Locator, what: string): Promise<void> {
  const deadline = Date.now() + AFTER_RETRIES.timeout;
  while (!(await locator.first().isVisible())) {
    if (Date.now() > deadline) throw new Error(`${what} did not become visible (with the clock fast-forwarded)`);
    await page.clock.fastForward(1000);
    // The retry the clock released is answered in a moment: wait for the screen, a little, before moving the clock again.
    await locator.first().waitFor({ state: 'visible', timeout: 200 }).catch(() => undefined);
  }
}
