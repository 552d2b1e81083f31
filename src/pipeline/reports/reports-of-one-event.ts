import { Event, type AtlasEvent } from '../../schema/dataset.ts';
import { describeIssues } from '../../schema/parse-dataset.ts';
import type { BuiltEvent } from '../cache/built-event.ts';
import type { KnownEvents } from '../cache/known-events.ts';
import { PRINT_KEY, type ExtractCache } from '../cache/extract-cache.ts';
import type { LocatedReportRule } from '../corrections/read-corrections.ts';
import { findReports, type HandRule } from './find-reports.ts';
import { joinReports, type Told } from './join-reports.ts';
import { reportPrint, type ReportPrint } from './report-print.ts';
import { sha256 } from '../text/sha256.ts';

/**
 * The build's step after extraction: the releases that tell of one event (found by findReports,
 * or joined and kept apart by hand with `sameEventAs` / `notSameEventAs`) become one event with
 * its other releases as `reports` (joinReports); every other event is as it was. A joined event's
 * key hashes its releases' keys and the rules naming them, so a rebuild keeps it as the previous
 * build wrote it when none of them changed, and an edit re-decides only the events its release
 * is part of; the output is the same whatever order the releases come in.
 */
export function reportsOfOneEvent(events: readonly BuiltEvent[], rules: readonly LocatedReportRule[], known?: KnownEvents, store?: ExtractCache): { events: BuiltEvent[]; warnings: string[] } {
  const files = new Set(events.map((e) => e.file));
  const warnings = rules.flatMap(({ rule, line }) => {
    const missing = [rule.file, rule.sameEventAs ?? rule.notSameEventAs!].filter((f) => !files.has(f));
    return missing.length === 0 ? [] : [`corrections.yaml line ${line}: not applied: '${missing.join("', '")}' is not an event's release (renamed, removed or rejected?)`];
  });
  const hand: HandRule[] = rules.map(({ rule }) => ({ file: rule.file, other: rule.sameEventAs ?? rule.notSameEventAs!, same: rule.sameEventAs !== undefined, note: rule.note }));
  const prints = events.map((e) => printOf(e, store));
  const found = findReports(prints, hand);
  if (found.groups.length === 0) return { events: [...events], warnings };
  const byId = new Map(events.map((e, i) => [e.id, i]));
  const joined = new Set<number>();
  const out: BuiltEvent[] = [];
  for (const ids of found.groups) {
    const at = ids.map((id) => byId.get(id)!);
    at.forEach((i) => joined.add(i));
    const members = at.map((i) => events[i]!);
    const named = hand.filter((r) => members.some((m) => m.file === r.file || m.file === r.other));
    const keys = members.map((m) => m.key);
    const key = keys.includes(null) ? null : `g${hash(JSON.stringify([keys, named]))}`;
    const order = key === null ? undefined : known?.orderOf(key);
    if (order) {
      out.push(keptEvent(order, members.find((m) => m.id === order.id)?.file ?? members[0]!.file, key!, known!));
      continue;
    }
    const told: Told[] = at.map((i) => ({ event: events[i]!.event(), print: prints[i]! }));
    const event = joinReports(told, found.joins);
    const parsed = Event.safeParse(event);
    // A joined event the schema refuses is a bug: its releases stay events of their own, none lost.
    if (!parsed.success) {
      warnings.push(`bug: joining the reports ${ids.join(', ')} gave an invalid event (${describeIssues(parsed.error).join('; ')}); they are kept apart`);
      at.forEach((i) => joined.delete(i));
      continue;
    }
    out.push(builtEvent(event, key));
  }
  events.forEach((e, i) => {
    if (!joined.has(i)) out.push(e);
  });
  return { events: out, warnings };
}

/** The event's print: kept in the cache by the event's key (equal keys, equal JSON), so a kept event is not read to be compared. */
function printOf(e: BuiltEvent, store: ExtractCache | undefined): ReportPrint {
  const key = store && e.key !== null ? PRINT_KEY + e.key : null;
  const stored = key === null ? undefined : store!.get(key);
  if (stored !== undefined) {
    try {
      return JSON.parse(stored) as ReportPrint;
    } catch {
      // A damaged line: made again below.
    }
  }
  // One made ahead, where the event was checked (a worker's), is reportPrint(e.event()): build-dataset.ts sets no other.
  const print = (e.print as ReportPrint | undefined) ?? reportPrint(e.event());
  if (key !== null) store!.set(key, JSON.stringify(print));
  return print;
}

/** A joined event: its JSON made only when asked (the writer serialises an event with organisers with their body ids instead). */
function builtEvent(event: AtlasEvent, key: string | null): BuiltEvent {
  let json: string | undefined;
  return { id: event.id, startDate: event.startDate, publishedDate: event.publishedDate, file: event.source.file, key, event: () => event, json: () => (json ??= JSON.stringify(event)) };
}

function keptEvent(order: { id: string; startDate: string | null; publishedDate: string | null }, file: string, key: string, known: KnownEvents): BuiltEvent {
  let parsed: AtlasEvent | undefined;
  return { id: order.id, startDate: order.startDate, publishedDate: order.publishedDate, file, key, event: () => (parsed ??= JSON.parse(known.jsonOf(key)) as AtlasEvent), json: () => known.jsonOf(key) };
}

function hash(text: string): string {
  return sha256(text, 'base64url').slice(0, 22);
}
