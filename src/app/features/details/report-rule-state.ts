import type { EventSummary } from '../../../schema/app-files.ts';
import type { AtlasEvent } from '../../../schema/dataset.ts';
import type { ReportRule } from '../../../schema/report-rule.ts';
import { foldTerm } from '../../../schema/search-terms.ts';
import { formatEventDates } from '../../../vocabulary/format-dates.ts';
import { placesLine } from '../../../vocabulary/place-label.ts';

// A person's word on which releases tell of one event, as corrections.yaml entries
// (src/schema/report-rule.ts): "Not the same event" beside a joined release, "Same event as…" in
// the details. Pure: the components only post or show what these return.

export type RulesResult = { ok: true; rules: ReportRule[] } | { ok: false; problem: string };

const NOTE_PROBLEM = 'Say why (the note is kept in corrections.yaml).';

/**
 * Splits report `r` (an index into `event.reports`) off the event: one `notSameEventAs` rule
 * against each other release of the event, so no chain through a third release joins it back
 * (b joined to c, c to a: "b is not a" alone would leave b with c and split a off instead).
 * e.g. reports [b, c], r = 0 → `b.txt notSameEventAs a.txt`, `b.txt notSameEventAs c.txt`.
 */
export function splitOffRules(event: AtlasEvent, r: number, note: string): RulesResult {
  const why = note.trim();
  const reports = event.reports ?? [];
  const report = reports[r];
  if (!report) return { ok: false, problem: 'That release is no longer joined to this event.' };
  if (why === '') return { ok: false, problem: NOTE_PROBLEM };
  const others = [event.source.file, ...reports.filter((_, k) => k !== r).map((x) => x.file)];
  return { ok: true, rules: others.map((other) => ({ file: report.file, notSameEventAs: other, note: why })) };
}

/** Joins this event and another (by the file of its first release) by hand: `sameEventAs`. */
export function sameEventRules(event: AtlasEvent, otherFile: string | null, note: string): RulesResult {
  const why = note.trim();
  if (otherFile === null) return { ok: false, problem: 'Choose the other event.' };
  if (otherFile === event.source.file || (event.reports ?? []).some((x) => x.file === otherFile)) return { ok: false, problem: 'That release already tells of this event.' };
  if (why === '') return { ok: false, problem: NOTE_PROBLEM };
  return { ok: true, rules: [{ file: event.source.file, sameEventAs: otherFile, note: why }] };
}

/** An event as the "Same event as…" list offers it. */
export interface EventChoice {
  id: string;
  title: string;
  /** "Dushanbe, Tajikistan"-like line of its places, and its dates in words. */
  place: string;
  dates: string;
}

/** How many events the list shows at once: a person narrows it by typing. */
export const MAX_CHOICES = 50;

/**
 * The events another event may be joined to, for a query: every word of it (case and accents
 * aside) must be in the title, the places or the dates as shown; the event itself is left out.
 * Nearest in time to `near` first (the likely other report of one event), undated last, then in
 * the build's order. At most MAX_CHOICES; `more` counts the rest.
 */
export function eventChoices(events: readonly EventSummary[], selfId: string, near: string | null, query: string): { choices: EventChoice[]; more: number } {
  const words = query.split(/\s+/).map(foldTerm).filter(Boolean);
  const nearDay = near === null ? null : Date.parse(near);
  const matched: { choice: EventChoice; distance: number; at: number }[] = [];
  events.forEach((e, at) => {
    if (e.id === selfId) return;
    const choice = { id: e.id, title: e.title, place: placesLine(e.venues), dates: formatEventDates(e, 'list') };
    const haystack = foldTerm(`${choice.title} ${choice.place} ${choice.dates} ${e.startDate ?? ''}`);
    if (!words.every((w) => haystack.includes(w))) return;
    const day = e.startDate ?? e.endDate ?? e.publishedDate;
    const distance = day === null || nearDay === null ? Infinity : Math.abs(Date.parse(day) - nearDay);
    matched.push({ choice, distance, at });
  });
  matched.sort((a, b) => (a.distance === b.distance ? 0 : a.distance - b.distance) || a.at - b.at);
  return { choices: matched.slice(0, MAX_CHOICES).map((m) => m.choice), more: Math.max(0, matched.length - MAX_CHOICES) };
}
