// The page the diagnosis scripts (allocations.ts, invalidations.ts, ab-css.ts) measure steps on: the
// app trace.ts built, served and opened at 1440×900 in headless Chromium, warmed by one pass of its steps.
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { assertChromium } from '../../tests/e2e/support/chromium-path.ts';
import { startPreview } from '../../tests/e2e/support/preview-server.ts';
import { inPageStep } from './in-page.ts';
import { STEP_COUNTRIES } from './page-measures.ts';

/** A pass of steps: one country each (filter), or a four-year window moved a month each (scrub). */
export function stepSearches(kind: string): string[] {
  return kind === 'filter'
    ? STEP_COUNTRIES.map((code) => `?country=${code}`)
    : STEP_COUNTRIES.map((_, i) => `?from=${new Date(Date.UTC(2001, i, 1)).toISOString().slice(0, 10)}&to=${new Date(Date.UTC(2005, i, 0)).toISOString().slice(0, 10)}`);
}

export interface StepPage {
  page: Page;
  context: BrowserContext;
  close: () => Promise<void>;
}

/**
 * The app in `appDir`, loaded, every step of `steps` taken once (and back to the full view), the
 * event list then scrolled into sight unless `belowFold`. Requests to any other host are refused.
 */
export async function openStepPage(appDir: string, steps: readonly string[], belowFold: boolean): Promise<StepPage> {
  const server = await startPreview(appDir);
  const browser = await chromium.launch({ executablePath: assertChromium(), args: ['--no-sandbox', '--disable-gpu', '--no-first-run'], headless: true });
  const close = async (): Promise<void> => {
    await browser.close();
    await server.stop();
  };
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', timezoneId: 'UTC' });
    await context.route((u) => !u.href.startsWith(server.url), (route) => route.abort('blockedbyclient'));
    await context.addInitScript('window.__name = (f) => f');
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('list', { name: 'Events' }).waitFor({ timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    for (const search of [...steps, '?']) await page.evaluate(inPageStep, { search, timeoutMs: 10_000 });
    if (!belowFold) await page.getByRole('list', { name: 'Events' }).evaluate((list) => list.scrollIntoView({ block: 'start' }));
    return { page, context, close };
  } catch (error) {
    await close();
    throw error;
  }
}
