import { Event, SCHEMA_VERSION, type AtlasEvent, type Dataset, type Rejected } from '../schema/dataset.ts';
import { compareEventOrder, type Orderable } from '../schema/event-order.ts';
import type { BuiltEvent } from './cache/built-event.ts';
import { describeIssues } from '../schema/parse-dataset.ts';
import { extractKey, type ExtractCache } from './cache/extract-cache.ts';
import type { KnownEvents } from './cache/known-events.ts';
import { CorrectionBook } from './corrections/correction-book.ts';
import type { LocatedCorrection, LocatedReportRule } from './corrections/read-corrections.ts';
import { extractEvent, type ExtractContext, type ExtractResult } from './extract/extract-event.ts';
import { eventCandidate, extractRelease } from './extract-release.ts';
import type { AheadResult, CheckedAhead, ExtractJob } from './extract-in-workers.ts';
import { jsonWith } from './output/event-json-around.ts';
import { readReleases } from './formats/read-releases.ts';
import type { ReadOutcome, Release } from './formats/release.ts';
import type { Gazetteer } from './gazetteer/place.ts';
import type { ReportPrint } from './reports/report-print.ts';
import { reportsOfOneEvent } from './reports/reports-of-one-event.ts';
import { assignSeedIds, isSeedFileName } from './seed-id.ts';
import { sha256 } from './text/sha256.ts';

export type SeedFile =
  /** size: the file's full size, when `bytes` is only its beginning (a file too large to read whole). */
  | { name: string; bytes: Uint8Array; size?: number }
  /** A file that could not be read (permissions, a folder named x.txt): rejected with this error. */
  | { name: string; error: string };

export interface BuildOptions {
  /** A function is called only when some release must be extracted: a rebuild served from the cache never loads it. */
  gazetteer: Gazetteer | (() => Gazetteer);
  extract?: (text: string, ctx: ExtractContext) => ExtractResult;
  /** Becomes `generatedAt`; the CLI passes SOURCE_DATE_EPOCH when it is set, for reproducible builds. */
  now?: Date;
  /** Extraction results from earlier builds, by content and extractor version (src/pipeline/cache). */
  cache?: { store: ExtractCache; version: string };
  /** seeds/corrections.yaml, read; applied after extraction (see applyCorrection). */
  corrections?: readonly LocatedCorrection[];
  /** corrections.yaml's `sameEventAs` / `notSameEventAs` entries: which releases are (not) reports of one event. */
  reportRules?: readonly LocatedReportRule[];
  /**
   * Events an earlier build made, by key (see `BuiltEvent.key`): such an event is taken as that
   * build wrote it, and its JSON is not even read unless something asks for it.
   */
  known?: KnownEvents;
  /**
   * Extracts ahead, all at once, the releases the build may have to extract (in worker threads:
   * extract-in-workers.ts): given every release's extraction input, in input order, it answers
   * with results by index, and may leave out any (a cached one, say). The build takes a result
   * only where it would extract, and extracts one left out itself, so what it builds is the
   * same whichever results come ahead and in whatever order they were made. A result may come
   * with its event already checked against the schema (see eventCandidate), as the build would.
   */
  extractAhead?: (jobs: readonly ExtractJob[]) => ReadonlyMap<number, AheadResult>;
}


/** An event of a build: what orders it, and its facts and JSON when asked for. */

/** A Dataset whose events are built but not necessarily parsed: see `buildArchive`. */
export interface BuiltArchive extends Omit<Dataset, 'events'> {
  events: BuiltEvent[];
}

type Outcome = { event: BuiltEvent<ReportPrint> } | { rejected: Rejected };

/** What every seed shares while the dataset is built. */
interface BuildContext {
  options: BuildOptions;
  gazetteer: () => Gazetteer;
  corrections: CorrectionBook;
  /** Results extracted ahead (see BuildOptions.extractAhead), by release. */
  ahead: ReadonlyMap<Release, AheadResult>;
  /** The sha256 of each release's text, where it was hashed for extracting ahead: not hashed twice. */
  hashed: ReadonlyMap<Release, string>;
}

/**
 * Seed files → a valid Dataset: read → dedupe → extract (or take from the cache) → validate →
 * correct, one release at a time. Every release (a `.txt`, `.md` or saved page; each item of a
 * feed) becomes exactly one event or one rejected entry; other files are ignored. A seed
 * that throws or yields an invalid event is rejected as a bug and never affects another seed.
 * Events are in THE event order (`compareEventOrder`: start or publication date, then id, undated
 * last), the order every file written from the dataset keeps; rejections by file.
 */
export function buildDataset(files: readonly SeedFile[], options: BuildOptions): Dataset {
  const { events, ...rest } = buildArchive(files, options);
  return { ...rest, events: events.map((e) => e.event()) };
}

/**
 * `buildDataset` with each event as a `BuiltEvent`: an event `options.known` knows is not parsed
 * (a rebuild of 10,000 releases after one edit reads one), everything else is as buildDataset's.
 */
export function buildArchive(files: readonly SeedFile[], options: BuildOptions): BuiltArchive {
  const seeds = files.filter((f) => isSeedFileName(f.name)).sort((a, b) => compare(a.name, b.name));
  // A feed holds many releases: read every file first, so ids are given over release names.
  const read = seeds.flatMap((seed) => readSeedFile(seed));
  const ids = assignSeedIds(read.map(nameOf).sort(compare));
  const { ahead, hashed } = options.extractAhead ? extractedAhead(read, ids, options) : { ahead: new Map<Release, AheadResult>(), hashed: new Map<Release, string>() };
  const state: BuildContext = { options, gazetteer: lazy(options.gazetteer), corrections: new CorrectionBook(options.corrections ?? []), ahead, hashed };
  const built: BuiltEvent<ReportPrint>[] = [];
  const rejected: Rejected[] = [];
  for (const item of read) {
    const file = nameOf(item);
    const outcome = 'rejected' in item ? reject(file, item.rejected.reason, item.rejected.line) : safely(file, () => buildSeed(item.release, ids.get(file)!, state));
    if ('event' in outcome) built.push(outcome.event);
    else rejected.push(outcome.rejected);
  }
  // The releases that tell of one event become that event, with the others as its reports.
  const told = reportsOfOneEvent(built, options.reportRules ?? [], options.known, options.cache?.store);
  const events = told.events.sort(compareEventOrder);
  rejected.sort((a, b) => compare(a.file, b.file));
  const warnings = [...state.corrections.unused(new Set(rejected.map((r) => r.file))), ...told.warnings];
  return { schemaVersion: SCHEMA_VERSION, generatedAt: (options.now ?? new Date()).toISOString(), events, rejected, ...(warnings.length > 0 ? { warnings } : {}) };
}

function readSeedFile(seed: SeedFile): ReadOutcome[] {
  if ('error' in seed) return [{ rejected: { name: seed.name, reason: `could not read ${seed.name} (${seed.error}): check that it is a readable file`, line: null } }];
  try {
    return readReleases(seed.name, seed.bytes, seed.size);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [{ rejected: { name: seed.name, reason: `bug: reading ${seed.name} threw "${message}"; please report it with the file`, line: null } }];
  }
}

function extractedAhead(read: readonly ReadOutcome[], ids: ReadonlyMap<string, string>, options: BuildOptions): Pick<BuildContext, 'ahead' | 'hashed'> {
  const releases = read.flatMap((item) => ('release' in item ? [item.release] : []));
  const jobs = releases.map((release) => extractJob(release, ids.get(release.name)!, options.cache?.version ?? null));
  const results = options.extractAhead!(jobs);
  return { ahead: new Map([...results].map(([index, result]) => [releases[index]!, result])), hashed: new Map(releases.map((release, i) => [release, jobs[i]!.source.sha256])) };
}

/** What extracting a release and checking its event takes, as buildSeed and buildEvent would do it. */
function extractJob(release: Release, id: string, cacheVersion: string | null): ExtractJob {
  const textSha256 = sha256(release.text);
  const { publishedDate, publishedFrom, imageUrl } = release.metadata;
  return {
    id,
    source: sourceOf(release, textSha256),
    readerWarnings: release.warnings,
    metadata: { publishedDate, publishedFrom, imageUrl },
    cacheKey: cacheVersion === null ? null : extractKey(cacheVersion, textSha256, release.metadata),
  };
}

function nameOf(outcome: ReadOutcome): string {
  return 'release' in outcome ? outcome.release.name : outcome.rejected.name;
}

function buildSeed(release: Release, id: string, state: BuildContext): Outcome {
  const { name: file, text, metadata } = release;
  // A release that repeats another's text is an event too: the reports step joins it to the other's.
  const fromFrontMatter = release.frontMatterFix ? state.corrections.addFrontMatter(file, release.frontMatterFix, state.gazetteer) : null;
  if (fromFrontMatter) return reject(file, fromFrontMatter, release.frontMatterFix!.line);

  const textSha256 = state.hashed.get(release) ?? sha256(text);
  const source = sourceOf(release, textSha256);
  const cache = state.options.cache;
  const cacheKey = cache ? extractKey(cache.version, textSha256, metadata) : null;
  // Made by an earlier build from the same cached result with nothing of its own to add (warnings,
  // corrections): kept as that build wrote it, without reading the result again.
  const key = cacheKey !== null && release.warnings.length === 0 && !state.corrections.has(file) ? splicedKey(cacheKey, id, file, metadata.url) : null;
  const order = key === null ? undefined : state.options.known?.orderOf(key);
  if (order && cache!.store.holds(cacheKey!)) return { event: new KeptEvent(file, order, key!, state.options.known!) };
  return buildEvent(release, id, source, cacheKey, state);
}

/** An event's source: its file, the sha256 of its text, the text, the page's address. */
export function sourceOf(release: Release, textSha256: string): AtlasEvent['source'] {
  return { file: release.name, sha256: textSha256, text: release.text, ...(release.metadata.url ? { url: release.metadata.url } : {}) };
}

/** The release's event from its cached result or a fresh extraction: checked, corrected, keyed. */
function buildEvent(release: Release, id: string, source: AtlasEvent['source'], cacheKey: string | null, state: BuildContext): Outcome {
  const { file } = source;
  const store = state.options.cache?.store;
  const stored = cacheKey === null ? undefined : store!.get(cacheKey);
  const cached = stored === undefined ? null : parseCached(stored);
  const ahead = cached === null ? state.ahead.get(release) : undefined;
  const checkedAhead = ahead !== undefined && !('result' in ahead) ? ahead : undefined;
  if (checkedAhead) return checkedEvent(release, id, source, cacheKey, checkedAhead, state);
  const result = cached ?? extractFresh(release, cacheKey, state, ahead !== undefined && 'result' in ahead ? ahead.result : undefined);
  if (!result.ok) {
    // Extractors see only the text; the reason a person reads must still say which file.
    const reason = result.reason === '' ? 'rejected without a reason (a bug in the extractor)' : result.reason;
    return reject(file, reason.startsWith(file) ? reason : `${file}: ${reason}`, result.line);
  }
  const candidate = eventCandidate(id, source, release.warnings, result) as AtlasEvent;
  // A cached result was checked with the schema when it was stored (the key includes the schema's source).
  const parsed = cached !== null ? { success: true as const, data: candidate } : Event.safeParse(candidate);
  if (!parsed.success) {
    const problems = describeIssues(parsed.error).join('; ');
    return reject(file, `bug: the event read from ${file} does not match the dataset schema (${problems}); please report it with the file`, null);
  }
  let json = cached !== null ? stored! : null;
  if (json === null && cacheKey !== null) store!.set(cacheKey, (json = JSON.stringify({ ok: true, event: result.event })));
  return keptOrCorrected(release, id, source, cacheKey, parsed.data, json, state);
}

/**
 * An event extracted and checked in a worker (see CheckedAhead): as buildEvent would build it from
 * the same result, held as its JSON and parsed only when asked (or when a correction names it).
 */
function checkedEvent(release: Release, id: string, source: AtlasEvent['source'], cacheKey: string | null, ahead: CheckedAhead, state: BuildContext): Outcome {
  const cacheLine = cacheKey === null ? null : ahead.resultJson!;
  if (cacheKey !== null) state.options.cache!.store.set(cacheKey, cacheLine!);
  const { jsonAround } = ahead;
  const made: MadeAhead = { print: ahead.print, terms: ahead.terms, row: ahead.row, line: ahead.line, organizers: ahead.organizers, ...(jsonAround ? { jsonAround } : {}) };
  // Made only when asked: without a cache, most events are written from jsonAround and their
  // organisers (eventBytes in write-build.ts), and their organisers need not be serialised here too.
  const json = () => ahead.json ?? jsonWith(jsonAround!, JSON.stringify(ahead.organizers));
  if (state.corrections.has(source.file)) return keptOrCorrected(release, id, source, cacheKey, JSON.parse(json()) as AtlasEvent, cacheLine, state, made);
  // keptOrCorrected's keys for an event no correction names, from the JSON instead of the event.
  if (cacheLine !== null && release.warnings.length === 0) return { event: jsonEvent(ahead.order, source.file, splicedKey(cacheKey!, id, source.file, source.url ?? null), spliceEventJson(id, source, cacheLine), made) };
  if (cacheKey === null) return { event: jsonEvent(ahead.order, source.file, null, json, made) };
  const text = json();
  return { event: jsonEvent(ahead.order, source.file, jsonKey(text), text, made) };
}

/** An event held as its JSON (the same text JSON.stringify gives the event; or a function that makes it, called once when first asked), parsed once when asked. */
function jsonEvent(order: Orderable, file: string, key: string | null, json: string | (() => string), made: MadeAhead): BuiltEvent<ReportPrint> {
  let parsed: AtlasEvent | undefined;
  let text = typeof json === 'string' ? json : undefined;
  const jsonOf = () => (text ??= (json as () => string)());
  const { id, startDate, publishedDate } = order;
  return { id, startDate, publishedDate, file, key, event: () => (parsed ??= JSON.parse(jsonOf()) as AtlasEvent), json: jsonOf, ...made };
}

/** A checked event with its corrections applied, keyed (spliced from its cache line `json` when it has one). */
function keptOrCorrected(release: Release, id: string, source: AtlasEvent['source'], cacheKey: string | null, event: AtlasEvent, json: string | null, state: BuildContext, made?: MadeAhead): Outcome {
  const corrected = state.corrections.apply(event);
  if (corrected !== event) return validCorrected(corrected, source.file, cacheKey !== null);
  // What was made of the event where it was checked is this event's: it is not corrected.
  if (json !== null && release.warnings.length === 0) return { event: builtEvent(event, splicedKey(cacheKey!, id, source.file, source.url ?? null), spliceEventJson(id, source, json), made) };
  return { event: cacheKey === null ? builtEvent(event, null, null, made) : hashedEvent(event, made) };
}

const EVENT_JSON = '{"ok":true,"event":';

/** A cached result, or null when its line is damaged (a build stopped mid-write): then it is extracted again. */
function parseCached(json: string): ExtractResult | null {
  try {
    return JSON.parse(json) as ExtractResult;
  } catch {
    return null;
  }
}

/** A fresh extraction (the gazetteer is loaded on the first one) unless it was made ahead; a rejection is cached as is. */
function extractFresh(release: Release, cacheKey: string | null, state: BuildContext, ahead: ExtractResult | undefined): ExtractResult {
  const extract = state.options.extract ?? extractEvent;
  const { publishedDate, publishedFrom, imageUrl } = release.metadata;
  const result = ahead ?? extractRelease(extract, release.text, { file: release.name, gazetteer: state.gazetteer(), metadata: { publishedDate, publishedFrom, imageUrl } });
  // An event is cached only once it has passed the schema (see buildSeed).
  if (!result.ok && cacheKey !== null) state.options.cache!.store.set(cacheKey, JSON.stringify(result));
  return result;
}

/** The key of an event spliced from the cache: its JSON is spliceEventJson(id, source, the cached JSON), all fixed by these. */
function splicedKey(cacheKey: string, id: string, file: string, url: string | null): string {
  return `s${sha256(`${cacheKey}\0${id}\0${file}\0${url ?? ''}`, 'base64url').slice(0, 22)}`;
}

/** An event not spliced from the cache (corrected by hand, or with its reader's warnings), keyed by its JSON. */
function hashedEvent(event: AtlasEvent, made?: MadeAhead): BuiltEvent<ReportPrint> {
  const json = JSON.stringify(event);
  return builtEvent(event, jsonKey(json), json, made);
}

function jsonKey(json: string): string {
  return `j${sha256(json, 'base64url').slice(0, 22)}`;
}

/** What a worker made of an event besides checking it (see CheckedAhead). */
type MadeAhead = Pick<BuiltEvent<ReportPrint>, 'print' | 'terms' | 'row' | 'line' | 'jsonAround' | 'organizers'>;

function builtEvent(event: AtlasEvent, key: string | null, json: string | null, made?: MadeAhead): BuiltEvent<ReportPrint> {
  const { id, startDate, publishedDate } = event;
  return { id, startDate, publishedDate, file: event.source.file, key, event: () => event, json: () => json ?? JSON.stringify(event), ...made };
}

// '{"ok":true,"event":{…}}' → '{"id":…,"source":…,…}': the same text JSON.stringify gives the event.
function spliceEventJson(id: string, source: object, cachedJson: string): string {
  const inner = cachedJson.slice(EVENT_JSON.length, -1);
  return inner === '{}' ? JSON.stringify({ id, source }) : `{"id":${JSON.stringify(id)},"source":${JSON.stringify(source)},${inner.slice(1)}`;
}

/**
 * An event an earlier build made: its JSON is what that build wrote, read and parsed only when
 * asked for. A class, not closures per event: 10,000 of them are made on every rebuild.
 */
class KeptEvent implements BuiltEvent {
  readonly id: string;
  readonly startDate: string | null;
  readonly publishedDate: string | null;
  readonly file: string;
  readonly key: string;
  private readonly known: KnownEvents;
  private parsed: AtlasEvent | undefined;

  constructor(file: string, order: Orderable, key: string, known: KnownEvents) {
    this.id = order.id;
    this.startDate = order.startDate;
    this.publishedDate = order.publishedDate;
    this.file = file;
    this.key = key;
    this.known = known;
  }

  event(): AtlasEvent {
    return (this.parsed ??= JSON.parse(this.json()) as AtlasEvent);
  }

  json(): string {
    return this.known.jsonOf(this.key);
  }
}

function validCorrected(event: AtlasEvent, file: string, keyed: boolean): Outcome {
  const parsed = Event.safeParse(event);
  if (parsed.success) return { event: keyed ? hashedEvent(parsed.data) : builtEvent(parsed.data, null, null) };
  return reject(file, `${file}: a correction made the event invalid (${describeIssues(parsed.error).join('; ')}): fix the entry in corrections.yaml`, null);
}

function lazy(gazetteer: Gazetteer | (() => Gazetteer)): () => Gazetteer {
  if (typeof gazetteer !== 'function') return () => gazetteer;
  let loaded: Gazetteer | undefined;
  return () => (loaded ??= gazetteer());
}

/** A throw is a bug, but it is turned into this seed's rejection so no other seed is lost. */
function safely(file: string, build: () => Outcome): Outcome {
  try {
    return build();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return reject(file, `bug: building ${file} threw "${message}"; please report it with the file`, null);
  }
}

function reject(file: string, reason: string, line: number | null, duplicateOf: string | null = null): Outcome {
  // The extractor's line is trusted only if the schema would accept it.
  const validLine = line !== null && Number.isInteger(line) && line > 0 ? line : null;
  return { rejected: { file, reason, line: validLine, duplicateOf } };
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
