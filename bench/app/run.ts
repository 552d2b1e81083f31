// npm run bench:app — the app with a 100,000-event dataset in headless Chromium, beside the naive
// build (one react-leaflet <Marker> per placed venue, Array.filter per change) and the peer a user
// would pick instead (the same events through react-leaflet-cluster, Leaflet.markercluster, with
// Array.filter per change), each measured the same way.
// Ends with `name: value unit` lines; exits 1 after printing if a target is missed.
// Options: --events N (default 100000), --naive-events N (default 10000), --skip-build.
// For `npm run bench -- --baseline REF`: --root DIR measures the app of the checkout in DIR (built
// there by its own Vite config, its app files written by its own writer, from the same generated
// dataset), --work DIR keeps that build and those files apart, --app-only leaves out the naive page
// and the markercluster peer.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { assertChromium } from '../../tests/e2e/support/chromium-path.ts';
import { startPreview } from '../../tests/e2e/support/preview-server.ts';
import { makeDataset } from './make-dataset.ts';
import { heapMb, STEP_COUNTRIES } from './page-measures.ts';
import { inPageFirstView, inPagePlay, inPageStep, inPageType, type KeystrokeTime, type PlayResult, type StepTime } from './in-page.ts';

const OUT = resolve('bench/out/app');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const STEPS = 30;
/** Measured passes over the steps: a median of 30 steps moved by ±3 ms from run to run. */
const PASSES = 3;
const IN_SIGHT_PASSES = 2;
// Typed into the search box key by key after the other steps: a misspelt country, as issue 17 has it.
const SEARCH_TYPED = 'Kazakstan';

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '100000' },
    'naive-events': { type: 'string' },
    'skip-build': { type: 'boolean', default: false },
    root: { type: 'string', default: '.' },
    work: { type: 'string' },
    'app-only': { type: 'boolean', default: false },
  },
});
/** The checkout whose app is measured (this one, or a baseline's worktree), and where its build and files go. */
const ROOT = resolve(args.root);
const WORK = args.work === undefined ? OUT : resolve(args.work);
// ROOT's own schema and writer of the app's files: another commit may write them otherwise.
const fromRoot = <T>(file: string): Promise<T> => import(pathToFileURL(join(ROOT, file)).href) as Promise<T>;
const { APP_FILES_DIR, SEARCH_FILE } = await fromRoot<typeof import('../../src/schema/app-files.ts')>('src/schema/app-files.ts');
const { Dataset } = await fromRoot<typeof import('../../src/schema/dataset.ts')>('src/schema/dataset.ts');
const { encodeAppFiles } = await fromRoot<typeof import('../../src/pipeline/app-files/encode-app-files.ts')>('src/pipeline/app-files/encode-app-files.ts');
const { writeAppFiles } = await fromRoot<typeof import('../../src/pipeline/app-files/write-app-files.ts')>('src/pipeline/app-files/write-app-files.ts');
const { peerEvents } = await import('./cluster-peer/peer-event.ts');
const N = Number(args.events);
// At 100,000 events the naive page does not draw its first view within a minute, so by default it
// runs at 10,000 (its lines say so): ratios against it understate our gain.
const NAIVE_N = Number(args['naive-events'] ?? Math.min(N, 10_000));

const log = (s: string) => console.error(`[bench:app] ${s}`);
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};

function datasetFile(n: number): string {
  const file = join(OUT, `dataset-${n}.json`);
  if (!existsSync(file)) {
    const started = Date.now();
    writeFileSync(file, JSON.stringify(makeDataset(n)));
    log(`generated ${n} events in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return file;
}

/** Builds the app of `root` (by default this checkout), or a bench page by its config, into outDir. */
function viteBuild(outDir: string, config?: string, root = '.'): void {
  const started = Date.now();
  const configArgs = config ? ['--config', config] : [];
  const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', ...configArgs, '--outDir', resolve(outDir), '--emptyOutDir', '--logLevel', 'warn'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}${r.stderr}`);
  log(`built ${outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** A hash of the code that writes the app's files: files written by an older writer are written again. */
function writerVersion(): string {
  const hash = createHash('sha256');
  const files = ['src/schema/app-files.ts', 'src/schema/search-terms.ts', 'src/schema/posting-codec.ts', 'src/schema/int-list-codec.ts', ...readdirSync(join(ROOT, 'src/pipeline/app-files')).map((f) => `src/pipeline/app-files/${f}`)];
  for (const file of files.sort()) hash.update(file).update(existsSync(join(ROOT, file)) ? readFileSync(join(ROOT, file)) : '');
  return hash.digest('hex').slice(0, 8);
}

/** The app's files (summary, chunks, search index) for a dataset, written once per writer version by the build step's own writer. */
function appFilesDir(n: number, dataset: string): string {
  const name = `data-${n}-${writerVersion()}`;
  const dataDir = join(WORK, name);
  for (const old of readdirSync(WORK)) if (old.startsWith(`data-${n}`) && old !== name) rmSync(join(OUT, old), { recursive: true, force: true });
  const dir = join(dataDir, APP_FILES_DIR);
  if (!existsSync(join(dir, 'summary.json'))) {
    const started = Date.now();
    writeAppFiles(dataDir, encodeAppFiles(Dataset.parse(JSON.parse(readFileSync(dataset, 'utf8')))));
    log(`wrote the app files for ${n} events in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return dir;
}

/** The events as the markercluster peer loads them (a plain JSON list), written once. */
function peerFile(n: number, dataset: string): string {
  const file = join(OUT, `peer-${n}.json`);
  if (!existsSync(file)) writeFileSync(file, JSON.stringify(peerEvents(Dataset.parse(JSON.parse(readFileSync(dataset, 'utf8'))))));
  return file;
}

/** Hard-links the dataset (what the naive page reads) and, when given, the app files into a built app. */
function serveDataset(dir: string, dataset: string, appFiles?: string): void {
  const data = join(dir, 'data');
  rmSync(data, { recursive: true, force: true });
  mkdirSync(data, { recursive: true });
  linkSync(dataset, join(data, 'dataset.json'));
  if (!appFiles) return;
  mkdirSync(join(data, APP_FILES_DIR));
  for (const file of readdirSync(appFiles)) linkSync(join(appFiles, file), join(data, APP_FILES_DIR, file));
}

/** Gzipped size of what index.html loads before anything else: its module script, modulepreloads and CSS. */
function initialBundle(dir: string): { js: number; css: number } {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!);
  const size = (files: string[]) => files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f.replace(/^\.?\//, '')))).length, 0);
  const js = [...refs(/<script[^>]+src="([^"]+)"/g), ...refs(/<link rel="modulepreload"[^>]+href="([^"]+)"/g)];
  const css = refs(/<link rel="stylesheet"[^>]+href="([^"]+)"/g);
  return { js: size(js) / 1024, css: size(css) / 1024 };
}

interface Result {
  firstView: number | null;
  firstViewParts: { parse: number; index: number; render: number } | null;
  filter: StepTime[];
  scrub: StepTime[];
  /** The same steps with the event list scrolled into sight (it starts below the fold at 1440×900). */
  inSight: { filter: StepTime[]; scrub: StepTime[] } | null;
  /** Steps that hit their time limit. */
  timedOut: number;
  play: PlayResult | null;
  heapLoadMb: number;
  heapAfterMb: number;
  /** Typing a search, key by key, from a cold start (the first keystroke loads the index). */
  search: KeystrokeTime[] | null;
}

const withLimit = <T>(p: Promise<T>, ms: number): Promise<T | null> =>
  Promise.race([p, new Promise<null>((r) => setTimeout(() => r(null), ms))]);

async function measure(browser: Browser, url: string, limits: { firstView: number; step: number; steps: number; listInSight: boolean; search?: boolean }, shot: string): Promise<Result> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', timezoneId: 'UTC' });
  // Nothing leaves the machine: anything not served by the preview server is refused.
  await context.route((u) => !u.href.startsWith(url), (route) => route.abort('blockedbyclient'));
  // tsx (esbuild keepNames) wraps named functions in __name(), which the page lacks.
  await context.addInitScript('window.__name = (f) => f');
  const page = await context.newPage();
  page.on('pageerror', (e) => log(`page error: ${e.message}`));
  const result: Result = { firstView: null, firstViewParts: null, filter: [], scrub: [], inSight: null, timedOut: 0, play: null, heapLoadMb: NaN, heapAfterMb: NaN, search: null };
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const first = await withLimit(page.evaluate(inPageFirstView, limits.firstView), limits.firstView + 5000);
    if (!first) return result;
    result.firstView = first.ms;
    result.firstViewParts = { parse: first.parseMs, index: first.indexMs, render: first.renderMs };
    log(`${url}: first view ${first.ms.toFixed(0)} ms (parse+index+render), ${first.markers} marker elements, ${first.rows} list rows`);
    result.heapLoadMb = await heapMb(page);
    // So a person can see what was measured (clusters, counts and legend at this scale).
    // Best effort: the naive page with thousands of DOM markers can outlast any screenshot.
    await page.screenshot({ path: shot, timeout: 10_000 }).catch((e: Error) => log(`no screenshot ${shot}: ${e.message.split('\n')[0]}`));
    const run = async (search: string, into: StepTime[]) => {
      const ms = await withLimit(page.evaluate(inPageStep, { search, timeoutMs: limits.step }), limits.step + 5000);
      if (ms === null) result.timedOut++;
      else into.push(ms);
      return ms !== null;
    };
    const filterSteps = STEP_COUNTRIES.slice(0, limits.steps).map((code) => `?country=${code}`);
    const scrubSteps = Array.from({ length: limits.steps }, (_, i) => {
      const from = new Date(Date.UTC(2001, i, 1)).toISOString().slice(0, 10);
      const to = new Date(Date.UTC(2005, i, 0)).toISOString().slice(0, 10);
      return `?from=${from}&to=${to}`;
    });
    // Steady state, as a person working with the app meets it: the basemap loaded, and one
    // unmeasured pass over the same steps so the JIT has compiled the code paths they take.
    await page.waitForLoadState('networkidle');
    const warmUp: StepTime[] = [];
    for (const search of [...filterSteps, '?', ...scrubSteps, '?']) if (!(await run(search, warmUp))) return result;
    const passes = async (n: number, into: { filter: StepTime[]; scrub: StepTime[] }) => {
      for (let pass = 0; pass < n; pass++) {
        for (const search of filterSteps) if (!(await run(search, into.filter))) return false;
        await run('?', []);
        for (const search of scrubSteps) if (!(await run(search, into.scrub))) return false;
        await run('?', []);
      }
      return true;
    };
    if (!(await passes(PASSES, result))) return result;
    const steps = (xs: StepTime[]) => xs.map((x) => `${x.work.toFixed(0)}/${x.latency.toFixed(0)}`).join(' ');
    log(`filter steps (work/latency ms, in order): ${steps(result.filter)}`);
    log(`scrub steps (work/latency ms, in order): ${steps(result.scrub)}`);
    if (limits.listInSight) {
      // Below the fold the list's rows follow a change once the page is idle; in sight they are
      // part of the change's frame, so that case is measured too, with the list scrolled to.
      await page.getByRole('list', { name: 'Events' }).evaluate((list) => list.scrollIntoView({ block: 'start' }));
      result.inSight = { filter: [], scrub: [] };
      if (!(await passes(IN_SIGHT_PASSES, result.inSight))) return result;
      log(`filter steps, list in sight: ${steps(result.inSight.filter)}`);
    }
    result.play = await withLimit(page.evaluate(inPagePlay, 4000), 20_000);
    if (limits.search) {
      // The index is still unloaded: nothing so far searched. Then the box is emptied again.
      result.search = await withLimit(page.evaluate(inPageType, { text: SEARCH_TYPED, timeoutMs: limits.step }), limits.step * SEARCH_TYPED.length);
      log(`search keystrokes (ms): ${result.search?.map((k) => `${k.query}=${k.ms.toFixed(0)}`).join(' ') ?? 'timed out'}`);
    }
    result.heapAfterMb = await heapMb(page);
    return result;
  } finally {
    await context.close().catch(() => undefined);
  }
}

function report(app: Result, naive: Result, naiveN: number, peer: Result, limits: { firstView: number; step: number }) {
  const lines: string[] = [];
  const misses: string[] = [];
  const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
  const line = (name: string, value: string, unit = '') => lines.push(`${name}: ${value}${unit ? ` ${unit}` : ''}`);
  const target = (name: string, value: number | null, ok: (v: number) => boolean, what: string) => {
    if (value === null || !ok(value)) misses.push(`${name} ${value === null ? 'not measured' : fmt(value)} (target ${what})`);
  };
  const p = (xs: number[], q: number) => (xs.length ? quantile(xs, q) : null);
  // Work (the target) and wall-clock latency of each kind of step, at the 50th and 95th percentile.
  type Steps = { filter: StepTime[]; scrub: StepTime[] };
  const workFigures = <T,>(r: Steps, f: (xs: number[], q: number) => T) => ({
    filter_p50_ms: f(r.filter.map((x) => x.work), 0.5),
    filter_p95_ms: f(r.filter.map((x) => x.work), 0.95),
    scrub_p50_ms: f(r.scrub.map((x) => x.work), 0.5),
    scrub_p95_ms: f(r.scrub.map((x) => x.work), 0.95),
  });
  const stepFigures = <T,>(r: Steps, f: (xs: number[], q: number) => T) => ({
    ...workFigures(r, f),
    filter_latency_p50_ms: f(r.filter.map((x) => x.latency), 0.5),
    filter_latency_p95_ms: f(r.filter.map((x) => x.latency), 0.95),
    scrub_latency_p50_ms: f(r.scrub.map((x) => x.latency), 0.5),
    scrub_latency_p95_ms: f(r.scrub.map((x) => x.latency), 0.95),
  });
  const appFigures = { first_view_ms: app.firstView, ...stepFigures(app, p) };
  // A naive step that hit its limit is reported as the limit, as a lower bound (">").
  const naiveStepsCut = naive.timedOut > 0;
  const naiveFigure = (xs: number[], q: number) => {
    if (naive.firstView === null) return null;
    if (naiveStepsCut && xs.length < STEPS * PASSES) return { value: limits.step, bound: true };
    const v = p(xs, q);
    return v === null ? null : { value: v, bound: false };
  };
  const naiveFigures: Record<keyof typeof appFigures, { value: number; bound: boolean } | null> = {
    first_view_ms: naive.firstView === null ? { value: limits.firstView, bound: true } : { value: naive.firstView, bound: false },
    ...stepFigures(naive, naiveFigure),
  };
  for (const [key, value] of Object.entries(appFigures)) line(`app.${key}`, value === null ? 'n/a' : fmt(value), 'ms');
  if (app.firstViewParts) {
    line('app.first_view_parse_ms', fmt(app.firstViewParts.parse), 'ms');
    line('app.first_view_index_ms', fmt(app.firstViewParts.index), 'ms');
    line('app.first_view_render_ms', fmt(app.firstViewParts.render), 'ms');
  }
  // The same figures with the list in sight: filter_list_in_sight_p50_ms and so on.
  const inSightFigures = Object.fromEntries(
    Object.entries(workFigures(app.inSight ?? { filter: [], scrub: [] }, p)).map(([key, value]) => [key.replace('_p', '_list_in_sight_p'), value]),
  );
  for (const [key, value] of Object.entries(inSightFigures)) line(`app.${key}`, value === null ? 'n/a' : fmt(value), 'ms');
  line('app.play_fps', app.play ? fmt(app.play.drawnPerSecond) : 'n/a', 'fps');
  line('app.play_frames_per_s', app.play ? fmt(app.play.framesPerSecond) : 'n/a', 'fps');
  line('app.js_heap_mb', fmt(app.heapLoadMb), 'MB');
  line('app.js_heap_after_interactions_mb', fmt(app.heapAfterMb), 'MB');
  line('app.naive_events', String(naiveN));
  for (const [key, fig] of Object.entries(naiveFigures)) line(`app.naive_${key}`, fig === null ? 'n/a' : `${fig.bound ? '>' : ''}${fmt(fig.value)}`, 'ms');
  line('app.naive_play_fps', naive.play ? fmt(naive.play.drawnPerSecond) : 'n/a (not reached)', 'fps');
  line('app.naive_js_heap_mb', Number.isNaN(naive.heapLoadMb) ? 'n/a' : fmt(naive.heapLoadMb), 'MB');
  for (const key of Object.keys(appFigures) as (keyof typeof appFigures)[]) {
    const ours = appFigures[key];
    const theirs = naiveFigures[key];
    if (ours === null || theirs === null) continue;
    // Against a lower bound for naive, the true ratio is at most this.
    line(`app.${key.replace(/_ms$/, '')}_ratio_vs_naive`, `${theirs.bound ? '<' : ''}${(ours / theirs.value).toPrecision(2)}`);
  }
  if (app.play && naive.play && naive.play.drawnPerSecond > 0) line('app.play_fps_ratio_vs_naive', (app.play.drawnPerSecond / naive.play.drawnPerSecond).toPrecision(2));
  // The peer runs on the same events as the app. A step that hit its limit makes its figure a
  // lower bound, and our ratio to it an upper bound.
  const peerCut = peer.firstView === null || peer.timedOut > 0;
  const peerFigure = (xs: number[], q: number) => (peerCut && xs.length < STEPS * PASSES ? { value: limits.step, bound: true } : xs.length ? { value: quantile(xs, q), bound: false } : null);
  const peerFigures = { first_view_ms: peer.firstView === null ? { value: limits.firstView, bound: true } : { value: peer.firstView, bound: false }, ...stepFigures(peer, peerFigure) };
  for (const [key, fig] of Object.entries(peerFigures)) line(`app.markercluster_${key}`, fig === null ? 'n/a' : `${fig.bound ? '>' : ''}${fmt(fig.value)}`, 'ms');
  for (const key of ['first_view_ms', 'filter_p50_ms', 'filter_p95_ms', 'scrub_p50_ms', 'scrub_p95_ms'] as const) {
    const ours = appFigures[key];
    const theirs = peerFigures[key];
    if (ours === null || theirs === null) continue;
    line(`app.${key.replace(/_ms$/, '')}_ratio_vs_markercluster`, `${theirs.bound ? '<' : ''}${(ours / theirs.value).toPrecision(2)}`);
  }
  target('app.first_view_ms', appFigures.first_view_ms, (v) => v <= 2000, '≤ 2000');
  // Every step's work, list below the fold or in sight: p50 within a frame, p95 within 50 ms.
  for (const [key, value] of Object.entries({ ...workFigures(app, p), ...inSightFigures })) {
    const limit = key.includes('p50') ? 16 : 50;
    target(`app.${key}`, value, (v) => v <= limit, `≤ ${limit}`);
  }
  target('app.play_fps', app.play?.drawnPerSecond ?? null, (v) => v >= 30, '≥ 30');
  // The first keystroke loads the search index (fetch, check, MiniSearch's tree) and answers.
  const first = app.search?.[0]?.ms ?? null;
  const rest = (app.search ?? []).slice(1).map((k) => k.ms);
  line('app.search_first_keystroke_ms', first === null ? 'n/a' : fmt(first), 'ms');
  line('app.search_keystroke_p50_ms', rest.length ? fmt(quantile(rest, 0.5)) : 'n/a', 'ms');
  line('app.search_keystroke_max_ms', rest.length ? fmt(Math.max(...rest)) : 'n/a', 'ms');
  target('app.search_first_keystroke_ms', first, (v) => v < 100, '< 100');
  target('app.search_keystroke_max_ms', rest.length ? Math.max(...rest) : null, (v) => v < 100, '< 100');
  return { lines, misses };
}

async function main() {
  const started = Date.now();
  const appOnly = args['app-only'];
  mkdirSync(OUT, { recursive: true });
  mkdirSync(WORK, { recursive: true });
  mkdirSync('screenshots', { recursive: true });
  const appDir = join(WORK, 'app');
  const naiveDir = join(OUT, 'naive');
  const peerDir = join(OUT, 'cluster-peer');
  const built = (dir: string) => existsSync(join(dir, 'index.html'));
  if (!args['skip-build'] || !built(appDir) || (!appOnly && (!built(naiveDir) || !built(peerDir)))) {
    viteBuild(appDir, undefined, ROOT);
    if (!appOnly) {
      viteBuild(naiveDir, 'bench/app/naive/vite.config.ts');
      viteBuild(peerDir, 'bench/app/cluster-peer/vite.config.ts');
    }
  }
  const bundle = initialBundle(appDir);
  serveDataset(appDir, datasetFile(N), appFilesDir(N, datasetFile(N)));
  if (!appOnly) {
    serveDataset(naiveDir, datasetFile(NAIVE_N));
    mkdirSync(join(peerDir, 'data'), { recursive: true });
    rmSync(join(peerDir, 'data', 'peer.json'), { force: true });
    linkSync(peerFile(N, datasetFile(N)), join(peerDir, 'data', 'peer.json'));
  }
  const appServer = await startPreview(appDir);
  const naiveServer = appOnly ? null : await startPreview(naiveDir);
  const peerServer = appOnly ? null : await startPreview(peerDir);
  const browser = await chromium.launch({ executablePath: assertChromium(), args: CHROMIUM_ARGS, headless: true });
  const limits = { firstView: 60_000, step: 10_000 };
  const unmeasured: Result = { firstView: null, firstViewParts: null, filter: [], scrub: [], inSight: null, timedOut: 0, play: null, heapLoadMb: NaN, heapAfterMb: NaN, search: null };
  try {
    log(`measuring the app with ${N} events${ROOT === resolve('.') ? '' : ` (the checkout in ${ROOT})`}`);
    const app = await measure(browser, appServer.url, { ...limits, steps: STEPS, listInSight: true, search: true }, `screenshots/bench-app-${N}.png`);
    let naive = unmeasured;
    let peer = unmeasured;
    if (naiveServer && peerServer) {
      log(`measuring the naive build with ${NAIVE_N} events (limits: first view ${limits.firstView} ms, each step ${limits.step} ms)`);
      naive = await measure(browser, naiveServer.url, { ...limits, steps: STEPS, listInSight: false }, `screenshots/bench-naive-${NAIVE_N}.png`);
      log(`measuring the markercluster peer with ${N} events`);
      peer = await measure(browser, peerServer.url, { ...limits, steps: STEPS, listInSight: false }, `screenshots/bench-markercluster-${N}.png`);
    }
    const reported = report(app, naive, NAIVE_N, peer, limits);
    const misses = reported.misses;
    // Without the naive page and the peer, their figures and the ratios to them are left out.
    const lines = appOnly ? reported.lines.filter((l) => !/naive|markercluster/.test(l.split(':')[0]!)) : reported.lines;
    lines.push(`bundle.initial_js_gzip_kb: ${bundle.js.toFixed(1)} kB`, `bundle.initial_css_gzip_kb: ${bundle.css.toFixed(1)} kB`);
    // The vocabulary a first search loads, and the shards of postings a query loads as it needs them.
    const appFiles = appFilesDir(N, datasetFile(N));
    const vocabulary = readFileSync(join(appFiles, SEARCH_FILE.slice(APP_FILES_DIR.length + 1)));
    const shards = readdirSync(appFiles).filter((f) => /^search-\d+\.json$/.test(f)).map((f) => readFileSync(join(appFiles, f)).length);
    lines.push(`app.search_vocabulary_kb: ${(vocabulary.length / 1024).toFixed(0)} kB (${(gzipSync(vocabulary).length / 1024).toFixed(0)} kB gzipped)`);
    lines.push(`app.search_shards: ${shards.length} files, ${(shards.reduce((a, b) => a + b, 0) / 1024).toFixed(0)} kB in all, the largest ${(Math.max(0, ...shards) / 1024).toFixed(0)} kB`);
    if (bundle.js > 200) misses.push(`bundle.initial_js_gzip_kb ${bundle.js.toFixed(1)} (target ≤ 200)`);
    lines.push(`app.bench_seconds: ${((Date.now() - started) / 1000).toFixed(0)}`);
    console.log(lines.join('\n'));
    if (misses.length) {
      console.error(`targets missed:\n- ${misses.join('\n- ')}`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await appServer.stop();
    await naiveServer?.stop();
    await peerServer?.stop();
  }
}

await main();
