// npx tsx bench/app/ab-css.ts --css FILE — a style sheet's effect on the steps, measured in pairs: in
// one page of the app trace.ts built (bench/out/trace/app, 100,000 events), each step is made twice
// from the same view, once without the sheet and once with it (in turn first), so the shared
// machine's noise falls on both halves of a pair alike. Prints the median of the pairs'
// differences (with - without) in work, latency and the renderer main thread's CPU time for style,
// layout, pre-paint, paint and layerize, from a light timeline trace.
// Options: --kind filter|scrub, --passes N (default 2), --below-fold (default: the list in sight).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { inPageStep, type StepTime } from './in-page.ts';
import { openStepPage, stepSearches } from './step-page.ts';

const { values: args } = parseArgs({
  options: {
    app: { type: 'string', default: 'bench/out/trace/app' },
    css: { type: 'string' },
    kind: { type: 'string', default: 'filter' },
    passes: { type: 'string', default: '2' },
    'below-fold': { type: 'boolean', default: false },
  },
});
interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; tid: number; pid: number; cat: string; args?: { name?: string; beginData?: { dirtyObjects?: number } } }
const PARTS: Record<string, string> = { UpdateLayoutTree: 'style', Layout: 'layout', PrePaint: 'pre-paint', Paint: 'paint', Layerize: 'layerize' };

const css = readFileSync(args.css!, 'utf8');

async function setSheet(page: Page, on: boolean): Promise<void> {
  await page.evaluate(({ css, on }) => new Promise<void>((done) => {
    document.getElementById('ab-css')?.remove();
    if (on) {
      const style = document.createElement('style');
      style.id = 'ab-css';
      style.textContent = css;
      document.head.append(style);
    }
    // Two frames: the sheet's own restyle and layout are drawn before the step.
    requestAnimationFrame(() => requestAnimationFrame(() => done()));
  }), { css, on });
}

/** Per measured step (in order), thread ms of each part within its windows. */
function perStep(events: TraceEvent[], measured: number): Map<string, number>[] {
  const marks = events.filter((e) => e.cat.includes('user_timing') && /^atlas:(step|committed|frame|drawn)$/.test(e.name) && e.ph !== 'e').sort((a, b) => a.ts - b.ts);
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === marks[0]?.pid);
  const windows: [number, number][][] = [];
  for (const [i, m] of marks.entries()) {
    if (m.name !== 'atlas:step') continue;
    const after = (name: string) => marks.slice(i + 1).find((e) => e.name === name || e.name === 'atlas:step');
    const [c, f, d] = [after('atlas:committed'), after('atlas:frame'), after('atlas:drawn')];
    if (!c || !f || !d || [c, f, d].some((e) => e.name === 'atlas:step')) throw new Error('a step without its marks');
    windows.push([[m.ts, c.ts], [Math.max(f.ts, c.ts), d.ts]]);
  }
  if (windows.length !== measured) throw new Error(`${windows.length} steps traced, ${measured} measured`);
  const mine = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.tdur !== undefined && PARTS[e.name]).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  return windows.map((w) => {
    const out = new Map<string, number>();
    const openUntil = new Map<string, number>();
    for (const e of mine) {
      if (!w.some(([a, b]) => e.ts >= a && e.ts < b) || e.ts < (openUntil.get(e.name) ?? -Infinity)) continue;
      openUntil.set(e.name, e.ts + (e.dur ?? 0));
      const part = PARTS[e.name]!;
      out.set(part, (out.get(part) ?? 0) + e.tdur! / 1000);
      if (e.name === 'Layout') out.set('dirty objects', (out.get('dirty objects') ?? 0) + (e.args?.beginData?.dirtyObjects ?? 0));
    }
    return out;
  });
}

const steps = stepSearches(args.kind);
const { page, context, close } = await openStepPage(resolve(args.app), steps, args['below-fold']);
try {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
  const order: { on: boolean; time: StepTime | null; pair: number }[] = [];
  let pair = 0;
  let current = '?';
  for (let pass = 0; pass < Number(args.passes); pass++) {
    for (const [i, search] of steps.entries()) {
      const from = i === 0 ? '?' : steps[i - 1]!;
      const turn = pair % 2 === 0 ? [false, true] : [true, false];
      for (const on of turn) {
        await setSheet(page, on);
        // A step to the view already shown changes nothing, and leaves no marks.
        if (current !== from) {
          order.push({ on, time: null, pair: -1 });
          await page.evaluate(inPageStep, { search: from, timeoutMs: 10_000 });
        }
        current = search;
        order.push({ on, time: await page.evaluate(inPageStep, { search, timeoutMs: 10_000 }), pair });
      }
      pair++;
    }
  }
  await cdp.send('Tracing.end');
  await done;
  const parts = perStep(events, order.length);
  const diffs = new Map<string, number[]>();
  const sums = { off: new Map<string, number>(), on: new Map<string, number>() };
  const add = (k: string, d: number) => diffs.set(k, [...(diffs.get(k) ?? []), d]);
  for (let p = 0; p < pair; p++) {
    const both = order.map((o, k) => ({ ...o, parts: parts[k]! })).filter((o) => o.pair === p);
    const off = both.find((o) => !o.on)!;
    const on = both.find((o) => o.on)!;
    if (!off.time || !on.time) continue;
    add('work', on.time.work - off.time.work);
    add('latency', on.time.latency - off.time.latency);
    for (const k of new Set([...off.parts.keys(), ...on.parts.keys()])) {
      add(k, (on.parts.get(k) ?? 0) - (off.parts.get(k) ?? 0));
      sums.off.set(k, (sums.off.get(k) ?? 0) + (off.parts.get(k) ?? 0));
      sums.on.set(k, (sums.on.get(k) ?? 0) + (on.parts.get(k) ?? 0));
    }
    for (const [k, t] of [['work', 'work'], ['latency', 'latency']] as const) {
      sums.off.set(k, (sums.off.get(k) ?? 0) + off.time[t]);
      sums.on.set(k, (sums.on.get(k) ?? 0) + on.time[t]);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  console.log(`${args.kind} steps, list ${args['below-fold'] ? 'below the fold' : 'in sight'}, ${pair} pairs, ${args.css}: mean without → with, median of pair differences (with - without), share of pairs where with < without`);
  for (const [k, ds] of diffs) console.log(`  ${k.padEnd(14)} ${(sums.off.get(k)! / pair).toFixed(2).padStart(7)} → ${(sums.on.get(k)! / pair).toFixed(2).padStart(7)}   median diff ${median(ds).toFixed(2).padStart(6)}   with lower in ${((ds.filter((d) => d < 0).length / ds.length) * 100).toFixed(0)} %`);
} finally {
  await close();
}
