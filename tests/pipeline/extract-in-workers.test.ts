import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusFiles } from '../../bench/gen/corpus-files.ts';
import { generateCorpus } from '../../bench/gen/generate-corpus.ts';
import { buildVenuePool } from '../../bench/gen/venue-pool.ts';
import { MIN_JOBS_FOR_WORKERS } from '../../src/pipeline/extract-in-workers.ts';
import { readGeoNamesRows } from '../../src/pipeline/gazetteer/load-gazetteer.ts';
import { parseCliArgs } from '../../src/pipeline/parse-cli-args.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Enough releases that the build starts its workers. */
const COUNT = MIN_JOBS_FOR_WORKERS + 40;

function runCli(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/pipeline/cli.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' },
    timeout: 240_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under `dir`, by path relative to it, as bytes. */
function filesUnder(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)));
  }
  return files;
}

describe('cli --workers: extraction in worker threads', () => {
  let seeds: string;
  let work: string;
  let oneThread: Map<string, Buffer>;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'atlas-workers-'));
    seeds = join(work, 'seeds');
    mkdirSync(seeds);
    for (const [path, content] of corpusFiles(generateCorpus(COUNT, 7, buildVenuePool(readGeoNamesRows())))) {
      if (path.startsWith('releases/')) writeFileSync(join(seeds, path.slice('releases/'.length)), content);
    }
    // A release repeated (rejected as a copy of the first) and one rejected when read: decided in the main thread.
    const [first] = readdirSync(seeds).sort();
    writeFileSync(join(seeds, 'zz-copy.txt'), `${readFileSync(join(seeds, first!), 'utf8')}\n`);
    writeFileSync(join(seeds, 'zz-empty.txt'), '');
    const run = runCli(['--seeds', seeds, '--out', join(work, 'one', 'dataset.json'), '--no-cache', '--workers', '1']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toMatch(/worker threads/);
    oneThread = filesUnder(join(work, 'one'));
  }, 240_000);

  it('writes the same bytes with two workers as with one', () => {
    const run = runCli(['--seeds', seeds, '--out', join(work, 'two', 'dataset.json'), '--no-cache', '--workers', '2']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^· extracted in 2 worker threads$/m);
    expect(run.stdout).toMatch(new RegExp(`^${COUNT} events, 2 rejected → `, 'm'));
    const twoThreads = filesUnder(join(work, 'two'));
    expect([...twoThreads.keys()].sort()).toEqual([...oneThread.keys()].sort());
    for (const [path, bytes] of oneThread) expect(twoThreads.get(path)!.equals(bytes), path).toBe(true);
  }, 240_000);

  it('keeps the cache working: workers fill it, and a second build takes every result from it without starting any', () => {
    const cache = join(work, 'cache');
    const cold = runCli(['--seeds', seeds, '--out', join(work, 'cached', 'dataset.json'), '--cache', cache, '--workers', '2']);
    expect(cold.code, cold.stderr).toBe(0);
    expect(cold.stdout).toMatch(/^· extracted in 2 worker threads$/m);
    expect(cold.stdout).toMatch(new RegExp(`^· ${COUNT} extracted, 0 from the cache; gazetteer loaded`, 'm'));
    const again = runCli(['--seeds', seeds, '--out', join(work, 'cached', 'dataset.json'), '--cache', cache, '--workers', '2']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`^· 0 extracted, ${COUNT} from the cache; gazetteer not loaded$`, 'm'));
    expect(again.stdout).not.toMatch(/worker threads/);
    const cached = filesUnder(join(work, 'cached'));
    for (const [path, bytes] of oneThread) expect(cached.get(path)!.equals(bytes), path).toBe(true);
  }, 480_000);
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
