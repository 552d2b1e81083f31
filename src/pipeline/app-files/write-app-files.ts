import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { APP_FILES_DIR, SEARCH_FILE, SUMMARY_FILE, Summary, chunkFile, searchShardFile } from '../../schema/app-files.ts';
import type { AtlasEvent } from '../../schema/dataset.ts';
import { stringifyWithEvents } from '../write-dataset.ts';
import type { AppFiles } from './encode-app-files.ts';

/**
 * Writes the app's files into `<dataDir>/app/`, replacing the folder as a whole: everything goes
 * into a fresh temporary folder, which is then renamed into place, so chunks of an earlier, larger
 * build never linger and a failed run leaves the previous files as they were.
 */
export function writeAppFiles(dataDir: string, files: AppFiles, eventJson?: ReadonlyMap<AtlasEvent, string>): void {
  // The build checks what it writes, so an invalid summary fails here rather than in the browser.
  Summary.parse(files.summary);
  const target = join(dataDir, APP_FILES_DIR);
  const temp = join(dataDir, `.${APP_FILES_DIR}.${process.pid}.tmp`);
  const old = join(dataDir, `.${APP_FILES_DIR}.${process.pid}.old`);
  rmSync(temp, { recursive: true, force: true });
  try {
    const write = (file: string, value: unknown, text = JSON.stringify(value)) => {
      const path = join(temp, file.slice(APP_FILES_DIR.length + 1));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, `${text}\n`, 'utf8');
    };
    mkdirSync(temp, { recursive: true });
    write(SUMMARY_FILE, files.summary);
    write(SEARCH_FILE, files.search);
    for (const shard of files.searchShards) write(searchShardFile(shard.shard), shard);
    // A rebuild reuses each unchanged event's JSON from the extraction cache, as dataset.json does.
    for (const chunk of files.chunks) write(chunkFile(chunk.chunk), chunk, stringifyWithEvents(chunk, eventJson));
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
}
