// npm run data [-- --seeds DIR --out FILE --strict --no-cache --workers N]: the releases in seeds/ (.txt, .md,
// saved pages, feeds) and seeds/corrections.yaml → public/data/dataset.json, and beside it the files
// the app loads (public/data/app/). Extraction results are cached in .cache/event-atlas/.
// The build step's only impure file besides the gazetteer loader and writeDataset: it reads the
// folder, prints one line per seed, writes, and chooses the exit code (0 written, 1 --strict with
// rejections or a failed write, 2 usage error or unreadable seeds folder). What it prints and the
// environment it reads are passed in (DataCliIo), so tests run it in their own process; cli.ts is
// the shell that wires it to the process.
import { closeSync, constants, existsSync, fstatSync, openSync, readdirSync, readFileSync, readSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { buildArchive, type SeedFile } from './build-dataset.ts';
import { loadPreviousBuild, saveWrittenBuild, type WrittenBuild } from './cache/written-build.ts';
import { MemoGazetteer, MemoryExtractCache } from './cache/extract-cache.ts';
import { cacheFileFor, extractorVersion, loadCacheFile, outputVersion, saveCacheFile, stateFileFor, StoredResults, type CacheContents } from './cache/cache-file.ts';
import { readCorrections } from './corrections/read-corrections.ts';
import { resolveCorrectionPlaces } from './corrections/resolve-places.ts';
import { formatIgnoredLine, formatSeedLines, formatSummary } from './format-build-report.ts';
import { loadGazetteer } from './gazetteer/load-gazetteer.ts';
import { parseCliArgs, USAGE } from './parse-cli-args.ts';
import { MAX_SEED_BYTES } from './formats/read-seed.ts';
import { isSeedFileName } from './seed-id.ts';
import { extractInWorkers, MIN_JOBS_BY_DEFAULT, startWorkers, stopWorkers, threadsFor, type AheadExtraction, type ExtractJob, type Sent } from './extract-in-workers.ts';
import { extractAheadJob } from './extract-release.ts';
import { deriveEvents, writeBuild } from './write-build.ts';

/** In the seeds folder: fixes a person made by hand (see src/schema/corrections.ts). */
const CORRECTIONS_FILE = 'corrections.yaml';

/** What the command prints to, and the one environment variable it reads. */
export interface DataCliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** SOURCE_DATE_EPOCH (reproducible-builds.org): the build time to stamp, when set. */
  sourceDateEpoch: string | undefined;
}

/** Runs `npm run data` with `argv` (after the script name); returns the exit code. */
export function runDataCli(argv: readonly string[], io: DataCliIo): number {
  const print = (line: string) => io.stdout(`${line}\n`);
  const fail = (code: number, message: string) => {
    io.stderr(`${message}\n`);
    return code;
  };
  const started = performance.now();
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) return fail(2, `${parsed.error}\n${USAGE}`);
  const { seedsDir, outFile, strict, help, cacheDir, workers } = parsed.args;
  if (help) {
    print(USAGE);
    return 0;
  }
  const now = buildTime(io.sourceDateEpoch);
  if (now === null) return fail(2, `SOURCE_DATE_EPOCH must be whole seconds since 1970, got '${io.sourceDateEpoch}'`);

  let names: string[];
  try {
    names = readdirSync(seedsDir).sort();
  } catch (error) {
    return fail(2, `cannot read the seeds folder '${seedsDir}': ${messageOf(error)}`);
  }
  const correctionsFile = join(seedsDir, CORRECTIONS_FILE);
  const corrections = existsSync(correctionsFile) ? readCorrections(readFileSync(correctionsFile, 'utf8'), CORRECTIONS_FILE) : { ok: true as const, corrections: [] };
  // A malformed corrections file fails the build: applying half of it would silently lose fixes.
  if (!corrections.ok) return fail(1, `${corrections.message}\nnothing was written; fix ${correctionsFile} and build again`);

  const seeds = names.filter(isSeedFileName);
  const version = extractorVersion();
  const cacheFile = cacheDir === null ? null : cacheFileFor(cacheDir, seedsDir);
  const stored: CacheContents = cacheFile === null ? { results: new StoredResults(), places: new Map() } : loadCacheFile(cacheFile, version);
  const store = new MemoryExtractCache(stored.results);
  const gazetteer = new MemoGazetteer(loadGazetteer, stored.places);
  // Places named in corrections.yaml, resolved before anything is built: an unknown name fails the
  // build with its line (a typo by hand must be loud). Answers are cached like extraction's.
  const resolved = resolveCorrectionPlaces(corrections.corrections, () => gazetteer, CORRECTIONS_FILE);
  if (!resolved.ok) return fail(1, `${resolved.message}\nnothing was written; fix ${correctionsFile} and build again`);
  // What the previous build of this dataset file wrote, when it is still there as written: kept where nothing changed.
  const stateFile = cacheDir === null ? null : stateFileFor(cacheDir, seedsDir, outFile);
  const output = stateFile === null ? '' : outputVersion(version);
  const previous = stateFile === null ? null : loadPreviousBuild(stateFile, output, resolve(outFile));
  // Releases the cache does not hold are extracted ahead in worker threads: as many as --workers says,
  // else one per core when there are enough of them to be worth it (see MIN_JOBS_BY_DEFAULT).
  const threads = workers ?? availableParallelism();
  const minJobs = workers === null ? MIN_JOBS_BY_DEFAULT : 0;
  const keep = cacheFile !== null;
  // With nothing cached every release is extracted: the workers are started now, each to load its
  // modules and the gazetteer while this thread reads the seeds (a second or two at 10,000), not after.
  const planned = threads > 1 && stored.results.size === 0 ? threadsFor(seeds.length, threads, minJobs) : 0;
  const early = planned > 0 ? startWorkers(planned - 1, { places: stored.places, cache: keep, preload: true }) : undefined;
  // Read one file at a time: thousands of seeds never hold more than one descriptor open.
  const files = seeds.map((name) => readSeedFile(seedsDir, name));
  // --no-cache: nothing is kept, so nothing is serialised for keeping.
  const cache = cacheFile === null ? {} : { cache: { store, version } };
  const known = previous === null ? {} : { known: previous };
  let ahead: AheadExtraction | null = null;
  const extractAhead = (jobs: readonly ExtractJob[]) => {
    const uncached = jobs.flatMap((job, index) => (job.cacheKey !== null && stored.results.has(job.cacheKey) ? [] : [{ job, index }]));
    // This thread extracts too, between its workers' replies, with its own gazetteer (whose new answers go to the cache file as they do in a one-thread build).
    const here = (job: Sent) => extractAheadJob(job, gazetteer, keep);
    ahead = extractInWorkers(uncached.map((u) => u.job), { workers: threads, places: stored.places, minJobs, cache: keep, here, ...(early ? { started: early } : {}) });
    // The workers' new gazetteer answers go into this build's memo, and so into the cache file.
    for (const [key, place] of ahead.places) if (!gazetteer.added.has(key)) gazetteer.added.set(key, place);
    return new Map([...ahead.results].map(([i, result]) => [uncached[i]!.index, result]));
  };
  const inWorkers = threads > 1 ? { extractAhead } : {};
  let dataset: ReturnType<typeof buildArchive>;
  try {
    dataset = buildArchive(files, { gazetteer, now, ...cache, ...known, ...inWorkers, corrections: resolved.corrections, reportRules: corrections.rules ?? [] });
  } finally {
    // Workers started early that the build did not take (it threw before extracting): stopped, not left waiting.
    if (early !== undefined) stopWorkers(early);
  }
  const workersUsed = ahead as AheadExtraction | null;
  if (workersUsed?.problem) print(`! ${workersUsed.problem}; the rest was extracted in the main thread`);
  const derived = deriveEvents(dataset, previous);

  const ignored = formatIgnoredLine(names.filter((n) => !isSeedFileName(n) && n !== CORRECTIONS_FILE));
  const eventLines = dataset.events.map((e, i) => ({ file: e.file, line: derived.lines[i]! }));
  const report = [...formatSeedLines(eventLines, dataset.rejected), ...(ignored ? [ignored] : []), ...(dataset.warnings ?? []).map((w) => `! ${w}`)];
  // One write for 10,000 lines, not one each.
  if (report.length > 0) print(report.join('\n'));
  if (cacheFile !== null) {
    const loads = (gazetteer.loaded ? 1 : 0) + (workersUsed?.gazetteerLoads ?? 0);
    print(`· ${store.extracted} extracted, ${store.hits} from the cache; gazetteer ${loads > 0 ? `loaded${loads > 1 ? ` ${loads} times` : ''}` : 'not loaded'}`);
    keepCache(cacheFile, version, stored, store, gazetteer, print);
  }
  let state: ReturnType<typeof writeBuild>;
  try {
    // dataset.json, and beside it the app's files: a compact summary, full records in chunks, and search text.
    state = writeBuild(outFile, dataset, derived, previous);
  } catch (error) {
    // What the state says was written may no longer be so: the next build derives everything again.
    if (stateFile !== null) forget(stateFile);
    return fail(1, `could not write ${outFile}: ${messageOf(error)}`);
  }
  if (stateFile !== null && state !== null) keepState(stateFile, { version: output, out: resolve(outFile), ...state }, print);
  if (workersUsed !== null && workersUsed.workers > 0) print(`· extracted in ${workersUsed.threads} threads (this one and ${workersUsed.workers} worker${workersUsed.workers === 1 ? '' : 's'})`);
  const joined = derived.rows.reduce((n, row) => n + (row.reportIds?.length ?? 0), 0);
  print(formatSummary(dataset, outFile, performance.now() - started, joined));
  return strict && dataset.rejected.length > 0 ? fail(1, `--strict: exit 1 because ${dataset.rejected.length} of ${seeds.length} seeds were rejected`) : 0;
}

/** Appends (or compacts) the extraction cache; a failure costs the next build its extractions, not this one. */
function keepCache(file: string, version: string, stored: CacheContents, store: MemoryExtractCache, gazetteer: MemoGazetteer, print: (line: string) => void): void {
  try {
    const all = { results: stored.results, used: store.used, places: stored.places };
    saveCacheFile(file, version, all, { results: store.added, places: gazetteer.added }, store.stale, stored.results.size === 0 && stored.places.size === 0);
  } catch (error) {
    print(`! could not write the cache ${file}: ${messageOf(error)} (the next build extracts everything again)`);
  }
}

/** Saves what this build wrote for the next one; a failure costs the next build its reuse, not this one. */
function keepState(file: string, state: WrittenBuild, print: (line: string) => void): void {
  try {
    saveWrittenBuild(file, state);
  } catch (error) {
    forget(file);
    print(`! could not write ${file}: ${messageOf(error)} (the next build writes every file again)`);
  }
}

function forget(stateFile: string): void {
  try {
    rmSync(stateFile, { force: true });
  } catch {
    // A state that cannot be removed is still checked against the files it describes before it is used.
  }
}

/** Reads at most MAX_SEED_BYTES + 1 bytes, so a huge file is rejected for its size without being loaded. */
function readSeedFile(dir: string, name: string): SeedFile {
  let fd: number | undefined;
  try {
    // Opened first and asked what it is through the descriptor: one stat fewer for each of 10,000
    // seeds. Non-blocking, so a FIFO named x.txt is opened (and then refused) without waiting for a writer.
    fd = openSync(join(dir, name), constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { name, error: 'not a regular file' };
    const size = stat.size;
    // Unfilled bytes are cut off below, so the buffer need not be zeroed first.
    const bytes = Buffer.allocUnsafe(Math.min(size, MAX_SEED_BYTES + 1));
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return { name, bytes: bytes.subarray(0, read), size: Math.max(size, read) };
  } catch (error) {
    // Where a folder cannot be opened for reading (not on Linux), it is still not a regular file.
    return { name, error: (error as NodeJS.ErrnoException).code === 'EISDIR' ? 'not a regular file' : messageOf(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** SOURCE_DATE_EPOCH (reproducible-builds.org) when set, else the current time; null when malformed. */
function buildTime(epoch: string | undefined): Date | null {
  if (epoch === undefined || epoch === '') return new Date();
  return /^\d+$/.test(epoch) && Number(epoch) * 1000 <= 8.64e15 ? new Date(Number(epoch) * 1000) : null;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
