// npx tsx bench/app/invalidations.ts — which elements a step dirties for layout and paint (Chromium's
// invalidation tracking), counted over a pass of filter (or --kind scrub) steps at 100,000 events,
// in the app trace.ts built (bench/out/trace/app). A diagnosis: tells what to contain or not touch.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { inPageStep } from './in-page.ts';
import { openStepPage, stepSearches } from './step-page.ts';

const { values: args } = parseArgs({ options: { app: { type: 'string', default: 'bench/out/trace/app' }, kind: { type: 'string', default: 'filter' }, 'below-fold': { type: 'boolean', default: false } } });
interface TraceEvent { name: string; ph: string; ts: number; pid: number; tid: number; cat: string; args?: { data?: { nodeName?: string; reason?: string; nodeId?: number } } }

const steps = stepSearches(args.kind);
const { page, context, close } = await openStepPage(resolve(args.app), steps, args['below-fold']);
try {
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
  await close();
}
