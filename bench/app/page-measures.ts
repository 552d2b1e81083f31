// What bench:app and its diagnosis scripts (heap.ts, trace.ts) share of a measurement, so that a
// diagnosis reads the same steps and the same heap figure as the bench it explains. No import of the
// app's or the build's code: bench:app also measures another commit's (see run.ts's fromRoot).
import type { Page } from 'playwright-core';

/** The countries a filter pass steps through, in order (each a `?country=` step). */
export const STEP_COUNTRIES = 'KZ DE RU UA US FR GB TR PL IT ES SE NO FI AT CH BE NL GE AM AZ UZ KG TJ TM MD RS AL HU CZ'.split(' ');

/** The page's JS heap in MB, as Chromium reports it (`JSHeapUsedSize`) after a forced collection. */
export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 2 ** 20;
}
