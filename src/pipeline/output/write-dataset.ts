import { closeSync, fstatSync, mkdirSync, openSync, renameSync, rmSync, writevSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Dataset } from '../../schema/dataset.ts';
import { correctionsJsonSchema, datasetJsonSchema } from './json-schema.ts';

/** "public/data/dataset.json" → "public/data/dataset.schema.json": the JSON Schema goes beside the dataset. */
export function schemaFileFor(outFile: string): string {
  return join(dirname(outFile), `${basename(outFile).replace(/\.json$/i, '')}.schema.json`);
}

/**
 * How a file was when a build wrote it. A later build takes the file to be unchanged while its
 * size, modification time and inode are the same (as make and git's index trust a file's stat
 * data): every file here is replaced by a rename, never rewritten in place, so a new write is a new inode.
 */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
}

export const stampOf = (stats: Stats): FileStamp => ({ size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino });

export const sameStamp = (a: FileStamp, b: FileStamp): boolean => a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;

/** What writeDataset wrote: the file's stamp and each event's byte range [start, end) in it, flat. */
export interface WrittenDataset {
  stamp: FileStamp;
  ranges: number[];
}

/**
 * Writes the dataset and its JSON Schema, each atomically: to a temporary file in the same folder,
 * then renamed over the target, so a reader (or a failed run) never sees half a file. Throws on
 * failure after removing its temporary file; the previous dataset, if any, is left as it was.
 * `eventBytes` are the events' JSON as UTF-8, in order (a rebuild passes unchanged events' bytes as
 * they are in the previous dataset.json): the text is the same as `JSON.stringify(dataset)`.
 */
export function writeDataset(outFile: string, dataset: Dataset, eventBytes: readonly EventBytes[] = dataset.events.map((e) => Buffer.from(JSON.stringify(e)))): WrittenDataset {
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileAtomic(schemaFileFor(outFile), `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
  writeFileAtomic(join(dirname(outFile), 'corrections.schema.json'), `${JSON.stringify(correctionsJsonSchema(), null, 2)}\n`);
  const pieces = piecesWithEvents(dataset, eventBytes);
  const ranges: number[] = [];
  let at = pieces[0]!.byteLength;
  for (const bytes of eventBytes) {
    const length = byteLengthOf(bytes);
    ranges.push(at, at + length);
    at += length + 1;
  }
  return { stamp: writePiecesAtomic(outFile, pieces), ranges };
}

const COMMA = Buffer.from(',');

/** An event's JSON as UTF-8: one piece, or pieces to be written one after another. */
export type EventBytes = Uint8Array | readonly Uint8Array[];

function byteLengthOf(bytes: EventBytes): number {
  if (bytes instanceof Uint8Array) return bytes.byteLength;
  let length = 0;
  for (const piece of bytes) length += piece.byteLength;
  return length;
}

/**
 * `${JSON.stringify(value)}\n` as pieces of UTF-8, for a value holding `events` (the dataset, a
 * chunk of the app's files) whose events are given as their JSON's bytes: the same text, without
 * serialising 10,000 unchanged events again or joining them into one string.
 */
export function piecesWithEvents<T extends { events: readonly unknown[] }>(value: T, eventBytes: readonly EventBytes[]): Uint8Array[] {
  // The spread keeps `events` where it was, so the text is the same as JSON.stringify(value).
  const text = JSON.stringify({ ...value, events: [] });
  const at = text.indexOf('"events":[]') + '"events":['.length;
  const pieces: Uint8Array[] = [Buffer.from(text.slice(0, at))];
  eventBytes.forEach((bytes, i) => {
    if (i > 0) pieces.push(COMMA);
    if (bytes instanceof Uint8Array) pieces.push(bytes);
    else pieces.push(...bytes);
  });
  pieces.push(Buffer.from(`${text.slice(at)}\n`));
  return pieces;
}

export function writeFileAtomic(file: string, contents: string): void {
  writePiecesAtomic(file, [Buffer.from(contents)]);
}

/** Writes the pieces to a temporary file beside `file` and renames it over `file`; returns the new file's stamp. */
export function writePiecesAtomic(file: string, pieces: readonly Uint8Array[]): FileStamp {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    const stamp = writePieces(temp, pieces);
    renameSync(temp, file);
    return stamp;
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Writes a new file from pieces (a few system calls for 20,000 of them); its stamp. */
export function writePieces(file: string, pieces: readonly Uint8Array[]): FileStamp {
  const fd = openSync(file, 'w');
  try {
    let expected = 0;
    let written = 0;
    // In batches no larger than the system's limit on pieces per call (IOV_MAX, 1024 on Linux).
    for (let at = 0; at < pieces.length; at += 1024) {
      const batch = pieces.slice(at, at + 1024);
      for (const piece of batch) expected += piece.byteLength;
      written += writevSync(fd, batch);
      if (written !== expected) throw new Error(`${file}: wrote ${written} of ${expected} bytes`);
    }
    return stampOf(fstatSync(fd));
  } finally {
    closeSync(fd);
  }
}
