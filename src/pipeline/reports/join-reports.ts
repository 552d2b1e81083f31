import type { AtlasEvent, Report } from '../../schema/dataset.ts';
import type { ReportKind } from '../../schema/evidence.ts';
import { pairKey, type PairJoin } from './find-reports.ts';
import type { ReportPrint } from './report-print.ts';
import { SAME_TEXT } from './report-evidence.ts';
import { sketchSimilarity } from './text-sketch.ts';

/** A release of the event, with its print (what was compared). */
export interface Told {
  event: AtlasEvent;
  print: ReportPrint;
}

/**
 * The releases that tell of one event → that event. The earliest release (by publication date,
 * then id) gives the id, source, title and every fact; the others become `reports`, each with its
 * kind, the facts it gave and why it was joined. What happened (the participant count, the days
 * held) is taken from a release written once the event had begun over one written before it, and
 * a derivation says so; a fact the first release lacks comes from the first other release that
 * has it; countries, organisers, organisations, people, quotes and topics are the union. Every span
 * taken from report i points into it (`release: i`). Pure: the same releases give the same event.
 */
export function joinReports(releases: readonly Told[], joins: ReadonlyMap<string, PairJoin>): AtlasEvent {
  const told = [...releases].sort((a, b) => byPublication(a.event, b.event));
  const first = told[0]!.event;
  const event: AtlasEvent = structuredClone(first);
  const gave: string[][] = told.map(() => []);
  const derivations = [...event.derivations];
  const wroteAfter = (e: AtlasEvent) => e.publishedDate !== null && (first.startDate ?? first.endDate) !== null && e.publishedDate >= (first.startDate ?? first.endDate)!;
  const firstIsAfter = wroteAfter(first);
  // What happened: from a release written once it had begun, when the first was written before.
  told.forEach(({ event: e }, i) => {
    if (i === 0) return;
    const later = !firstIsAfter && wroteAfter(e);
    if (e.participantCount !== null && (event.participantCount === null || (later && gave.every((g) => !g.includes('participantCount'))))) {
      const replaced = event.participantCount !== null;
      event.participantCount = e.participantCount;
      event.provenance.participantCount = tag(e.provenance.participantCount, i);
      gave[i]!.push('participantCount');
      derivations.push({ field: 'participantCount', reason: replaced ? `from ${e.source.file}, written after the event, rather than ${first.source.file}, written before it` : `from ${e.source.file}: ${first.source.file} gives no count` });
    }
    const datesOf = e.startDate !== null && e.endDate !== null;
    if (datesOf && (event.startDate === null || (later && gave.every((g) => !g.includes('startDate'))))) {
      const replaced = event.startDate !== null;
      if (!replaced || event.startDate !== e.startDate || event.endDate !== e.endDate) {
        Object.assign(event, { startDate: e.startDate, endDate: e.endDate, durationDays: e.durationDays, dates: e.dates });
        for (const f of ['startDate', 'endDate', 'durationDays'] as const) event.provenance[f] = tag(e.provenance[f], i);
        gave[i]!.push('startDate', 'endDate');
        derivations.push({ field: 'startDate', reason: replaced ? `the days held, from ${e.source.file}, written after the event, rather than ${first.source.file}, written before it` : `from ${e.source.file}: ${first.source.file} gives no days` });
      }
    }
    if (event.venues.length === 0 && e.venues.length > 0) {
      event.venues = tag(e.venues, i);
      e.venues.forEach((_, v) => gave[i]!.push(`venues.${v}`));
    }
    unionInto(event, e, i, gave[i]!);
  });
  // A fact now known is no longer absent.
  if (event.absences) event.absences = event.absences.filter((a) => (a.fact === 'venues' ? event.venues.length === 0 : a.fact === 'participantCount' ? event.participantCount === null : event[a.fact] === null));
  event.derivations = derivations;
  const corrections = told.flatMap(({ event: e }) => e.corrections ?? []);
  if (corrections.length > 0) event.corrections = corrections;
  event.warnings = [...first.warnings, ...told.slice(1).flatMap(({ event: e }) => e.warnings.map((w) => `${e.source.file}: ${w}`))];
  event.reports = told.slice(1).map(({ event: e, print }, k) => report(e, kindOf(told, k + 1), gave[k + 1]!, joinOf(print, told, joins)));
  return event;
}

function report(e: AtlasEvent, kind: ReportKind, gave: string[], joinedBy: Report['joinedBy']): Report {
  return { ...e.source, id: e.id, title: e.title, publishedDate: e.publishedDate, kind, gave, ...(joinedBy ? { joinedBy } : {}) };
}

/** Republished (the wording of an earlier release), another body's account, or written before or after the event. */
function kindOf(told: readonly Told[], i: number): ReportKind {
  const { event: e, print } = told[i]!;
  if (told.slice(0, i).some((t) => t.print.textHash === print.textHash || sketchSimilarity(t.print.sketch, print.sketch) >= SAME_TEXT)) return 'republication';
  const first = told[0]!;
  if (print.organizers.length > 0 && first.print.organizers.length > 0 && !print.organizers.some((o) => first.print.organizers.includes(o))) return 'partner';
  const start = told[0]!.event.startDate ?? told[0]!.event.endDate;
  return e.publishedDate !== null && start !== null && e.publishedDate < start ? 'announcement' : 'report';
}

/** The pair that joined this release: with the earliest release it was joined to. */
function joinOf(print: ReportPrint, told: readonly Told[], joins: ReadonlyMap<string, PairJoin>): Report['joinedBy'] {
  for (const t of told) {
    const join = joins.get(pairKey(t.print.id, print.id));
    if (join) return { with: t.event.id, score: Number.isFinite(join.score) ? Math.round(join.score * 100) / 100 : null, evidence: join.evidence };
  }
  return undefined;
}

/** Countries (their roles and evidence), organisers, organisations, people, quotes and topics of report i the event lacks. */
function unionInto(event: AtlasEvent, e: AtlasEvent, i: number, gave: string[]): void {
  for (const c of e.countries) {
    const have = event.countries.find((x) => x.code === c.code);
    if (!have) {
      event.countries.push(tag(c, i));
      gave.push(`countries.${c.code}`);
    } else if (c.roles.some((r) => !have.roles.includes(r))) {
      have.roles = [...have.roles, ...c.roles.filter((r) => !have.roles.includes(r))];
      have.evidence.push(...tag(c.evidence, i));
      gave.push(`countries.${c.code}`);
    }
  }
  const add = <T extends { name?: string | null; text?: string; id?: string }>(field: 'organizers' | 'organizations' | 'people' | 'quotes' | 'topics', keyOf: (x: T) => string) => {
    const list = event[field] as unknown as T[];
    const keys = new Set(list.map(keyOf));
    for (const x of e[field] as unknown as T[]) {
      if (keys.has(keyOf(x))) continue;
      keys.add(keyOf(x));
      list.push(tag(x, i));
      if (!gave.includes(field)) gave.push(field);
    }
  };
  const lower = (s: string | null | undefined) => (s ?? '').toLowerCase();
  add('organizers', (o) => lower(o.name));
  add('organizations', (o) => lower(o.name));
  add('people', (p) => lower(p.name));
  add('quotes', (q) => lower(q.text));
  add('topics', (t) => t.id ?? '');
}

/** A deep copy whose spans point into release i (a span is an object with a numeric start and end; its sentence is not a span). */
export function tag<T>(value: T, i: number): T {
  if (Array.isArray(value)) return value.map((v: unknown) => tag(v, i)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = k === 'sentence' ? v : tag(v, i);
  if (typeof out.start === 'number' && typeof out.end === 'number' && i > 0) out.release = i;
  return out as T;
}

function byPublication(a: AtlasEvent, b: AtlasEvent): number {
  if (a.publishedDate !== b.publishedDate) {
    if (a.publishedDate === null) return 1;
    if (b.publishedDate === null) return -1;
    return a.publishedDate < b.publishedDate ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
