import { dirname } from 'node:path';
import { CHUNK_SIZE } from '../schema/app-files.ts';
import type { Dataset } from '../schema/dataset.ts';
import { bodiesOf, encodeSummary, type BuildStamp, type MergedOrganizations } from './app-files/encode-app-files.ts';
import { ownTerms, postingsOfTerms, searchIndexOf, type Postings } from './app-files/encode-search-index.ts';
import { eventRow, type EventRow } from './app-files/event-row.ts';
import { updateOwnPostings } from './app-files/update-own-postings.ts';
import { writeAppFolder } from './app-files/write-app-files.ts';
import type { BuiltArchive } from './build-dataset.ts';
import type { WrittenBuild, PreviousBuild } from './cache/written-build.ts';
import { piecesWith } from './output/event-json-around.ts';
import { formatEventLine } from './format-build-report.ts';
import { mergeOrganizations } from './organizations/merge-organizations.ts';
import { organizersWithBodyIds, withBodyIds } from './organizations/with-body-ids.ts';
import { piecesWithEvents, writeDataset, type EventBytes } from './output/write-dataset.ts';
import { sha256 } from './text/sha256.ts';

/** Per event of a build, in event order: where it was in the previous build (-1: new), its summary row and report line. */
export interface Derived {
  at: number[];
  rows: EventRow[];
  lines: string[];
}

/** Each event's row and report line: kept from the previous build for an event it had (same key), else read from the event. */
export function deriveEvents(built: BuiltArchive, previous: PreviousBuild | null): Derived {
  const at = built.events.map((e) => (previous === null || e.key === null ? -1 : (previous.at.get(e.key) ?? -1)));
  return {
    at,
    rows: built.events.map((e, i) => (at[i]! >= 0 ? previous!.state.rows[at[i]!]! : (e.row ?? eventRow(e.event())))),
    lines: built.events.map((e, i) => (at[i]! >= 0 ? previous!.state.lines[at[i]!]! : (e.line ?? formatEventLine(e.event())))),
  };
}

/**
 * Writes dataset.json, its schemas and the app's files (the same bytes as a build from scratch),
 * keeping from the previous build what did not change: unchanged events' JSON as the bytes they
 * are in the old dataset.json, the organisers as merged when every event names the same, the
 * search index's own words of unchanged events, and chunk files made of the same events. Returns
 * the state to keep for the next build (null without event keys, i.e. without a cache).
 */
export function writeBuild(outFile: string, built: BuiltArchive, derived: Derived, previous: PreviousBuild | null): Omit<WrittenBuild, 'version' | 'out'> | null {
  const { events } = built;
  const keys = events.map((e) => e.key);
  const stamp: BuildStamp = { schemaVersion: built.schemaVersion, generatedAt: built.generatedAt };
  // The hashes below only compare this build with the previous one, or are kept for the next: a
  // build without keys (no cache) keeps nothing, and has no previous build, so none of them is made.
  const keeps = !keys.includes(null);
  const organizations = merged(derived.rows, previous, keeps);
  const summary = encodeSummary(stamp, derived.rows, organizations.merged, built.rejected);
  const own = ownWords(built, keys, previous);
  const bodies = bodiesOf(organizations.merged);
  const search = searchIndexOf(own, bodies, events.length, stamp);
  // Each organiser carries its merged body's id: an unchanged event's bytes are kept only while the
  // merged bodies are the ones they were written under (the same bodies give an unchanged event the same ids).
  let print: string | undefined;
  const bodiesPrint = () => (print ??= hash(JSON.stringify(organizations.merged.organizations)));
  const sameMerge = previous !== null && hash(JSON.stringify(previous.state.organizations.merged.organizations)) === bodiesPrint();
  const bytes = events.map((e, i) => (derived.at[i]! >= 0 && sameMerge ? previous!.eventBytes(derived.at[i]!) : eventBytes(e, bodies[i]!)));
  const dataset = writeDataset(outFile, { ...built, events: [] } satisfies Dataset, bytes);
  const chunks = [];
  for (let at = 0, chunk = 0; at < events.length; at += CHUNK_SIZE, chunk++) {
    const inChunk = keys.slice(at, at + CHUNK_SIZE);
    const madeOf = inChunk.includes(null) ? null : hash(JSON.stringify([stamp, chunk, inChunk, bodiesPrint()]));
    chunks.push({ chunk, pieces: piecesWithEvents({ ...stamp, chunk, events: [] }, bytes.slice(at, at + CHUNK_SIZE)), madeOf });
  }
  const appFiles = writeAppFolder(dirname(outFile), summary, search, chunks, previous?.state.appFiles);
  if (!keeps) return null;
  const { lines, rows } = derived;
  return { keys: keys as string[], lines, rows, ranges: dataset.ranges, dataset: dataset.stamp, appFiles, organizations, search: { terms: [...own.keys()], postings: [...own.values()] } };
}

/**
 * mergeOrganizations over every event's organisers, or its earlier answer when it is asked the same.
 * What it was asked is hashed only to compare or keep (`keeps`): '' when neither.
 */
function merged(rows: readonly EventRow[], previous: PreviousBuild | null, keeps: boolean): { asked: string; merged: MergedOrganizations } {
  const organizers = rows.map((r) => r.organizers);
  const asked = previous !== null || keeps ? hash(JSON.stringify(organizers)) : '';
  const before = previous?.state.organizations;
  return { asked, merged: before?.asked === asked ? before.merged : mergeOrganizations(organizers) };
}

/** The own-word postings: updated from the previous build's (only new events read), or read from every event. */
function ownWords(built: BuiltArchive, keys: readonly (string | null)[], previous: PreviousBuild | null): Postings {
  if (previous !== null && !keys.includes(null)) {
    try {
      const { terms, postings } = previous.state.search;
      const kept = { keys: previous.state.keys, own: new Map(terms.map((t, i) => [t, postings[i]!])) };
      const termsOfGone = (j: number) => ownTerms(JSON.parse(previous.eventBytes(j).toString('utf8')));
      return updateOwnPostings(kept, keys as string[], (i) => termsOf(built.events[i]!), termsOfGone);
    } catch {
      // A damaged state (positions out of range, an unreadable old event): every event is read.
    }
  }
  return postingsOfTerms(built.events.map((e) => () => termsOf(e)));
}

/** An event's own search terms: made where it was extracted (joined by line breaks), or read from it now. */
function termsOf(e: BuiltArchive['events'][number]): readonly string[] {
  if (e.terms === undefined) return ownTerms(e.event());
  return e.terms === '' ? [] : e.terms.split('\n');
}

function eventBytes(e: BuiltArchive['events'][number], bodies: Parameters<typeof withBodyIds>[1]): EventBytes {
  // Made ahead (where the event was extracted): only the organisers are serialised here, and the event is not parsed.
  if (e.organizers !== undefined && e.jsonAround) return piecesWith(e.jsonAround, JSON.stringify(organizersWithBodyIds(e.organizers, bodies)));
  const event = e.event();
  if (event.organizers.length === 0) return Buffer.from(e.json());
  if (e.jsonAround) return piecesWith(e.jsonAround, JSON.stringify(withBodyIds(event, bodies).organizers));
  return Buffer.from(JSON.stringify(withBodyIds(event, bodies)));
}

function hash(text: string): string {
  return sha256(text, 'base64url').slice(0, 22);
}
