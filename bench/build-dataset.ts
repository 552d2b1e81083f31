// npm run bench:build — the build step end to end on generated releases (bench/gen).
// Writes 100, 1,000 and 10,000 releases (seed 1) under bench/out/, runs the real CLI on each as a
// child process (read, extract, geocode, validate, write), times the 10,000 three times and
// scores every build with the eval scorer; each of the three timed builds (one worker per core) is
// paired with one in a single thread (--workers 1), for the speed-up of the workers; then, three
// times, a cold build with an empty cache and a rebuild after appending a sentence to one release.
// Prints `name: value unit` lines (medians) and exits 1 when 10,000 releases build at fewer than
// TARGET_PER_S a second, the workers give less than TARGET_SPEEDUP, a rebuild takes more than
// REBUILD_TARGET of a cold build, or accuracy at 10,000 is below accuracy at 100.
// Options (for `npm run bench -- --baseline REF`): --root DIR builds with the CLI of the checkout in
// DIR (its code, its node_modules) on the same generated releases; --short measures only one build
// of 10,000 and one cold build and rebuild, each once.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusFiles } from './gen/corpus-files.ts';
import { generateCorpus, type GeneratedRelease } from './gen/generate-corpus.ts';
import { buildVenuePool } from './gen/venue-pool.ts';
import type { Dataset } from '../src/schema/dataset.ts';
import { Annotations } from '../src/pipeline/eval/annotation.ts';
import { FIELDS, scoreRelease } from '../src/pipeline/eval/score.ts';
import { summarize } from '../src/pipeline/eval/summarize.ts';
import { readGazetteer, readGazetteerAsBuilt, readGeoNamesRows } from '../src/pipeline/gazetteer/load-gazetteer.ts';

const SIZES = [100, 1_000, 10_000] as const;
const LARGEST = 10_000;
/** Releases a second at 10,000, cold, every worker's gazetteer load counted. */
const TARGET_PER_S = 1500;
/** A build on every core against one in a single thread, measured in the same run. */
const TARGET_SPEEDUP = 1.7;
/** A rebuild after one release changed, as a share of the cold build (both with the cache on). */
const REBUILD_TARGET = 0.15;
const SEED = 1;
const OUT = resolve('bench/out');
// Plain JavaScript: the timed build runs with plain node when its checkout bundles the build step.
const CHILD_USAGE = resolve('bench/child-usage.js');

const { values: args } = parseArgs({ options: { root: { type: 'string', default: '.' }, short: { type: 'boolean', default: false } } });
/** The checkout whose CLI is measured: this one, or a baseline's worktree. */
const ROOT = resolve(args.root);
const RUNS = args.short ? 1 : 3;

interface BuildRun {
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  dataset: Dataset;
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function writeCorpus(dir: string, releases: readonly GeneratedRelease[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'releases'), { recursive: true });
  for (const [path, content] of corpusFiles(releases)) writeFileSync(join(dir, path), content);
}

/**
 * How ROOT's `npm run data` starts its build step: the bundle its own scripts/bundle-pipeline.ts makes
 * (bundled once here, before any build is timed), or, in a checkout from before the bundle, the
 * sources through tsx.
 */
function pipelineCli(): readonly string[] {
  if (!existsSync(join(ROOT, 'scripts/bundle-pipeline.ts'))) return ['--import', 'tsx', 'src/pipeline/cli.ts'];
  const bundled = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bundle-pipeline.ts', ROOT], { cwd: ROOT, encoding: 'utf8' });
  if (bundled.status !== 0) throw new Error(`bundling the build step of ${ROOT} exited with ${bundled.status}: ${bundled.stderr}`);
  return ['.cache/pipeline/cli.js'];
}
const CLI = pipelineCli();

/** One build by the real CLI in its own process, timed from spawn to exit; `cache` keeps results between builds. */
function build(dir: string, cache: string | null = null, extra: readonly string[] = []): BuildRun {
  const out = join(dir, 'dataset.json');
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    // As `npm run data` runs it (package.json): --no-regexp-tier-up and --max-semi-space-size, see the README's build step.
    ['--no-regexp-tier-up', '--max-semi-space-size=32', '--import', CHILD_USAGE, ...CLI, '--seeds', join(dir, 'releases'), '--out', out, ...(cache ? ['--cache', cache] : ['--no-cache']), ...extra],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '0' }, maxBuffer: 256 * 1024 * 1024 },
  );
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`the build of ${dir} exited with ${child.status}: ${child.stderr}`);
  const usage = /max_rss_kb=(\d+) cpu_ms=(\d+)/.exec(child.stderr);
  const dataset = JSON.parse(readFileSync(out, 'utf8')) as Dataset;
  return { seconds, cpuSeconds: Number(usage?.[2] ?? NaN) / 1000, peakRssMb: Number(usage?.[1] ?? NaN) / 1024, dataset };
}

/** The lowest per-field accuracy of the eval scorer over the corpus in `dir`. */
function minFieldAccuracy(dir: string, dataset: Dataset): { min: number; worst: string } {
  const annotations = Annotations.parse(JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')));
  // A release that tells of an event another release told first (the generator's retellings) is
  // scored against that event, as the eval does.
  const byFile = new Map(dataset.events.flatMap((e) => [[e.source.file, e] as const, ...(e.reports ?? []).map((r) => [r.file, e] as const)]));
  const summary = summarize(annotations.map((a) => scoreRelease(a, byFile.get(a.file) ?? null)));
  const worst = FIELDS.reduce((w, f) => (summary.accuracy[f] < summary.accuracy[w] ? f : w), FIELDS[0]);
  return { min: summary.accuracy[worst], worst };
}

// What a build thread pays for its gazetteer (the index file kept beside the package), and what
// making that index from the package's rows costs (once after an install, or when its code changes).
function gazetteerLoadMs(read: () => unknown = readGazetteerAsBuilt): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    (globalThis as { gc?: () => void }).gc?.();
    const started = performance.now();
    read();
    times.push(performance.now() - started);
  }
  return median(times);
}

function main(): number {
  const benchStarted = performance.now();
  const releases = generateCorpus(LARGEST, SEED, buildVenuePool(readGeoNamesRows()));
  const sizes = args.short ? [LARGEST] : SIZES;
  for (const n of sizes) writeCorpus(join(OUT, `n${n}`), releases.slice(0, n));

  const accuracy = new Map<number, { min: number; worst: string }>();
  const runs: BuildRun[] = [];
  // One thread, then every core, in turn: a slow spell of this shared machine falls on both.
  const oneThread: number[] = [];
  for (const n of sizes) {
    const dir = join(OUT, `n${n}`);
    if (n === LARGEST && !args.short) oneThread.push(build(dir, null, ['--workers', '1']).seconds);
    const first = build(dir);
    if (n === LARGEST) {
      runs.push(first);
      for (let run = 1; run < RUNS; run++) {
        if (!args.short) oneThread.push(build(dir, null, ['--workers', '1']).seconds);
        runs.push(build(dir));
      }
    }
    accuracy.set(n, minFieldAccuracy(dir, first.dataset));
  }

  // Incremental: a cold build with an empty cache, then a rebuild after one release was edited, three times.
  const dir = join(OUT, `n${LARGEST}`);
  const colds: number[] = [];
  const rebuilds: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const cache = join(OUT, 'cache');
    rmSync(cache, { recursive: true, force: true });
    colds.push(build(dir, cache).seconds);
    const names = readdirSync(join(dir, 'releases')).sort();
    appendFileSync(join(dir, 'releases', names[(run * 997) % names.length]!), `\nThe organisers thanked the participants (edit ${run}).\n`);
    rebuilds.push(build(dir, cache).seconds);
  }
  const coldS = median(colds);
  const rebuildS = median(rebuilds);

  const totalS = median(runs.map((r) => r.seconds));
  console.log(`build.releases_per_s: ${Math.round(LARGEST / totalS)}`);
  console.log(`build.ms_per_release: ${((1000 * totalS) / LARGEST).toFixed(3)} ms`);
  console.log(`build.10k_total_s: ${totalS.toFixed(1)} s`);
  const speedup = oneThread.length ? median(oneThread) / totalS : null;
  if (speedup !== null) {
    console.log(`build.10k_one_worker_s: ${median(oneThread).toFixed(1)} s`);
    console.log(`build.workers_speedup: ${speedup.toFixed(2)}`);
  }
  console.log(`build.10k_cpu_s: ${median(runs.map((r) => r.cpuSeconds)).toFixed(1)} s`);
  console.log(`build.peak_rss_mb: ${Math.round(Math.max(...runs.map((r) => r.peakRssMb)))} MB`);
  // The harness's own gazetteer loader, not ROOT's: left out when measuring another checkout.
  if (!args.short) {
    console.log(`build.gazetteer_load_ms: ${Math.round(gazetteerLoadMs())} ms`);
    console.log(`build.gazetteer_index_from_rows_ms: ${Math.round(gazetteerLoadMs(readGazetteer))} ms`);
  }
  for (const n of sizes) console.log(`extract.field_accuracy_min_n${n}: ${accuracy.get(n)!.min.toFixed(4)}`);
  console.log(`build.10k_cold_cached_s: ${coldS.toFixed(1)} s`);
  console.log(`build.10k_rebuild_one_changed_s: ${rebuildS.toFixed(2)} s`);
  console.log(`build.rebuild_ratio: ${(rebuildS / coldS).toFixed(3)}`);
  console.error(`cold (s): ${colds.map((s) => s.toFixed(1)).join(', ')}; rebuild after one edit (s): ${rebuilds.map((s) => s.toFixed(2)).join(', ')}`);
  console.error(`runs (s): ${runs.map((r) => r.seconds.toFixed(1)).join(', ')}; in one thread: ${oneThread.map((s) => s.toFixed(1)).join(', ')}; bench took ${((performance.now() - benchStarted) / 1000).toFixed(0)} s`);

  let failed = false;
  if (LARGEST / totalS < TARGET_PER_S) {
    console.error(`FAIL: ${LARGEST} releases took ${totalS.toFixed(1)} s (median of ${RUNS}), ${Math.round(LARGEST / totalS)} a second; the target is ${TARGET_PER_S}`);
    failed = true;
  }
  if (speedup !== null && speedup < TARGET_SPEEDUP) {
    console.error(`FAIL: the workers build ${speedup.toFixed(2)}× as fast as one thread; the target is ${TARGET_SPEEDUP}×`);
    failed = true;
  }
  if (rebuildS > coldS * REBUILD_TARGET) {
    console.error(`FAIL: a rebuild after one edit took ${rebuildS.toFixed(2)} s, ${((100 * rebuildS) / coldS).toFixed(0)} % of the cold build; the target is ${REBUILD_TARGET * 100} %`);
    failed = true;
  }
  const [small, large] = [accuracy.get(sizes[0])!, accuracy.get(LARGEST)!];
  if (large.min < small.min) {
    console.error(`FAIL: accuracy falls with N: lowest field '${large.worst}' ${large.min.toFixed(4)} at ${LARGEST} < ${small.min.toFixed(4)} at ${sizes[0]}`);
    failed = true;
  }
  return failed ? 1 : 0;
}

process.exitCode = main();
