// npx tsx bench/app/trace.ts — where a step's time goes at 100,000 events: the app built unminified with
// source maps, the steps bench:app measures (30 country filters, 30 window positions) with the event
// list scrolled into sight, under Chrome's CPU profiler and timeline trace. Prints, per kind of step,
// milliseconds a step of main-thread time by part: the app's own code by folder (selection,
// grouping, markers, country names, list, …), React, Leaflet, then the browser's style, layout,
// paint and garbage collection from the trace. A diagnosis, not a benchmark: the profiler slows
// JavaScript by 10–30 %, so compare its parts with each other, and the step times with bench:app's.
// Options: --events N (default 100000), --passes N (measured passes over the steps, default 2),
// --below-fold (measure with the list out of sight instead), --skip-build, --top N (the N heaviest
// functions within the steps).
// --search: instead of the steps, typing a search as bench:app does ("Kazakstan", key by key, after a
// pass over the steps, list in sight), each pass in a fresh page: the first key (which loads the
// index) is left out, and each keystroke is charged what falls between it and its results drawn.
// --first-view: instead of the steps, the first view as bench:app's app.first_view_ms counts it, each
// pass a fresh page under the profiler from navigation: parts split at the summary's response end
// (fetch), the indexes' start (JSON parse and check), their end (indexes) and the view drawn (render).
// --root DIR: the app of the checkout in DIR (a baseline's worktree), built there by its own Vite
// config, its app files written by its own writer from the same generated dataset.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { assertChromium } from '../../tests/e2e/support/chromium-path.ts';
import { startPreview } from '../../tests/e2e/support/preview-server.ts';
import { buildApp, serveDataset, serveDatasetOf } from './diagnosis-app.ts';
import { stepSearches } from './step-page.ts';
import { inPageFirstView, inPageStep, inPageType, type KeystrokeTime, type StepTime } from './in-page.ts';

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '100000' },
    passes: { type: 'string', default: '2' },
    'below-fold': { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    search: { type: 'boolean', default: false },
    'first-view': { type: 'boolean', default: false },
    root: { type: 'string' },
    top: { type: 'string', default: '0' },
  },
});
const N = Number(args.events);
const DIR = resolve('bench/out/trace');
const log = (s: string) => console.error(`[bench:trace] ${s}`);
/** Typed as bench:app types it (run.ts SEARCH_TYPED). */
const SEARCH_TYPED = 'Kazakstan';

async function prepare(): Promise<string> {
  if (args.root === undefined) {
    const app = join(DIR, 'app');
    buildApp(app, args['skip-build'], ['--sourcemap', '--minify', 'false']);
    serveDataset(app, N, join(DIR, `data-${N}`));
    return app;
  }
  const name = basename(resolve(args.root));
  const app = join(DIR, `app-${name}`);
  mkdirSync(DIR, { recursive: true });
  buildApp(app, args['skip-build'], ['--sourcemap', '--minify', 'false'], args.root);
  await serveDatasetOf(args.root, app, N, join(DIR, `data-${N}-${name}`));
  return app;
}

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; }
interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; tid: number; pid: number; cat: string; args?: { name?: string } }
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
    [/node_modules\/minisearch/, 'search (MiniSearch tree)'],
    [/src\/app\/dataset\/search-matcher|src\/schema\/(posting-codec|search-terms)/, 'search (matcher, postings)'],
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

/**
 * The renderer's main thread within the windows, ms in all: its tasks by the wall clock and by the
 * thread's own CPU time (`tdur`, each task's prorated by the part of it inside the windows), and
 * the same for the history writes (`FrameLoader::updateForSameDocumentNavigation`, the step's
 * pushState). The CPU profile charges a native call with the time its thread waited in it: on a
 * loaded machine pushState read 3.5–5.7 ms a step there, where the thread spent 0.5–1 ms in it.
 */
function threadTimes(events: TraceEvent[], windows: Windows | null): { wall: number; cpu: number; historyWall: number; historyCpu: number } {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const out = { wall: 0, cpu: 0, historyWall: 0, historyCpu: 0 };
  let openUntil = -Infinity;
  const mainEvents = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined && e.tdur !== undefined).sort((a, b) => a.ts - b.ts);
  for (const e of mainEvents) {
    const inside = inWindows(windows, e.ts, e.ts + e.dur!);
    if (inside === 0) continue;
    const cpu = e.dur! > 0 ? (e.tdur! * inside) / e.dur! : 0;
    if (e.name === 'FrameLoader::updateForSameDocumentNavigation') {
      out.historyWall += inside / 1000;
      out.historyCpu += cpu / 1000;
    }
    // Top-level tasks only (they hold everything else the thread runs).
    if (e.name !== 'RunTask' || e.ts < openUntil) continue;
    openUntil = e.ts + e.dur!;
    out.wall += inside / 1000;
    out.cpu += cpu / 1000;
  }
  return out;
}

async function traced<T>(cdp: CDPSession, act: () => Promise<T>): Promise<{ profile: Profile; events: TraceEvent[]; result: T }> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: unknown }) => events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,blink,blink.user_timing', transferMode: 'ReportEvents' });
  await cdp.send('Profiler.start');
  const result = await act();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', collect);
  return { profile: profile as unknown as Profile, events, result };
}

/** Each keystroke's time: from its `atlas:step` mark to its results drawn, as bench:app times it. */
function keystrokeWindows(events: TraceEvent[], times: readonly KeystrokeTime[]): Windows {
  const marks = events.filter((e) => e.cat.includes('user_timing') && e.name === 'atlas:step' && e.ph !== 'e').sort((a, b) => a.ts - b.ts);
  return marks.slice(-times.length).map((m, k) => [m.ts, m.ts + times[k]!.ms * 1000]);
}

/** Self time (ms) of the heaviest functions within the windows, named with their source file. */
function topFunctions(profile: Profile, maps: Map<string, TraceMap | null>, appDir: string, windows: Windows | null, count: number): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const { callFrame: f } = byId.get(id)!;
    at += profile.timeDeltas[i] ?? 0;
    const ms = inWindows(windows, at, at + (profile.timeDeltas[i + 1] ?? 0)) / 1000;
    if (ms === 0 || f.functionName === '(idle)') return;
    let where = f.url;
    if (f.url.startsWith('http')) {
      if (!maps.has(f.url)) {
        const file = join(appDir, new URL(f.url).pathname);
        maps.set(f.url, existsSync(`${file}.map`) ? new TraceMap(readFileSync(`${file}.map`, 'utf8')) : null);
      }
      const map = maps.get(f.url);
      const source = map ? originalPositionFor(map, { line: f.lineNumber + 1, column: f.columnNumber }).source : null;
      where = (source ?? f.url).replace(/.*node_modules\//, '').replace(/.*\/src\//, 'src/');
    }
    const key = `${f.functionName || '(anonymous)'}  ${where}`;
    self.set(key, (self.get(key) ?? 0) + ms);
  });
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, count);
}

interface Opened { page: Page; filterSteps: string[]; scrubSteps: string[] }

/** A fresh page of the app at its first view, after one unmeasured pass over the steps (as bench:app's warm-up). */
async function openApp(context: BrowserContext, url: string): Promise<Opened> {
  const page = await context.newPage();
  page.on('pageerror', (e) => log(`page error: ${e.message}`));
  page.on('crash', () => log('the page crashed'));
  await page.goto(url);
  await page.getByRole('list', { name: 'Events' }).waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const filterSteps = stepSearches('filter');
  const scrubSteps = stepSearches('scrub');
  for (const search of [...filterSteps, '?', ...scrubSteps, '?']) await page.evaluate(inPageStep, { search, timeoutMs: 10_000 });
  if (!args['below-fold']) await page.getByRole('list', { name: 'Events' }).evaluate((list) => list.scrollIntoView({ block: 'start' }));
  return { page, filterSteps, scrubSteps };
}

async function newCdp(context: BrowserContext, page: Page): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  return cdp;
}

interface Traced { profile: Profile; events: TraceEvent[]; windows: Windows | null }

/** Adds up per-run maps of ms. */
function summed(runs: readonly Traced[], of: (run: Traced) => Iterable<[string, number]>): [string, number][] {
  const sum = new Map<string, number>();
  for (const run of runs) for (const [k, ms] of of(run)) sum.set(k, (sum.get(k) ?? 0) + ms);
  return [...sum].sort((x, y) => y[1] - x[1]);
}

/** Prints the runs' parts (and, with `top`, their heaviest functions) within their windows, per step. */
function printParts(runs: readonly Traced[], maps: Map<string, TraceMap | null>, appDir: string, n: number, top = 0): void {
  console.log('    JavaScript and samples by part, ms a step (CPU profile):');
  const js = summed(runs, (r) => jsParts(r.profile, maps, appDir, r.windows));
  const total = js.reduce((s, [, ms]) => s + ms, 0);
  for (const [part, ms] of js) if (ms / n >= 0.05) console.log(`      ${(ms / n).toFixed(2).padStart(6)}  ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${part}`);
  console.log(`      ${(total / n).toFixed(2).padStart(6)}  all sampled (idle left out)`);
  console.log("    the browser's own work, ms a step (timeline trace):");
  for (const [part, ms] of summed(runs, (r) => browserParts(r.events, r.windows))) if (ms / n >= 0.05) console.log(`      ${(ms / n).toFixed(2).padStart(6)}  ${part}`);
  const t = summed(runs, (r) => Object.entries(threadTimes(r.events, r.windows)));
  const of = (k: string) => ((t.find(([name]) => name === k)?.[1] ?? 0) / n).toFixed(2);
  console.log(`    the main thread's tasks, ms a step: ${of('wall')} by the clock, ${of('cpu')} of the thread's CPU (the rest it waited: the machine's load);`);
  console.log(`      of them the history write (pushState, as a click's navigate makes it): ${of('historyWall')} by the clock, ${of('historyCpu')} of CPU`);
  if (top === 0) return;
  console.log('    heaviest functions, self ms a step (share of all sampled):');
  for (const [name, ms] of summed(runs, (r) => topFunctions(r.profile, maps, appDir, r.windows, Infinity)).slice(0, top)) console.log(`      ${(ms / n).toFixed(2).padStart(6)}  ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${name}`);
}

/** --search: typing SEARCH_TYPED after its first key, in a fresh page each pass, under the profiler. */
async function searchPasses(context: BrowserContext, url: string, appDir: string, passes: number): Promise<void> {
  const maps = new Map<string, TraceMap | null>();
  const runs: Traced[] = [];
  const all: KeystrokeTime[] = [];
  for (let pass = 0; pass < passes; pass++) {
    const { page } = await openApp(context, url);
    // The first key loads the index (not in the keystroke p50 bench:app reports).
    await page.evaluate(inPageType, { text: SEARCH_TYPED.slice(0, 1), timeoutMs: 30_000 });
    const cdp = await newCdp(context, page);
    const { profile, events, result: times } = await traced(cdp, () => page.evaluate(inPageType, { text: SEARCH_TYPED, from: 1, timeoutMs: 10_000 }));
    if (!times) throw new Error('a keystroke was not drawn within 10 s');
    log(`pass ${pass + 1}: ${times.map((k) => `${k.query}=${k.ms.toFixed(0)}`).join(' ')}`);
    all.push(...times);
    runs.push({ profile, events, windows: keystrokeWindows(events, times) });
    writeFileSync(join(DIR, `search-${pass + 1}.cpuprofile`), JSON.stringify(profile));
    if (pass === passes - 1) await page.screenshot({ path: join(DIR, 'search.png') });
    await page.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`\nsearch keystrokes (${all.length}, "${SEARCH_TYPED}" after its first key, list ${args['below-fold'] ? 'below the fold' : 'in sight'}): p50 ${median(all.map((k) => k.ms)).toFixed(1)} ms under the profiler`);
  console.log('  within the keystrokes as bench:app times them (keystroke to results drawn)');
  printParts(runs, maps, appDir, all.length, 30);
  console.log('  everything traced');
  printParts(runs.map((r) => ({ ...r, windows: null })), maps, appDir, all.length);
  // Keystroke by keystroke (a query's answer may need shards fetched, or find the same events as the last).
  console.log('  each keystroke, ms sampled within it (median over passes): all, then its three largest parts');
  const keys = all.length / runs.length;
  for (let k = 0; k < keys; k++) {
    const per = runs.map((r) => [...jsParts(r.profile, maps, appDir, [r.windows![k]!])]);
    const totals = per.map((parts) => parts.reduce((sum, [, ms]) => sum + ms, 0));
    const parts = summed(runs.map((r) => ({ ...r, windows: [r.windows![k]!] })), (r) => jsParts(r.profile, maps, appDir, r.windows));
    const top = parts.slice(0, 3).map(([part, ms]) => `${part} ${(ms / runs.length).toFixed(1)}`).join(', ');
    console.log(`    ${SEARCH_TYPED.slice(0, k + 2).padEnd(SEARCH_TYPED.length)}  ${median(totals).toFixed(1).padStart(6)}  ${top}`);
    const functions = summed(runs.map((r) => ({ ...r, windows: [r.windows![k]!] })), (r) => topFunctions(r.profile, maps, appDir, r.windows, Infinity));
    console.log(`      ${functions.slice(0, 5).map(([name, ms]) => `${name.split('  ')[0]} ${(ms / runs.length).toFixed(1)}`).join(', ')}`);
  }
}

/** The first view's phases, as trace-clock windows: before the summary arrived, then parse, indexes and render. */
const FIRST_VIEW_PHASES = ['until the summary arrived (app start, fetch)', 'parse and check (response end → indexes start)', 'indexes', 'render (indexes end → drawn)'] as const;

/** --first-view: a fresh page per pass, traced from navigation to the first view drawn. */
async function firstViewPasses(context: BrowserContext, url: string, appDir: string, passes: number): Promise<void> {
  const maps = new Map<string, TraceMap | null>();
  const byPhase: Traced[][] = FIRST_VIEW_PHASES.map(() => []);
  const figures: number[][] = [];
  for (let pass = 0; pass < passes; pass++) {
    const page = await context.newPage();
    page.on('pageerror', (e) => log(`page error: ${e.message}`));
    const cdp = await newCdp(context, page);
    const { profile, events, result: view } = await traced(cdp, async () => {
      await page.goto(url);
      return page.evaluate(inPageFirstView, 60_000);
    });
    // performance.now() → trace clock, by a mark both know.
    const mark = (name: string) => events.find((e) => e.cat.includes('user_timing') && e.name === name && e.ph !== 'e');
    const offsets = await page.evaluate(() => {
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      const data = performance.getEntriesByType('resource').find((e) => /data\/app\/summary\.json/.test(e.name)) as PerformanceResourceTiming;
      return { start: at('atlas:indexes-start'), responseEnd: data.responseEnd, requestStart: data.requestStart, responseStart: data.responseStart, fetchStart: data.fetchStart };
    });
    const start = mark('atlas:indexes-start')!.ts;
    const toTrace = (ms: number) => start + (ms - offsets.start) * 1000;
    const cuts = [profile.startTime, toTrace(offsets.responseEnd), start, mark('atlas:indexes-end')!.ts, mark('atlas:drawn')!.ts];
    FIRST_VIEW_PHASES.forEach((_, k) => byPhase[k]!.push({ profile, events, windows: [[cuts[k]!, cuts[k + 1]!]] }));
    figures.push([view.ms, view.parseMs, view.indexMs, view.renderMs, offsets.fetchStart, offsets.responseStart, offsets.responseEnd, (cuts[4]! - cuts[0]!) / 1000]);
    log(`pass ${pass + 1}: first view ${view.ms.toFixed(0)} ms (parse ${view.parseMs.toFixed(0)}, indexes ${view.indexMs.toFixed(0)}, render ${view.renderMs.toFixed(0)}); summary fetch ${offsets.fetchStart.toFixed(0)} → first byte ${offsets.responseStart.toFixed(0)} → last ${offsets.responseEnd.toFixed(0)} ms after navigation; ${view.markers} markers, ${view.rows} rows`);
    writeFileSync(join(DIR, `first-view-${pass + 1}.cpuprofile`), JSON.stringify(profile));
    writeFileSync(join(DIR, `first-view-${pass + 1}.trace.json`), JSON.stringify({ traceEvents: events }));
    if (pass === passes - 1) await page.screenshot({ path: join(DIR, 'first-view.png') });
    await page.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const col = (k: number) => median(figures.map((f) => f[k]!)).toFixed(0);
  console.log(`\nfirst view (${passes} passes, medians, under the profiler): ${col(0)} ms from the summary's last byte (parse ${col(1)}, indexes ${col(2)}, render ${col(3)}); summary fetched at ${col(4)}, first byte ${col(5)}, last byte ${col(6)} ms after navigation; navigation → drawn about ${col(7)} ms`);
  FIRST_VIEW_PHASES.forEach((title, k) => {
    console.log(`  ${title}`);
    printParts(byPhase[k]!, maps, appDir, passes, Number(args.top));
  });
}

async function main() {
  const appDir = await prepare();
  const server = await startPreview(appDir);
  const browser = await chromium.launch({ executablePath: assertChromium(), args: ['--no-sandbox', '--disable-gpu', '--no-first-run'], headless: true });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', timezoneId: 'UTC' });
    await context.route((u) => !u.href.startsWith(server.url), (route) => route.abort('blockedbyclient'));
    // tsx (esbuild keepNames) wraps named functions in __name(), which the page lacks.
    await context.addInitScript('window.__name = (f) => f');
    const passes = Number(args.passes);
    if (args.search) return await searchPasses(context, server.url, appDir, passes);
    if (args['first-view']) return await firstViewPasses(context, server.url, appDir, passes);
    const { page, filterSteps, scrubSteps } = await openApp(context, server.url);
    const cdp = await newCdp(context, page);
    const maps = new Map<string, TraceMap | null>();
    for (const [kind, steps] of [['filter', filterSteps], ['scrub', scrubSteps]] as const) {
      await page.evaluate(inPageStep, { search: '?', timeoutMs: 10_000 });
      const all = Array.from({ length: passes }, () => steps).flat();
      const { profile, events, result: times } = await traced(cdp, async () => {
        const out: StepTime[] = [];
        for (const search of all) {
          const t = await page.evaluate(inPageStep, { search, timeoutMs: 10_000 });
          if (t) out.push(t);
        }
        return out;
      });
      const n = times.length;
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      console.log(`\n${kind} steps (${n}, list ${args['below-fold'] ? 'below the fold' : 'in sight'}): work p50 ${median(times.map((t) => t.work)).toFixed(1)} ms (commit ${median(times.map((t) => t.commit)).toFixed(1)}) under the profiler`);
      const windows = stepWindows(events);
      for (const [title, w] of [[`within the steps as bench:app counts them (${windows.length / 2} steps found)`, windows], ['everything traced (the map\'s animation frames after a step and idle work included)', null]] as const) {
        console.log(`  ${title}`);
        printParts([{ profile, events, windows: w }], maps, appDir, n, w ? Number(args.top) : 0);
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
