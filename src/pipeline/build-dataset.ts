import { Event, SCHEMA_VERSION, type AtlasEvent, type Dataset, type Rejected } from '../schema/dataset.ts';
import { compareEventOrder } from '../schema/event-order.ts';
import { describeIssues } from '../schema/parse-dataset.ts';
import { extractEvent, type ExtractContext, type ExtractResult } from './extract/extract-event.ts';
import type { Gazetteer } from './gazetteer/place.ts';
import { readSeed } from './read-seed.ts';
import { assignSeedIds, isSeedFileName, sha256 } from './seed-id.ts';

export type SeedFile =
  /** size: the file's full size, when `bytes` is only its beginning (a file too large to read whole). */
  | { name: string; bytes: Uint8Array; size?: number }
  /** A file that could not be read (permissions, a folder named x.txt): rejected with this error. */
  | { name: string; error: string };

export interface BuildOptions {
  gazetteer: Gazetteer;
  extract?: (text: string, ctx: ExtractContext) => ExtractResult;
  /** Becomes `generatedAt`; the CLI passes SOURCE_DATE_EPOCH when it is set, for reproducible builds. */
  now?: Date;
}

type Outcome = { event: AtlasEvent } | { rejected: Rejected };

/**
 * Seed files → a valid Dataset: read → dedupe → extract → validate, one seed at a time. Every
 * `.txt` file becomes exactly one event or one rejected entry; other files are ignored. A seed
 * that throws or yields an invalid event is rejected as a bug and never affects another seed.
 * Events are in THE event order (`compareEventOrder`: start or publication date, then id, undated
 * last), the order every file written from the dataset keeps; rejections by file.
 */
export function buildDataset(files: readonly SeedFile[], options: BuildOptions): Dataset {
  const seeds = files.filter((f) => isSeedFileName(f.name)).sort((a, b) => compare(a.name, b.name));
  const ids = assignSeedIds(seeds.map((s) => s.name));
  const firstFileOfText = new Map<string, string>();
  const events: AtlasEvent[] = [];
  const rejected: Rejected[] = [];
  for (const seed of seeds) {
    const outcome = safely(seed.name, () => buildSeed(seed, ids.get(seed.name)!, firstFileOfText, options));
    if ('event' in outcome) events.push(outcome.event);
    else rejected.push(outcome.rejected);
  }
  events.sort(compareEventOrder);
  return { schemaVersion: SCHEMA_VERSION, generatedAt: (options.now ?? new Date()).toISOString(), events, rejected };
}

function buildSeed(seed: SeedFile, id: string, firstFileOfText: Map<string, string>, options: BuildOptions): Outcome {
  const file = seed.name;
  if ('error' in seed) return reject(file, `could not read ${file} (${seed.error}): check that it is a readable file`, null);
  const read = readSeed(seed.bytes, file, seed.size);
  if (!read.ok) return reject(file, read.reason, read.line);

  // Whitespace-insensitive, so a re-saved copy with other line endings or indentation still counts.
  const normalised = read.text.replace(/\s+/g, ' ').trim();
  const original = firstFileOfText.get(normalised);
  if (original !== undefined) {
    return reject(file, `${file} repeats ${original} (the same text, ignoring whitespace): remove one of them`, null, original);
  }
  firstFileOfText.set(normalised, file);

  const extract = options.extract ?? extractEvent;
  const result = extract(read.text, { file, gazetteer: options.gazetteer });
  if (!result.ok) {
    // Extractors see only the text; the reason a person reads must still say which file.
    const reason = result.reason === '' ? 'rejected without a reason (a bug in the extractor)' : result.reason;
    return reject(file, reason.startsWith(file) ? reason : `${file}: ${reason}`, result.line);
  }

  const candidate = {
    id,
    source: { file, sha256: sha256(read.text), text: read.text },
    ...result.event,
    warnings: [...read.warnings, ...(result.event.warnings ?? [])],
  };
  const parsed = Event.safeParse(candidate);
  if (!parsed.success) {
    const problems = describeIssues(parsed.error).join('; ');
    return reject(file, `bug: the event read from ${file} does not match the dataset schema (${problems}); please report it with the file`, null);
  }
  return { event: parsed.data };
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
