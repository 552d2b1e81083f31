import { linkSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { APP_FILES_DIR, SEARCH_FILE, SUMMARY_FILE, Summary, type SummaryFile, chunkFile, searchShardFile } from '../../schema/app-files.ts';
import type { AtlasEvent } from '../../schema/dataset.ts';
import { piecesWithEvents, sameStamp, stampOf, writePieces, type FileStamp } from '../output/write-dataset.ts';
import type { AppFiles } from './encode-app-files.ts';
import type { SearchFiles } from './encode-search-index.ts';

/** A chunk file to write: its text as UTF-8 pieces, and a hash of what made it (null: always written). */
export interface ChunkText {
  chunk: number;
  pieces: readonly Uint8Array[];
  madeOf: string | null;
}

/** What writeAppFolder wrote or kept, by file name in the app folder: a later build may keep the same again. */
export type WrittenAppFiles = Record<string, { stamp: FileStamp; madeOf: string }>;

/**
 * Writes the app's files into `<dataDir>/app/` (see writeAppFolder). `eventJson` gives events'
 * JSON where it is known already (as the extraction cache has it), not to serialise them again.
 */
export function writeAppFiles(dataDir: string, files: AppFiles, eventJson?: ReadonlyMap<AtlasEvent, string>): void {
  const chunks = files.chunks.map((chunk) => ({ chunk: chunk.chunk, pieces: piecesWithEvents(chunk, chunk.events.map((e) => Buffer.from(eventJson?.get(e) ?? JSON.stringify(e)))), madeOf: null }));
  writeAppFolder(dataDir, files.summary, { index: files.search, shards: files.searchShards }, chunks);
}

/**
 * Writes the app's files into `<dataDir>/app/`, replacing the folder as a whole: everything goes
 * into a fresh temporary folder, which is then renamed into place, so chunks of an earlier, larger
 * build never linger and a failed run leaves the previous files as they were. A chunk made of the
 * same things as one the previous build wrote (`previous`, `madeOf`), still as it was written (its
 * stamp), is linked into the new folder rather than written again: the same bytes, and since no
 * file here is ever changed in place, the old and new folders can share it.
 */
export function writeAppFolder(dataDir: string, summary: SummaryFile, search: SearchFiles, chunks: readonly ChunkText[], previous: WrittenAppFiles = {}): WrittenAppFiles {
  // The build checks what it writes, so an invalid summary fails here rather than in the browser.
  Summary.parse(summary);
  const target = join(dataDir, APP_FILES_DIR);
  const temp = join(dataDir, `.${APP_FILES_DIR}.${process.pid}.tmp`);
  const old = join(dataDir, `.${APP_FILES_DIR}.${process.pid}.old`);
  const written: WrittenAppFiles = {};
  rmSync(temp, { recursive: true, force: true });
  try {
    const inApp = (file: string) => file.slice(APP_FILES_DIR.length + 1);
    mkdirSync(temp, { recursive: true });
    writePieces(join(temp, inApp(SUMMARY_FILE)), [Buffer.from(`${JSON.stringify(summary)}\n`)]);
    writePieces(join(temp, inApp(SEARCH_FILE)), [Buffer.from(`${JSON.stringify(search.index)}\n`)]);
    for (const shard of search.shards) writePieces(join(temp, inApp(searchShardFile(shard.shard))), [Buffer.from(`${JSON.stringify(shard)}\n`)]);
    for (const { chunk, pieces, madeOf } of chunks) {
      const name = inApp(chunkFile(chunk));
      const stamp = (madeOf !== null && kept(join(target, name), join(temp, name), previous[name], madeOf)) || writePieces(join(temp, name), pieces);
      if (madeOf !== null) written[name] = { stamp, madeOf };
    }
    rmSync(old, { recursive: true, force: true });
    let moved = false;
    try {
      renameSync(target, old);
      moved = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    try {
      renameSync(temp, target);
    } catch (error) {
      if (moved) renameSync(old, target);
      throw error;
    }
    rmSync(old, { recursive: true, force: true });
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  return written;
}

/** Links the previous build's file into the new folder when it was made of the same and is as it was written; its stamp, or null. */
function kept(from: string, to: string, before: WrittenAppFiles[string] | undefined, madeOf: string): FileStamp | null {
  if (before?.madeOf !== madeOf) return null;
  try {
    if (!sameStamp(before.stamp, stampOf(statSync(from)))) return null;
    linkSync(from, to);
    return before.stamp;
  } catch {
    // No such file, or a file system without hard links: written again.
    return null;
  }
}
