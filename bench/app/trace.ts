// npx tsx bench/app/trace.ts — where a step's time goes at 100,000 events: the app built unminified with
// source maps, the steps bench:app measures (30 country filters, 30 window positions) with the event
// list scrolled into sight, under Chrome's CPU profiler and timeline trace. Prints, per kind of step,
// milliseconds a step of main-thread time by part: the app's own code by folder (selection,
// grouping, markers, country names, list, …), React, Leaflet, then the browser's style, layout,
// paint and garbage collection from the trace. A diagnosis, not a benchmark: the profiler slows
// JavaScript by 10–30 %, so compare its parts with each other, and the step times with bench:app's.
// Options: --events N (default 100000), --passes N (measured passes over the steps, default 2),
// --below-fold (measure with the list out of sight instead), --skip-build.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { assertChromium } from '../../tests/e2e/support/chromium-path.ts';
import { startPreview } from '../../tests/e2e/support/preview-server.ts';
import { buildApp, serveDataset } from './diagnosis-app.ts';
import { STEP_COUNTRIES } from './page-measures.ts';
import { inPageStep, type StepTime } from './in-page.ts';

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '100000' },
    passes: { type: 'string', default: '2' },
    'below-fold': { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
  },
});
const N = Number(args.events);
const DIR = resolve('bench/out/trace');
const log = (s: string) => console.error(`[bench:trace] ${s}`);

function prepare(): string {
  const app = join(DIR, 'app');
  buildApp(app, args['skip-build'], ['--sourcemap', '--minify', 'false']);
  serveDataset(app, N, join(DIR, `data-${N}`));
  return app;
}

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; }
interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; cat: string; args?: { name?: string } }
/** Spans of the trace clock (µs) charged to the steps, as bench:app charges them. */
type Windows = [number, number][];

/**
 * The stretches of each step that bench:app counts as its work: from the change (`atlas:step`) to
 * the DOM committed, and from the next frame's start to that frame painted. What falls outside
 * (the wait for the frame, the frames of a map's animation after the step is drawn, idle work)
 * is left out, so the parts add up to the step's own time.
 */
function stepWindows(events: TraceEvent[]): Windows {
  const marks = events.filter((e) => e.cat.includes('user_timing') && /^atlas:(step|committed|frame|drawn)$/.test(e.name) && e.ph !== 'e').sort((a, b) => a.ts - b.ts);
  const windows: Windows = [];
  for (const [i, m] of marks.entries()) {
    if (m.name !== 'atlas:step') continue;
    const after = (name: string) => marks.slice(i + 1).find((e) => e.name === name || e.name === 'atlas:step');
    const [c, f, d] = [after('atlas:committed'), after('atlas:frame'), after('atlas:drawn')];
    if (!c || !f || !d || [c, f, d].some((e) => e.name === 'atlas:step')) continue;
    windows.push([m.ts, c.ts], [Math.max(f.ts, c.ts), d.ts]);
  }
  return windows;
}

/** The part of [from, to) inside the windows. */
function inWindows(windows: Windows | null, from: number, to: number): number {
  if (!windows) return to - from;
  let sum = 0;
  for (const [a, b] of windows) sum += Math.max(0, Math.min(b, to) - Math.max(a, from));
  return sum;
}

/** The part of the app a source file belongs to, as the breakdown names it. */
function partOf(source: string): string {
  const rules: [RegExp, string][] = [
    [/node_modules\/react-dom|node_modules\/scheduler|node_modules\/react\//, 'React (render, commit, DOM writes)'],
    [/node_modules\/leaflet|react-leaflet/, 'Leaflet'],
    [/node_modules\/@tanstack/, 'TanStack Query'],
    [/src\/app\/view\/(pass-filters|select-in-window|select-events|facets)/, 'selection (filters, window, option counts)'],
    [/src\/app\/view\/group-by-place/, 'grouping by place'],
    [/src\/app\/view\/(use-view-state|parse-view-state|serialize-view-state|view-intent)/, 'URL → view state'],
    [/src\/app\/features\/map\/venues/, 'markers (clusters, diff, icons)'],
    [/src\/app\/features\/map\/countries/, 'countries (shades, names)'],
    [/src\/app\/features\/map\/layers/, 'labels (label board, clashes)'],
    [/src\/app\/features\/map\/flows/, 'flow lines'],
    [/src\/app\/features\/map/, 'map (other)'],
    [/src\/app\/features\/event-list/, 'event list'],
    [/src\/app\/features\/timeline/, 'timeline'],
    [/src\/app\/features\/filters|build-filter-options/, 'filters panel'],
    [/src\/vocabulary/, 'words (dates, places, counts)'],
    [/src\/app/, 'app (other)'],
  ];
  return rules.find(([re]) => re.test(source))?.[1] ?? `other (${source.replace(/.*node_modules\//, '').split('/')[0]})`;
}

/** Self time per part, from a CPU profile: each sample's function mapped to its source file. */
function jsParts(profile: Profile, maps: Map<string, TraceMap | null>, appDir: string, windows: Windows | null): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const mapFor = (url: string): TraceMap | null => {
    if (!maps.has(url)) {
      const file = join(appDir, new URL(url).pathname);
      maps.set(url, existsSync(`${file}.map`) ? new TraceMap(readFileSync(`${file}.map`, 'utf8')) : null);
    }
    return maps.get(url)!;
  };
  const parts = new Map<string, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const { callFrame: f } = byId.get(id)!;
    at += profile.timeDeltas[i] ?? 0;
    const next = profile.timeDeltas[i + 1] ?? 0;
    const ms = inWindows(windows, at, at + next) / 1000;
    if (ms === 0) return;
    let part: string;
    if (f.functionName === '(idle)') return;
    if (f.functionName === '(garbage collector)') part = 'garbage collection';
    else if (f.functionName === '(program)') part = 'browser (style, layout, paint, other native)';
    else if (!f.url.startsWith('http')) part = f.url ? 'other' : `native (${f.functionName || 'anonymous'})`;
    else {
      const map = mapFor(f.url);
      const source = map ? originalPositionFor(map, { line: f.lineNumber + 1, column: f.columnNumber }).source ?? f.url : f.url;
      part = partOf(source);
    }
    parts.set(part, (parts.get(part) ?? 0) + ms);
  });
  return parts;
}

/** Main-thread time of the renderer's timeline events that are not JavaScript. */
function browserParts(events: TraceEvent[], windows: Windows | null): Map<string, number> {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const names: Record<string, string> = {
    UpdateLayoutTree: 'style recalculation', Layout: 'layout', PrePaint: 'pre-paint', Paint: 'paint', Layerize: 'layerize',
    'Commit': 'commit to compositor', MinorGC: 'GC (minor)', MajorGC: 'GC (major)', HitTest: 'hit test', IntersectionObserverController: 'intersection observers',
  };
  const parts = new Map<string, number>();
  // A paint nests in another (the document's Paint holds the HTML element's, which holds each
  // scroller's): only the outermost of a name is counted, else a paint counted twice or more.
  const openUntil = new Map<string, number>();
  const mainEvents = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  for (const e of mainEvents) {
    const part = names[e.name];
    if (!part || e.ts < (openUntil.get(e.name) ?? -Infinity)) continue;
    openUntil.set(e.name, e.ts + e.dur!);
    parts.set(part, (parts.get(part) ?? 0) + inWindows(windows, e.ts, e.ts + e.dur!) / 1000);
  }
  return parts;
}

async function traced(page: Page, cdp: CDPSession, steps: string[]): Promise<{ profile: Profile; events: TraceEvent[]; times: StepTime[] }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,blink,blink.user_timing', transferMode: 'ReportEvents' });
  await cdp.send('Profiler.start');
  const times: StepTime[] = [];
  for (const search of steps) {
    const t = await page.evaluate(inPageStep, { search, timeoutMs: 10_000 });
    if (t) times.push(t);
  }
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Tracing.end');
  await done;
  return { profile: profile as unknown as Profile, events, times };
}

async function main() {
  const appDir = prepare();
  const server = await startPreview(appDir);
  const browser = await chromium.launch({ executablePath: assertChromium(), args: ['--no-sandbox', '--disable-gpu', '--no-first-run'], headless: true });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', timezoneId: 'UTC' });
    await context.route((u) => !u.href.startsWith(server.url), (route) => route.abort('blockedbyclient'));
    // tsx (esbuild keepNames) wraps named functions in __name(), which the page lacks.
    await context.addInitScript('window.__name = (f) => f');
    const page = await context.newPage();
    page.on('pageerror', (e) => log(`page error: ${e.message}`));
    page.on('crash', () => log('the page crashed'));
    await page.goto(server.url);
    await page.getByRole('list', { name: 'Events' }).waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const filterSteps = STEP_COUNTRIES.map((code) => `?country=${code}`);
    const scrubSteps = STEP_COUNTRIES.map((_, i) => `?from=${new Date(Date.UTC(2001, i, 1)).toISOString().slice(0, 10)}&to=${new Date(Date.UTC(2005, i, 0)).toISOString().slice(0, 10)}`);
    for (const search of [...filterSteps, '?', ...scrubSteps, '?']) await page.evaluate(inPageStep, { search, timeoutMs: 10_000 });
    if (!args['below-fold']) await page.getByRole('list', { name: 'Events' }).evaluate((list) => list.scrollIntoView({ block: 'start' }));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const maps = new Map<string, TraceMap | null>();
    const passes = Number(args.passes);
    for (const [kind, steps] of [['filter', filterSteps], ['scrub', scrubSteps]] as const) {
      await page.evaluate(inPageStep, { search: '?', timeoutMs: 10_000 });
      const all = Array.from({ length: passes }, () => steps).flat();
      const { profile, events, times } = await traced(page, cdp, all);
      const n = times.length;
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      console.log(`\n${kind} steps (${n}, list ${args['below-fold'] ? 'below the fold' : 'in sight'}): work p50 ${median(times.map((t) => t.work)).toFixed(1)} ms (commit ${median(times.map((t) => t.commit)).toFixed(1)}) under the profiler`);
      const windows = stepWindows(events);
      for (const [title, w] of [[`within the steps as bench:app counts them (${windows.length / 2} steps found)`, windows], ['everything traced (the map\'s animation frames after a step and idle work included)', null]] as const) {
        console.log(`  ${title}`);
        console.log('    JavaScript and samples by part, ms a step (CPU profile):');
        const js = [...jsParts(profile, maps, appDir, w)].sort((a, b) => b[1] - a[1]);
        const total = js.reduce((s, [, ms]) => s + ms, 0);
        for (const [part, ms] of js) if (ms / n >= 0.05) console.log(`      ${(ms / n).toFixed(2).padStart(6)}  ${part}`);
        console.log(`      ${(total / n).toFixed(2).padStart(6)}  all sampled (idle left out)`);
        console.log('    the browser\'s own work, ms a step (timeline trace):');
        for (const [part, ms] of [...browserParts(events, w)].sort((a, b) => b[1] - a[1])) if (ms / n >= 0.05) console.log(`      ${(ms / n).toFixed(2).padStart(6)}  ${part}`);
      }
      writeFileSync(join(DIR, `${kind}.cpuprofile`), JSON.stringify(profile));
      writeFileSync(join(DIR, `${kind}.trace.json`), JSON.stringify({ traceEvents: events }));
      await page.screenshot({ path: join(DIR, `${kind}.png`) });
    }
    log(`profiles in ${DIR} (open in DevTools' Performance panel)`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
