import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import type { Orderable } from '../../schema/event-order.ts';
import type { KnownEvents } from './known-events.ts';
import type { MergedOrganizations } from '../app-files/encode-app-files.ts';
import type { EventRow } from '../app-files/event-row.ts';
import type { WrittenAppFiles } from '../app-files/write-app-files.ts';
import { sameStamp, stampOf, writeFileAtomic, type FileStamp } from '../output/write-dataset.ts';
import { compactRows, expandRows, wholeRows, type CompactRows } from './compact-rows.ts';

/**
 * What a build wrote and derived, kept beside the extraction cache (one file per seeds folder and
 * dataset file) so the next build can keep whatever did not change: each event by its key (see
 * BuiltEvent.key), its seed line, summary row and place in dataset.json; the organisers as merged;
 * the search index's own-word postings; the app's chunk files.
 */
export interface WrittenBuild {
  /** `outputVersion()`: the code that derived all this. */
  version: string;
  /** The dataset file written (resolved). */
  out: string;
  /** In event order: each event's key, its line in the build's report and its summary row. */
  keys: string[];
  lines: string[];
  rows: EventRow[];
  /** Each event's JSON in dataset.json, as byte ranges [start, end), flat. */
  ranges: number[];
  dataset: FileStamp;
  appFiles: WrittenAppFiles;
  /** mergeOrganizations' answer and a hash of what it was asked (every event's organisers, in order). */
  organizations: { asked: string; merged: MergedOrganizations };
  /** The own-word postings of the search index (see ownPostings), in event order. */
  search: { terms: string[]; postings: string[] };
}

/** The previous build, as far as it can be kept: its state, and its dataset.json read back and checked unchanged. */
export class PreviousBuild implements KnownEvents {
  readonly state: WrittenBuild;
  readonly bytes: Buffer;
  /** Position in `state.keys` by key. */
  readonly at: ReadonlyMap<string, number>;

  constructor(state: WrittenBuild, bytes: Buffer) {
    this.state = state;
    this.bytes = bytes;
    this.at = new Map(state.keys.map((key, i) => [key, i]));
  }

  orderOf(key: string): Orderable | undefined {
    const i = this.at.get(key);
    return i === undefined ? undefined : this.state.rows[i];
  }

  jsonOf(key: string): string {
    const i = this.at.get(key);
    if (i === undefined) throw new Error(`no event ${key} in the previous build`);
    return this.eventBytes(i).toString('utf8');
  }

  /** The JSON of event `i` (a position in the state) as it is in the previous dataset.json. */
  eventBytes(i: number): Buffer {
    return this.bytes.subarray(this.state.ranges[2 * i], this.state.ranges[2 * i + 1]);
  }
}

/**
 * The previous build of this dataset file by this code, or null: when there is none, when the
 * state is damaged or from other code, or when dataset.json is not the file that build wrote.
 */
export function loadPreviousBuild(stateFile: string, version: string, out: string): PreviousBuild | null {
  let saved: SavedState;
  try {
    saved = JSON.parse(readFileSync(stateFile, 'utf8')) as SavedState;
  } catch {
    return null;
  }
  if (!consistent(saved, version, out)) return null;
  const bytes = readIfUnchanged(out, saved.dataset);
  if (bytes === null || saved.ranges.some((r) => r > bytes.length)) return null;
  return new PreviousBuild({ ...saved, rows: expandRows(saved.rows) }, bytes);
}

/** As the file holds it: the rows compacted. */
type SavedState = Omit<WrittenBuild, 'rows'> & { rows: CompactRows };

export function saveWrittenBuild(stateFile: string, state: WrittenBuild): void {
  writeFileAtomic(stateFile, JSON.stringify({ ...state, rows: compactRows(state.rows) } satisfies SavedState));
}

function consistent(state: SavedState, version: string, out: string): boolean {
  if (typeof state !== 'object' || state === null || state.version !== version || state.out !== out) return false;
  const n = state.keys?.length;
  return (
    Array.isArray(state.keys) &&
    state.lines?.length === n &&
    wholeRows(state.rows, n) &&
    state.ranges?.length === 2 * n &&
    typeof state.dataset?.size === 'number' &&
    typeof state.appFiles === 'object' &&
    Array.isArray(state.organizations?.merged?.rows) &&
    state.organizations.merged.rows.length === n &&
    state.search?.terms?.length === state.search?.postings?.length
  );
}

/** The file's bytes when its stamp is the one recorded (checked on the descriptor it is read through), else null. */
function readIfUnchanged(file: string, stamp: FileStamp): Buffer | null {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    if (!sameStamp(stampOf(fstatSync(fd)), stamp)) return null;
    const bytes = Buffer.allocUnsafe(stamp.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) return null;
      read += n;
    }
    return bytes;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
