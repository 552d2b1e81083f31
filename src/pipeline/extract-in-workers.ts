// Both cores in the build: the releases a build must extract, extracted ahead in worker threads
// (node:worker_threads), each release on its own (extraction reads only its text, its metadata and
// the gazetteer). Everything decided across releases stays in the main thread: the build takes
// these results where it would have extracted, in input order (see BuildOptions.extractAhead),
// so its output is the same bytes as a one-thread build's whatever order the workers finish in.
//
// Synchronous, as the build is: the main thread sends batches over MessagePorts and sleeps on a
// shared counter (Atomics.wait) that a worker bumps after each reply, then reads the replies with
// receiveMessageOnPort.
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { AtlasEvent } from '../schema/dataset.ts';
import type { EventRow } from './app-files/event-row.ts';
import type { JsonAround } from './output/event-json-around.ts';
import type { ExtractResult } from './extract/extract-event.ts';
import type { Place } from './gazetteer/place.ts';
import type { ReportPrint } from './reports/report-print.ts';

/**
 * One release, as build-dataset.ts would extract it (extractFresh) and check its event
 * (buildEvent): the text is the source's.
 */
export interface ExtractJob {
  id: string;
  source: AtlasEvent['source'];
  readerWarnings: readonly string[];
  metadata: { publishedDate: string | null; publishedFrom: string | null; imageUrl: string | null };
  /** Its key in the extraction cache; null when built without a cache. */
  cacheKey: string | null;
}

/**
 * A result extracted ahead: a rejection, or an event that failed the schema check (the main thread
 * checks it again, to say why), as extracted; or an event that passed, only as its JSON and what
 * the steps after extraction take of it.
 */
export type AheadResult = { result: ExtractResult } | CheckedAhead;

/**
 * An event that passed the schema check where it was extracted, as its JSON (with its text): a
 * string crosses to the main thread as one copy, where the event as objects cost a structured clone
 * each way (about a second of each thread at 10,000 releases) and the main thread's garbage
 * collector a graph to trace for each of them. The main thread parses it only when asked (the few
 * events that are joined as reports of one event, or corrected by hand). The extracted result the
 * check was made from is left out too: what the main thread would take from it, the cache line, comes as text.
 */
export interface CheckedAhead {
  /** The checked event's id and dates, which order it. */
  order: { id: string; startDate: string | null; publishedDate: string | null };
  /** The checked event's organisers: the writer gives each its merged body's id (see jsonAround). */
  organizers: AtlasEvent['organizers'];
  /**
   * The checked event's JSON around its organisers' array, as UTF-8 (see event-json-around.ts): a
   * worker transfers its buffer. Null in the rare event that cannot be split.
   */
  jsonAround: JsonAround | null;
  /** JSON.stringify of the checked event, when jsonAround is null (else it is jsonWith(jsonAround, its organisers' JSON)). */
  json: string | null;
  /** JSON.stringify({ ok: true, event }) of the extracted event, as the cache keeps it; null in a build without a cache. */
  resultJson: string | null;
  /**
   * reportPrint(checked): what finding the reports of one event compares, made where the event was
   * (one per release, so the main thread does not make 10,000 of them alone after the workers).
   */
  print: ReportPrint;
  /**
   * ownTerms(checked) joined by line breaks (no term holds one): its own words for the search index,
   * made here for the same reason, as one string to copy to the main thread and keep there until the
   * index is written, not a hundred (a million strings over 10,000 releases, for the collector to trace).
   */
  terms: string;
  /** eventRow(checked) and formatEventLine(checked), for the app's summary and the build's report: made here for the same reason. */
  row: EventRow;
  line: string;
}

/** What a worker is started with (see extract-worker.ts). */
export interface WorkerInput {
  port: MessagePort;
  /** Bumped by a worker after each reply; the main thread waits on it. */
  signal: Int32Array;
  /** The gazetteer's answers the cache remembers, as MemoGazetteer takes them. */
  places: [string, Place | null][];
  /** Whether the build keeps a cache: then new gazetteer answers and each result's cache line are sent back. */
  cache: boolean;
  /**
   * Load the gazetteer at once, while the main thread still reads the seeds: for a worker started
   * before its jobs are known in a build that extracts every release (nothing cached), whose first
   * release would load it anyway.
   */
  preload: boolean;
}
export type Sent = Omit<ExtractJob, 'cacheKey'>;
export type BatchRequest = { batch: [number, Sent][] } | 'stop';
export interface BatchReply {
  /** By job index; a job that threw has none. */
  results: [number, AheadResult][];
  /** The gazetteer's answers this worker found since its last reply. */
  places: [string, Place | null][];
  gazetteerLoaded: boolean;
}
/** A worker that could not start (its module failed to load). */
interface FatalReply {
  fatal: string;
}

export interface AheadExtraction {
  results: Map<number, AheadResult>;
  /** New gazetteer answers from every worker, by name, sorted: for the cache file. */
  places: [string, Place | null][];
  /** Workers started (0: too few releases to be worth starting one; they are extracted in process). */
  workers: number;
  /** Threads that extracted: the workers, and this one when it took batches too (AheadOptions.here). */
  threads: number;
  /** Workers that loaded the gazetteer. */
  gazetteerLoads: number;
  /** Why some jobs were left to the main thread (a worker that failed to start, or stalled). */
  problem: string | null;
}

/** Releases per message: small enough to share the tail evenly, large enough that messages are few. */
const BATCH = 16;
/**
 * Unless told how many workers to start, fewer releases to extract than this are extracted in
 * process: each worker costs about 2 s of CPU to start (the extractor's modules through tsx, and
 * the gazetteer), which two workers win back only over about 2,000 releases. A rebuild after an
 * edit, or a small archive, starts none.
 */
export const MIN_JOBS_BY_DEFAULT = 2000;
/** No reply for this long: the workers are given up and what is left is extracted in process. */
const STALL_MS = 300_000;

export interface AheadOptions {
  /** Threads to extract in, this one included when `here` is given. */
  workers: number;
  places: ReadonlyMap<string, Place | null>;
  minJobs: number;
  cache?: boolean;
  /**
   * Extracts one job in this thread, as a worker would (extractAheadJob with this thread's
   * gazetteer): then this thread is one of the `workers` and takes batches between its workers'
   * replies instead of sleeping on them. One worker fewer to start (its modules, its gazetteer, its
   * compiler warming up: each about a second of CPU), and this thread's batches start at once,
   * while the workers are still loading their modules.
   */
  here?: (job: Sent) => AheadResult | undefined;
  /** Workers started before the jobs were known (startWorkers): taken instead of starting others, and stopped if not needed. */
  started?: StartedWorkers;
}

/**
 * How many threads extract `jobs` jobs when told `workers` and `minJobs`: at least 2, else 0 (the
 * build extracts in process). The one rule for extractInWorkers and for startWorkers' callers.
 */
export function threadsFor(jobs: number, workers: number, minJobs: number): number {
  const threads = Math.min(workers, Math.ceil(jobs / BATCH));
  return threads < 2 || jobs < minJobs ? 0 : threads;
}

/** A worker started, and what the main thread knows of it. */
interface Running {
  worker: Worker;
  port: MessagePort;
  /** Batches sent and not answered, oldest first (a worker answers in order). */
  pending: [number, Sent][][];
  loaded: boolean;
  alive: boolean;
}

/**
 * Workers started before their jobs are known (startWorkers), for extractInWorkers to take: each
 * loads its modules (about a second of CPU) while this thread is still reading the seeds.
 */
export interface StartedWorkers {
  running: Running[];
  signal: Int32Array;
  /** Why none could be started. */
  problem: string | null;
  /** Taken by extractInWorkers, or stopped: never used twice. */
  done: boolean;
}

export interface StartOptions {
  places: ReadonlyMap<string, Place | null>;
  cache: boolean;
  /** Load the gazetteer before the first batch comes (see WorkerInput.preload). */
  preload: boolean;
}

/**
 * Starts `count` workers now, for extractInWorkers (AheadOptions.started). Whoever starts them
 * stops them with stopWorkers when the build ends before extractInWorkers took them.
 */
export function startWorkers(count: number, options: StartOptions, signal: Int32Array = new Int32Array(new SharedArrayBuffer(4))): StartedWorkers {
  const started: StartedWorkers = { running: [], signal, problem: null, done: false };
  let boot: string;
  try {
    boot = workerBoot();
  } catch (error) {
    return { ...started, problem: `no worker threads: ${messageOf(error)}` };
  }
  const places = [...options.places];
  for (let w = 0; w < count; w++) {
    const { port1, port2 } = new MessageChannel();
    const input: WorkerInput = { port: port2, signal, places, cache: options.cache, preload: options.preload };
    const worker = new Worker(boot, { eval: true, workerData: input, transferList: [port2] });
    // Never kept alive by a worker: they stop when told, and an error is seen as a fatal reply.
    worker.unref();
    worker.on('error', () => undefined);
    started.running.push({ worker, port: port1, pending: [], loaded: false, alive: true });
  }
  return started;
}

/** Stops workers extractInWorkers did not take (or those it took beyond its need); nothing when already done. */
export function stopWorkers(started: StartedWorkers): void {
  if (started.done) return;
  started.done = true;
  stopRunning(started.running);
}

function stopRunning(running: readonly Running[]): void {
  for (const r of running) {
    if (r.alive) r.port.postMessage('stop' satisfies BatchRequest);
    else void r.worker.terminate();
    r.port.close();
  }
}

/** Extracts `jobs` in up to `workers` threads; results by job index. Never throws. */
export function extractInWorkers(jobs: readonly ExtractJob[], options: AheadOptions): AheadExtraction {
  const results = new Map<number, AheadResult>();
  const none: AheadExtraction = { results, places: [], workers: 0, threads: 0, gazetteerLoads: 0, problem: null };
  const threads = threadsFor(jobs.length, options.workers, options.minJobs);
  // Workers taken or stopped already are not used again: others are started.
  const early = options.started?.done === false ? options.started : undefined;
  if (threads === 0) {
    if (early !== undefined) stopWorkers(early);
    return none;
  }
  const { here } = options;
  const count = here === undefined ? threads : threads - 1;
  // The workers started early, as many as are needed (the others stopped), and more if they are too few.
  const started = early ?? startWorkers(count, { places: options.places, cache: options.cache ?? true, preload: false });
  started.done = true;
  if (started.problem !== null) return { ...none, problem: started.problem };
  const running = started.running.slice(0, count);
  stopRunning(started.running.slice(count));
  const { signal } = started;
  if (running.length < count) running.push(...startWorkers(count - running.length, { places: options.places, cache: options.cache ?? true, preload: false }, signal).running);

  const queue: [number, Sent][][] = [];
  for (let i = 0; i < jobs.length; i += BATCH) {
    queue.push(jobs.slice(i, i + BATCH).map((job, k) => [i + k, { id: job.id, source: job.source, readerWarnings: job.readerWarnings, metadata: job.metadata }]));
  }
  const send = (r: Running) => {
    const batch = queue.shift();
    if (batch === undefined) return;
    r.pending.push(batch);
    r.port.postMessage({ batch } satisfies BatchRequest);
  };
  // Two batches each, so a worker has the next at hand while its reply is read.
  for (const r of running) {
    send(r);
    send(r);
  }
  const found = new Map<string, Place | null>();
  let problem: string | null = null;
  const outstanding = () => running.reduce((n, r) => n + (r.alive ? r.pending.length : 0), 0);
  /** The batch this thread is extracting (see AheadOptions.here). */
  let mine: [number, Sent][] = [];
  for (;;) {
    const seen = Atomics.load(signal, 0);
    let replied = false;
    for (const r of running) {
      if (!r.alive) continue;
      for (let m = receiveMessageOnPort(r.port); m !== undefined; m = r.alive ? receiveMessageOnPort(r.port) : undefined) {
        replied = true;
        const reply = m.message as BatchReply | FatalReply;
        if ('fatal' in reply) {
          problem = `a worker failed to start: ${reply.fatal}`;
          r.alive = false;
          // Its batches go to the others; if none is left, to the main thread.
          queue.unshift(...r.pending);
          r.pending = [];
          break;
        }
        r.pending.shift();
        for (const [index, result] of reply.results) results.set(index, result);
        for (const [key, place] of reply.places) found.set(key, place);
        r.loaded ||= reply.gazetteerLoaded;
        send(r);
      }
    }
    // This thread's share, one job between looks at the workers' replies (a batch of its own took
    // long enough to leave a worker idle with both its batches done): from the end of the queue,
    // so the workers keep taking theirs from the front.
    if (here !== undefined && mine.length === 0) mine = queue.pop() ?? [];
    const job = mine.shift();
    if (job !== undefined) {
      const result = here!(job[1]);
      if (result !== undefined) results.set(job[0], result);
      continue;
    }
    if (outstanding() === 0 || !running.some((r) => r.alive)) break;
    if (!replied && Atomics.wait(signal, 0, seen, STALL_MS) === 'timed-out') {
      problem = `no reply from the workers for ${STALL_MS / 1000} s`;
      break;
    }
  }
  stopRunning(running);
  if (problem !== null) for (const r of running) void r.worker.terminate();
  const sortedPlaces = [...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { results, places: sortedPlaces, workers: count, threads, gazetteerLoads: running.filter((r) => r.loaded).length, problem };
}

/**
 * The code a worker starts with: extract-worker.ts, through tsx's loader when this runs as
 * TypeScript (a worker thread does not inherit the main thread's --import hooks), and a reply
 * that says why if it fails to load.
 */
function workerBoot(): string {
  const worker = new URL(`./extract-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url).href;
  const tsx = import.meta.url.endsWith('.ts') ? import.meta.resolve('tsx/esm/api') : null;
  const load = tsx === null ? `import(${JSON.stringify(worker)})` : `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(worker)}); })`;
  return `const { workerData } = require('node:worker_threads');
${load}.catch((error) => {
  workerData.port.postMessage({ fatal: String((error && error.stack) || error) });
  Atomics.add(workerData.signal, 0, 1);
  Atomics.notify(workerData.signal, 0);
});`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
