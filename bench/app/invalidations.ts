// npx tsx bench/app/invalidations.ts — which elements a step dirties for layout and paint (Chromium's
// invalidation tracking), counted over a pass of filter (or --kind scrub) steps at 100,000 events,
// in the app trace.ts built (bench/out/trace/app). A diagnosis: tells what to contain or not touch.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { assertChromium } from '../../tests/e2e/support/chromium-path.ts';
import { startPreview } from '../../tests/e2e/support/preview-server.ts';
import { inPageStep } from './in-page.ts';
import { STEP_COUNTRIES } from './page-measures.ts';

const { values: args } = parseArgs({ options: { app: { type: 'string', default: 'bench/out/trace/app' }, kind: { type: 'string', default: 'filter' }, 'below-fold': { type: 'boolean', default: false } } });
interface TraceEvent { name: string; ph: string; ts: number; pid: number; tid: number; cat: string; args?: { data?: { nodeName?: string; reason?: string; nodeId?: number } } }

const server = await startPreview(resolve(args.app));
const browser = await chromium.launch({ executablePath: assertChromium(), args: ['--no-sandbox', '--disable-gpu', '--no-first-run'], headless: true });
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', timezoneId: 'UTC' });
  await context.addInitScript('window.__name = (f) => f');
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByRole('list', { name: 'Events' }).waitFor({ timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  const steps = args.kind === 'filter' ? STEP_COUNTRIES.map((c) => `?country=${c}`) : STEP_COUNTRIES.map((_, i) => `?from=${new Date(Date.UTC(2001, i, 1)).toISOString().slice(0, 10)}&to=${new Date(Date.UTC(2005, i, 0)).toISOString().slice(0, 10)}`);
  for (const search of [...steps, '?']) await page.evaluate(inPageStep, { search, timeoutMs: 10_000 });
  if (!args['below-fold']) await page.getByRole('list', { name: 'Events' }).evaluate((list) => list.scrollIntoView({ block: 'start' }));
  await page.evaluate(inPageStep, { search: steps[0]!, timeoutMs: 10_000 });
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline.invalidationTracking,blink.user_timing', transferMode: 'ReportEvents' });
  for (const search of steps.slice(1)) await page.evaluate(inPageStep, { search, timeoutMs: 10_000 });
  await cdp.send('Tracing.end');
  await done;
  const n = steps.length - 1;
  for (const kind of ['LayoutInvalidationTracking', 'PaintInvalidationTracking', 'StyleRecalcInvalidationTracking', 'StyleInvalidatorInvalidationTracking', 'ScheduleStyleInvalidationTracking']) {
    const counts = new Map<string, number>();
    for (const e of events.filter((e) => e.name === kind)) {
      const k = `${e.args?.data?.reason ?? ''} | ${e.args?.data?.nodeName ?? ''}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    console.log(`\n${kind}: ${[...counts.values()].reduce((s, x) => s + x, 0) / n} a step`);
    for (const [k, c] of [...counts].sort((x, y) => y[1] - x[1]).slice(0, 25)) console.log(`  ${(c / n).toFixed(1).padStart(6)}  ${k}`);
  }
} finally {
  await browser.close();
  await server.stop();
}
