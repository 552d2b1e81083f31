import type { FeatureTable } from '../extract/decide.ts';
import { audiencesMeet } from '../lexicon/audiences.ts';
import type { ReportPrint } from './report-print.ts';
import { sketchSimilarity } from './text-sketch.ts';

/**
 * The named evidence that two releases tell of one event, weighed as the extractors' facts are
 * (decide.ts's FeatureTable): place and date only make a pair possible; what it is about, who
 * organised it, who took part and its wording decide. Two events in one town in one week with one
 * organiser but another subject or audience stay apart: `other-subject`, `other-audience` and
 * `other-participants` each outweigh the place, the date and the organiser together. A publisher's house style is no
 * evidence: what people are quoted as saying is left out of the wording and the subject, and the
 * host country taking part in both is not "the same countries" (report-print.ts, participantFeature).
 */
export const REPORT_FEATURES = {
  'same-text': { weight: 10, note: 'the same wording (republished)' },
  'shared-wording': { weight: 2, note: 'much of the wording is shared' },
  'same-town': { weight: 1, note: 'held in the same town' },
  'town-in-country': { weight: 0.5, note: 'one names only the country the other’s town is in' },
  'same-dates': { weight: 1.5, note: 'the same days' },
  'dates-overlap': { weight: 1, note: 'the days overlap' },
  // "10–14 December" and "15–19 December": the days only touch, as two runs of a course in adjoining
  // weeks do; possible for one event (a day read a day off), but no sign of it.
  'dates-touch': { weight: 0, note: 'one ends the day before the other starts' },
  // "a two-day course" and "a five-day seminar": another event, unless one release misread its days.
  'other-length': { weight: -1.5, note: 'lasting another number of days' },
  'same-organiser': { weight: 1, note: 'an organiser in common' },
  'other-organiser': { weight: -0.5, note: 'no organiser in common' },
  'same-participants': { weight: 1, note: 'the same countries take part' },
  'participants-within': { weight: 0.5, note: 'the countries one names take part in the other' },
  'other-participants': { weight: -3, note: 'no participating country in common' },
  'same-experts': { weight: 0.5, note: 'experts from the same countries' },
  // Both name where the experts came from, and no country is in both: other teachers, another event.
  // An announcement that names no experts says nothing either way.
  'other-experts': { weight: -1.5, note: 'experts from other countries' },
  'same-subject': { weight: 2.5, note: 'about the same subject' },
  'near-subject': { weight: 1, note: 'about a related subject' },
  'other-subject': { weight: -4, note: 'about another subject' },
  'same-audience': { weight: 0.5, note: 'for people of the same sector' },
  // "for judges" and "for police officers": a course is for one audience, whatever words each release
  // finds for it (lexicon/audiences.ts); another sector is another event, as another subject is.
  'other-audience': { weight: -3, note: 'for people of another sector' },
  'same-topic': { weight: 0.5, note: 'a topic in common' },
  'other-topic': { weight: -1.5, note: 'no topic in common' },
  'other-kind': { weight: -1, note: 'another kind of event' },
} as const;
export type ReportFeature = keyof typeof REPORT_FEATURES;
export const REPORT_TABLE: FeatureTable<ReportFeature> = REPORT_FEATURES;

/** The score two releases need to be reports of one event. */
export const REPORT_THRESHOLD = 4;

/** Sketch similarity from which a text is the same wording again, and from which wording counts as shared. */
export const SAME_TEXT = 0.75;
const SHARED_WORDING = 0.2;
/** A body needs this many word runs before its wording can say it is another's. */
const MIN_SHINGLES = 12;
/** Share of the smaller subject vocabulary two releases of one event have in common (tuned on tests/fixtures/reports). */
const SAME_SUBJECT = 0.3;
const NEAR_SUBJECT = 0.2;
const OTHER_SUBJECT = 0.12;

/** Why a pair can never be one event, whatever else it shares; null when it can be. */
export type Veto = 'other-place' | 'other-dates' | null;

/** Both releases place the event, and no place of one can be a place of the other: "Osh" and "Bishkek"; "Osh" and "in Kazakhstan". */
export function placesVeto(a: ReportPrint, b: ReportPrint): boolean {
  if (a.places.length === 0 || b.places.length === 0) return false;
  return !a.places.some((p) => b.places.some((q) => samePlace(p, q) !== null));
}

/** Both releases date the event, and their days cannot overlap or touch (one day apart at most). */
export function datesVeto(a: ReportPrint, b: ReportPrint): boolean {
  if (a.from === null || b.from === null) return false;
  return dayGap(a, b) > 1;
}

/** The features that apply to a pair (order: as the table lists them). */
export function reportFeatures(a: ReportPrint, b: ReportPrint): { feature: ReportFeature; note?: string }[] {
  const out: { feature: ReportFeature; note?: string }[] = [];
  const text = sketchSimilarity(a.sketch, b.sketch);
  const long = Math.min(a.sketch.shingles, b.sketch.shingles) >= MIN_SHINGLES;
  if (a.textHash === b.textHash) out.push({ feature: 'same-text', note: 'the same text, whitespace aside (a repeat)' });
  else if (!long) {
    // Too short to tell a republication from two releases that share a formula ("no date. Body.").
  } else if (text >= SAME_TEXT) out.push({ feature: 'same-text', note: `the same wording (${percent(text)} of its word runs)` });
  else if (text >= SHARED_WORDING) out.push({ feature: 'shared-wording', note: `${percent(text)} of the word runs are shared` });
  const place = placeMatch(a, b);
  if (place !== null) out.push({ feature: place });
  if (a.from !== null && b.from !== null) {
    if (a.from === b.from && a.to === b.to) out.push({ feature: 'same-dates' });
    else if (dayGap(a, b) === 0) out.push({ feature: 'dates-overlap' });
    else if (dayGap(a, b) <= 1) out.push({ feature: 'dates-touch' });
  }
  if (a.days !== null && b.days !== null && a.days !== b.days) out.push({ feature: 'other-length', note: `${a.days} and ${b.days} days` });
  if (a.organizers.length > 0 && b.organizers.length > 0) out.push({ feature: shares(a.organizers, b.organizers) ? 'same-organiser' : 'other-organiser' });
  const participants = participantFeature(a, b);
  if (participants !== null) out.push(participants);
  if (a.experts.length > 0 && b.experts.length > 0) {
    if (shares(a.experts, b.experts)) out.push({ feature: 'same-experts' });
    else out.push({ feature: 'other-experts', note: `experts from ${a.experts.join(', ')} and from ${b.experts.join(', ')}` });
  }
  const subject = overlap(a.subject, b.subject);
  const note = `${percent(subject)} of the subject words are shared`;
  if (subject >= SAME_SUBJECT) out.push({ feature: 'same-subject', note });
  else if (subject >= NEAR_SUBJECT) out.push({ feature: 'near-subject', note });
  else if (subject < OTHER_SUBJECT) out.push({ feature: 'other-subject', note });
  if (a.audience.length > 0 && b.audience.length > 0) {
    if (!audiencesMeet(a.audience, b.audience)) out.push({ feature: 'other-audience', note: `${a.audience.join(', ')} and ${b.audience.join(', ')}` });
    else if (shares(a.audience, b.audience)) out.push({ feature: 'same-audience' });
  }
  if (shares(a.topics, b.topics)) out.push({ feature: 'same-topic' });
  else if (a.topics.length > 0 && b.topics.length > 0) out.push({ feature: 'other-topic', note: `${a.topics.join(', ')} and ${b.topics.join(', ')}` });
  if (!sameKind(a.kind, b.kind)) out.push({ feature: 'other-kind', note: `a ${a.kind} and a ${b.kind}` });
  return out;
}

/**
 * How the countries taking part compare. The country an event is held in takes part in most
 * events held there, so sharing it says little: when both releases name other countries too,
 * those are compared ("Montenegro, Belarus, Austria" and "Montenegro, San Marino" share only the
 * host: another audience).
 */
function participantFeature(a: ReportPrint, b: ReportPrint): { feature: ReportFeature; note?: string } | null {
  if (a.participants.length === 0 || b.participants.length === 0) return null;
  if (!shares(a.participants, b.participants)) return { feature: 'other-participants' };
  const hosts = new Set([...a.places, ...b.places].map((p) => p.countryCode));
  const guests = (p: ReportPrint) => p.participants.filter((c) => !hosts.has(c));
  const [x, y] = [guests(a), guests(b)];
  if (x.length > 0 && y.length > 0 && !shares(x, y)) return { feature: 'other-participants', note: 'no participating country in common but the host' };
  // Officers of the host country alone, in both: what most events held there say.
  if (x.length === 0 && y.length === 0) return null;
  if (a.participants.join() === b.participants.join()) return { feature: 'same-participants' };
  if (a.participants.every((c) => b.participants.includes(c)) || b.participants.every((c) => a.participants.includes(c))) return { feature: 'participants-within' };
  return null;
}

function placeMatch(a: ReportPrint, b: ReportPrint): 'same-town' | 'town-in-country' | null {
  let best: 'same-town' | 'town-in-country' | null = null;
  for (const p of a.places) {
    for (const q of b.places) {
      const m = samePlace(p, q);
      if (m === 'same-town') return m;
      best ??= m;
    }
  }
  return best;
}

function samePlace(p: ReportPrint['places'][number], q: ReportPrint['places'][number]): 'same-town' | 'town-in-country' | null {
  if (p.geonameId !== null && p.geonameId === q.geonameId) return 'same-town';
  if ((p.countryLevel || q.countryLevel) && p.countryCode !== null && p.countryCode === q.countryCode) return 'town-in-country';
  return null;
}

/** Days between the two ranges (0 when they overlap, 1 when one ends the day before the other starts). */
function dayGap(a: ReportPrint, b: ReportPrint): number {
  const [x, y] = a.from! <= b.from! ? [a, b] : [b, a];
  if (y.from! <= x.to!) return 0;
  return (Date.parse(y.from!) - Date.parse(x.to!)) / 86_400_000;
}

/** Kinds one release may call another: a "training course" announced is a "training" or a "seminar" reported. */
function sameKind(a: string, b: string): boolean {
  const group = (k: string) => (['seminar', 'training course', 'training', 'workshop', 'roundtable', 'event'].includes(k) ? 'teaching' : ['conference', 'forum', 'meeting', 'event'].includes(k) ? 'talks' : k);
  return a === 'event' || b === 'event' || group(a) === group(b);
}

function shares(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.includes(x));
}

/** |A ∩ B| / min(|A|, |B|) over two sorted lists. */
function overlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      both++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return both / Math.min(a.length, b.length);
}

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}
