import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusFiles } from '../../bench/gen/corpus-files.ts';
import { generateCorpus } from '../../bench/gen/generate-corpus.ts';
import { buildVenuePool } from '../../bench/gen/venue-pool.ts';
import { readGeoNamesRows } from '../../src/pipeline/gazetteer/load-gazetteer.ts';
import { extractInWorkers, startWorkers, stopWorkers, threadsFor } from '../../src/pipeline/extract-in-workers.ts';
import { parseCliArgs } from '../../src/pipeline/parse-cli-args.ts';
import { dataCli } from '../support/run-data-cli.ts';

/**
 * Ten batches of 16 (extract-in-workers.ts): each of the two workers takes two at once and comes
 * back for more two or three times, so replies arrive interleaved and results out of order, which
 * the byte comparison with one thread checks are put back in order. More releases only repeat that.
 */
const COUNT = 160;

/** The data CLI in this process; its worker threads are real ones, started as the CLI starts them. */
function runCli(args: string[]) {
  return dataCli(args, '1700000000');
}

/** Every file under `dir`, by path relative to it, as bytes. */
function filesUnder(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)));
  }
  return files;
}

/** The build's last line without where it wrote and how long it took: "240 events (…), 1 rejected". */
function summaryOf(stdout: string): string {
  return stdout.match(/^(\d+ events?\b.* rejected) → /m)?.[1] ?? '';
}

describe('cli --workers: extraction in worker threads', () => {
  let seeds: string;
  let work: string;
  let oneThread: Map<string, Buffer>;
  let summary: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'atlas-workers-'));
    seeds = join(work, 'seeds');
    mkdirSync(seeds);
    for (const [path, content] of corpusFiles(generateCorpus(COUNT, 7, buildVenuePool(readGeoNamesRows())))) {
      if (path.startsWith('releases/')) writeFileSync(join(seeds, path.slice('releases/'.length)), content);
    }
    // A release repeated (a report of the first's event) and one rejected when read: decided in the main thread.
    const [first] = readdirSync(seeds).sort();
    writeFileSync(join(seeds, 'zz-copy.txt'), `${readFileSync(join(seeds, first!), 'utf8')}\n`);
    writeFileSync(join(seeds, 'zz-empty.txt'), '');
    // One thread, with a cache of its own: the reference for both the build without the cache and the
    // cached one below (a cold cached build writes what a build without the cache writes:
    // tests/pipeline/archive/incremental-build.test.ts), so every release is extracted in one thread once.
    const run = runCli(['--seeds', seeds, '--out', join(work, 'one', 'dataset.json'), '--cache', join(work, 'cache-one'), '--workers', '1']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toMatch(/extracted in \d+ threads/);
    oneThread = filesUnder(join(work, 'one'));
    summary = summaryOf(run.stdout);
    // The copy joins the first release's event; the empty file is the one rejection.
    expect(summary).toMatch(/^\d+ events \(\d+ more releases? joined to them\), 1 rejected$/);
  });

  it('writes the same bytes with two workers as with one', () => {
    const run = runCli(['--seeds', seeds, '--out', join(work, 'two', 'dataset.json'), '--no-cache', '--workers', '2']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^· extracted in 2 threads \(this one and 1 worker\)$/m);
    expect(summaryOf(run.stdout)).toBe(summary);
    const twoThreads = filesUnder(join(work, 'two'));
    expect([...twoThreads.keys()].sort()).toEqual([...oneThread.keys()].sort());
    for (const [path, bytes] of oneThread) expect(twoThreads.get(path)!.equals(bytes), path).toBe(true);
  });

  it('keeps the cache working: workers fill it, and a second build takes every result from it without starting any', () => {
    const cache = join(work, 'cache');
    const cold = runCli(['--seeds', seeds, '--out', join(work, 'cached', 'dataset.json'), '--cache', cache, '--workers', '2']);
    expect(cold.code, cold.stderr).toBe(0);
    expect(cold.stdout).toMatch(/^· extracted in 2 threads \(this one and 1 worker\)$/m);
    const extracted = cold.stdout.match(/^· (\d+) extracted, 0 from the cache; gazetteer loaded/m)?.[1];
    // Every release that was read: the generated ones and the copy.
    expect(Number(extracted)).toBe(COUNT + 1);
    const again = runCli(['--seeds', seeds, '--out', join(work, 'cached', 'dataset.json'), '--cache', cache, '--workers', '2']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`^· 0 extracted, ${extracted} from the cache; gazetteer not loaded$`, 'm'));
    expect(again.stdout).not.toMatch(/extracted in \d+ threads/);
    // Against the one-thread build, made with a cache of its own.
    const cached = filesUnder(join(work, 'cached'));
    expect([...cached.keys()].sort()).toEqual([...oneThread.keys()].sort());
    for (const [path, bytes] of oneThread) expect(cached.get(path)!.equals(bytes), path).toBe(true);
  });
});

describe('workers started before the jobs are known', () => {
  it('are needed only for enough jobs: two threads from 17 (two batches of 16), none under minJobs', () => {
    expect(threadsFor(16, 2, 0)).toBe(0);
    expect(threadsFor(17, 2, 0)).toBe(2);
    expect(threadsFor(17, 4, 0)).toBe(2);
    expect(threadsFor(1999, 2, 2000)).toBe(0);
  });

  it('are stopped, not used, when there turns out to be nothing to extract', () => {
    const started = startWorkers(1, { places: new Map(), cache: false, preload: false });
    const ahead = extractInWorkers([], { workers: 2, places: new Map(), minJobs: 0, started });
    expect(ahead.workers).toBe(0);
    expect(ahead.results.size).toBe(0);
    expect(started.done).toBe(true);
    // Stopping them again does nothing.
    stopWorkers(started);
  });
});

describe('--workers N', () => {
  it('takes a whole number from 1, and defaults to one per core (null)', () => {
    const workers = (argv: string[]) => {
      const parsed = parseCliArgs(argv);
      return parsed.ok ? parsed.args.workers : parsed.error;
    };
    expect(workers([])).toBeNull();
    expect(workers(['--workers', '1'])).toBe(1);
    expect(workers(['--workers=3'])).toBe(3);
    for (const bad of ['0', '-1', '1.5', 'two', '01']) expect(workers(['--workers', bad])).toMatch(/--workers takes a whole number/);
    expect(workers(['--workers'])).toMatch(/--workers needs a value/);
  });
});
