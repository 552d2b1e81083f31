import type { AtlasEvent } from '../../schema/dataset.ts';
import { audienceSectors } from '../lexicon/audiences.ts';
import { findCountryMentions } from '../lexicon/countries.ts';
import { ATTENDING_PEOPLE, TEACHING_PEOPLE } from '../lexicon/people-nouns.ts';
import { organizationKey } from '../organizations/organization-key.ts';
import { classOf, LETTER } from '../text/code-point-class.ts';
import { sha256 } from '../text/sha256.ts';
import { textSketch, type TextSketch } from './text-sketch.ts';

/** A venue as the comparison needs it: the town's GeoNames id (null at region or country level) and its country. */
export interface PrintPlace {
  geonameId: number | null;
  countryCode: string | null;
  /** Only the country is known ("in Tajikistan"): it contains any town of that country. */
  countryLevel: boolean;
}

/**
 * What the finding of reports compares of one event, read from it alone: its places, the days it
 * may have been held, who organised it and who took part, its subject and its wording. Pure and
 * small, so every event's print is made once and pairs are compared without the events.
 */
export interface ReportPrint {
  id: string;
  file: string;
  publishedDate: string | null;
  places: PrintPlace[];
  /** The days the event may have been held, inclusive; null when the release gives none. */
  from: string | null;
  to: string | null;
  /** How many days the event lasted, as the release states or counts it; null when it does not. */
  days: number | null;
  organizers: string[];
  /** Countries taking part as participants, and as experts (sorted codes). */
  participants: string[];
  experts: string[];
  topics: string[];
  kind: string;
  /** Who the event was for, by sector ("judges" → justice; lexicon/audiences.ts), sorted; empty when no sector is named. */
  audience: string[];
  /** Content words of the title and the text (sorted, each once): what the event is about, its audience aside. */
  subject: string[];
  sketch: TextSketch;
  /** A hash of the whole text, whitespace aside: equal for an exact repeat (another file, other line endings). */
  textHash: string;
  /** alikeKey(print), made with the print (in a worker thread when there are workers); absent in a print made by hand. */
  alike?: string;
}

/**
 * A hash of everything finding the reports compares of a print but its id, file, date of publication,
 * length in days and text hash: equal for releases alike in all of it (see twins in find-reports.ts).
 * Made with each print, so that the main thread, which finds the reports after the last release, does
 * not serialise every print again to compare them.
 */
export function alikeKey(p: Omit<ReportPrint, 'alike'>): string {
  const alike = JSON.stringify([p.places, p.from, p.to, p.organizers, p.participants, p.experts, p.topics, p.kind, p.audience, p.subject, p.sketch]);
  return sha256(alike, 'base64url');
}

/** "Dushanbe, 11–15 March": an event → its print (see ReportPrint). */
export function reportPrint(e: AtlasEvent): ReportPrint {
  const from = e.startDate ?? e.dates.approximate?.from ?? e.endDate;
  const to = e.endDate ?? e.dates.approximate?.to ?? e.startDate;
  const withRole = (role: string) => [...new Set(e.countries.filter((c) => c.roles.some((r) => r === role)).map((c) => c.code))].sort();
  const audience = audienceOf(e);
  const print: ReportPrint = {
    id: e.id,
    file: e.source.file,
    publishedDate: e.publishedDate,
    places: e.venues.map((v) => ({ geonameId: v.precision === 'city' ? v.geonameId : null, countryCode: v.countryCode, countryLevel: v.precision !== 'city' })),
    from: from ?? null,
    to: to ?? null,
    days: e.durationDays,
    organizers: [...new Set(e.organizers.map((o) => organizerKey(o.name, o.seatGeonameId ?? null)))].sort(),
    participants: withRole('participant'),
    experts: withRole('expert'),
    topics: e.topics.map((t) => t.id).sort(),
    kind: e.kind,
    audience: audience.sectors,
    subject: subjectWords(withoutNames(e, audience.phrases), namesOf(e)),
    sketch: textSketch(bodyOf(withoutQuotes(e))),
    textHash: sha256(e.source.text.replace(/\s+/g, ' ').trim(), 'base64url').slice(0, 22),
  };
  print.alike = alikeKey(print);
  return print;
}

/**
 * organizationKey, remembered: an archive names a few hundred bodies, each in many releases, and the
 * key (a dozen expressions over the name) was a third of the print's own time. Pure, so bounded by
 * clearing when full.
 */
function organizerKey(name: string, seatGeonameId: number | null): string {
  const asked = `${seatGeonameId ?? ''}\0${name}`;
  let key = ORGANIZER_KEYS.get(asked);
  if (key === undefined) {
    if (ORGANIZER_KEYS.size >= 20_000) ORGANIZER_KEYS.clear();
    ORGANIZER_KEYS.set(asked, (key = organizationKey(name, seatGeonameId)));
  }
  return key;
}
const ORGANIZER_KEYS = new Map<string, string>();

/**
 * The release's text with its places, countries, bodies, people, dates and count blanked out: what
 * is left says what the event was about ("risk analysis at border crossings"), not where, when or
 * by whom, which the other features compare.
 */
function withoutNames(e: AtlasEvent, audiencePhrases: readonly [number, number][]): string {
  const spans = [
    ...e.venues.map((v) => v.span),
    ...e.countries.flatMap((c) => c.evidence.map((x) => x.span)),
    ...[...e.organizers, ...e.organizations, ...e.people].map((o) => o.span),
    ...(['startDate', 'endDate', 'participantCount'] as const).map((f) => e.provenance[f]),
    // Every country however written ("Kyrgyz", "the Kyrgyz Republic"), given a role or not.
    ...findCountryMentions(e.source.text).map(({ start, end }) => ({ start, end, release: 0 })),
  ];
  // Code units, as spans count them; a blank keeps every other offset in place.
  const text = e.source.text;
  const blank = new Uint8Array(text.length);
  // A long span is a sentence a fact was read from, not a name: its words stay.
  for (const span of spans) if (span && (span.release ?? 0) === 0 && span.end - span.start <= 60) blank.fill(1, span.start, span.end);
  // The audience is compared on its own (ReportPrint.audience): "for police officers" in both
  // releases would otherwise make two courses for police look like one subject.
  for (const [start, end] of audiencePhrases) blank.fill(1, start, end);
  // Who spoke is not what the event was about: a speaker's title ("Director of the National Police
  // Academy", "Head of the training unit") is blanked where it stands in the speaker's sentence.
  for (const person of e.people) {
    const sentence = person.span.sentence;
    if (person.role === null || sentence === undefined || (person.span.release ?? 0) !== 0) continue;
    const at = text.slice(sentence.start, sentence.end).indexOf(person.role);
    if (at >= 0) blank.fill(1, sentence.start + at, sentence.start + at + person.role.length);
  }
  return bodyOf(withBlanks(text, blankQuotes(e, text, blank)), true);
}

/**
 * Plural nouns for people who attend, longest first ("policewomen" before "police"). The collectives
 * ("police", "delegation") are left out: "the Border Police hosted …" names a body, not an audience.
 */
const ATTENDING = [...ATTENDING_PEOPLE].sort((a, b) => b.length - a.length);
/**
 * People named with up to three words before them ("border police officers", "border and customs
 * managers") and an "of" phrase after ("members of the judiciary"). The words before stop at any
 * function word but "and": in "a course on border management for judges" only "judges" names the
 * audience.
 */
const PEOPLE_PHRASE = new RegExp(String.raw`((?:\b(?!(?:a|an|at|by|for|from|in|of|on|the|to|with)\b)[a-z][a-z-]*\s+){0,3})\b(${ATTENDING.join('|')})\b(\s+of\s+(?:the\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)?`, 'gi');

/**
 * Who the event was for, by sector, as its title, its first sentence and its count's sentence name
 * them ("a course for border police officers", "Thirty judges attended"), bodies' names left out
 * ("the Border Police organised …" names an organiser, not the audience); and where those phrases
 * are in the text, which the subject leaves to this comparison.
 */
function audienceOf(e: AtlasEvent): { sectors: string[]; phrases: [number, number][] } {
  const text = e.source.text;
  const blank = new Uint8Array(text.length);
  for (const o of [...e.organizers, ...e.organizations]) if ((o.span.release ?? 0) === 0) blank.fill(1, o.span.start, o.span.end);
  // Same length as the text: every offset below is the text's.
  const named = withBlanks(text, blank);
  const titleEnd = named.indexOf('\n');
  const ranges: [number, number][] = [[0, titleEnd < 0 ? named.length : titleEnd]];
  if (titleEnd >= 0) {
    const lead = /[^\n]*?[.!?](?=\s|$)|[^\n]+/.exec(named.slice(titleEnd + 1));
    if (lead !== null) ranges.push([titleEnd + 1 + lead.index, titleEnd + 1 + lead.index + lead[0].length]);
  }
  const count = e.provenance.participantCount;
  if (count?.sentence !== undefined && (count.release ?? 0) === 0) ranges.push([count.sentence.start, count.sentence.end]);
  const sectors = new Set<string>();
  const phrases: [number, number][] = [];
  for (const [start, end] of ranges) {
    for (const m of named.slice(start, end).matchAll(PEOPLE_PHRASE)) {
      const found = audienceSectors(m[0]);
      if (found.length === 0) continue;
      for (const s of found) sectors.add(s);
      phrases.push([start + m.index, start + m.index + m[0].length]);
    }
  }
  return { sectors: [...sectors].sort(), phrases };
}

/**
 * The release's text with what people are quoted as saying blanked out. A quote is the speaker's
 * words, not what the event was about, and a publisher's spokespeople say the same of every event
 * ("proud to support this work"): two releases sharing only that are two events in one house style.
 * A republication shares its other sentences too.
 */
function withoutQuotes(e: AtlasEvent): string {
  const text = e.source.text;
  return withBlanks(text, blankQuotes(e, text, new Uint8Array(text.length)));
}

/** `blank` (one flag per code unit of the release's text) with every quote's span flagged, its line breaks kept. */
function blankQuotes(e: AtlasEvent, text: string, blank: Uint8Array): Uint8Array {
  for (const q of e.quotes) {
    if ((q.span.release ?? 0) !== 0) continue;
    for (let i = q.span.start; i < q.span.end && i < text.length; i++) if (blank[i] === 0 && text.charCodeAt(i) !== 10) blank[i] = 1;
  }
  return blank;
}

/** `text` with each flagged code unit a space: built from runs, as splitting it into one string per code unit cost more than the rest of the print. */
function withBlanks(text: string, blank: Uint8Array): string {
  let out = '';
  let at = 0;
  while (at < text.length) {
    let end = at;
    const flag = blank[at];
    while (end < text.length && blank[end] === flag) end++;
    out += flag === 1 ? ' '.repeat(end - at) : text.slice(at, end);
    at = end;
  }
  return out;
}

/** Every word of the event's places and countries as named anywhere ("Almaty", "Kazakh"): names, not subject. */
function namesOf(e: AtlasEvent): Set<string> {
  const names = [...e.venues.flatMap((v) => [v.city, v.name, v.region]), ...e.countries.flatMap((c) => [c.name, ...c.evidence.map((x) => ((x.span.release ?? 0) === 0 && x.span.end - x.span.start <= 40 ? e.source.text.slice(x.span.start, x.span.end) : ''))])];
  // letterRuns reads the runs /\p{L}{4,}/gu finds, by hand (see there).
  return new Set(names.flatMap((n) => (n ? [...letterRuns(n.toLowerCase(), 4)] : [])).map(stem));
}

/** A release's body: without its title line and the lines a republisher adds ("Source: …", "Originally published …"). */
export function bodyOf(text: string, withTitle = false): string {
  const lines = text.split('\n');
  return lines
    .slice(withTitle ? 0 : 1)
    .filter((line) => !REPUBLISHER_LINE.test(line) && !IMAGE_LINE.test(line))
    .map((line) => (line.includes('://') ? line.replace(URL, ' ') : line))
    .join('\n');
}

const REPUBLISHER_LINE = /^\s*(?:source|originally published|first published|republished|reprinted|via|photo|read more)\b[^\n]*$/i;
// A picture and its caption ("![Participants during a session](https://…/x7b2.jpg)") and any address:
// how a page is laid out, not what the event was about nor its wording. Two releases from one site
// share them (the site's host, its media folder, its stock captions) whatever they report.
const IMAGE_LINE = /^\s*!\[[^\]\n]*\]\([^)\n]*\)\s*$/;
const URL = /\b[a-z][a-z0-9+.-]*:\/\/[^\s)\]]+/gi;

// Words that say nothing of a training's subject: the genre's own (press, release, officers, took
// part) and English function words. Content words are 4 letters or more, so short ones need no entry.
const GENRE_WORDS = new Set(
  (
    'that this with from were will have been their they them which said also more than about into over under other ' +
    'after before during while where when what would could should these those there here its your some each such ' +
    'being only both most many much very well like just upon within among between through against without ' +
    'osce office centre center mission programme program project presence organization organisation organized organised ' +
    'held hold holds today yesterday week month year years days day began begin begins ended ends ending opened ' +
    'took part participants participant representatives officials officers experts expert trainers trainer ' +
    'event events course courses training trainings seminar seminars workshop workshops conference roundtable meeting ' +
    'forum exercise study visit national international regional local government ministry state country countries ' +
    'support supported supporting help helps helped aims aimed goal purpose together including included various ' +
    'head deputy ambassador said says according noted stressed added announced announces release press ' +
    'five four three seven eight nine first second third several number total among some ' +
    'twelve fifteen twenty thirty forty fifty sixty seventy eighty ninety hundred dozen ' +
    'january february march april june july august september october november december ' +
    'complete completed completes finished finish shared share expected expect train trained trains teach taught ' +
    'showed show explained explain described describe discussed discuss present presented will today ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'take takes taking taken place places brought bring brings jointly joint hosts hosted host hosting ' +
    'start starts started looks look supports ' +
    // How any training is taught, not what it taught: "instructors ran the practical exercises",
    // "shared their experience", "new skills in …".
    'practical exercises exercise sessions session experience experiences skills skill knowledge ' +
    TEACHING_PEOPLE.join(' ')
  ).split(' '),
);

const PARTNER_FORMULA = /\b(?:in|with the) co-?operation (?:with|of)\b/g;

/** The content words of a text, lower case, sorted and each once ("Risk analysis for customs" → analysis, customs, risk). */
export function subjectWords(text: string, names: ReadonlySet<string> = new Set()): string[] {
  const words = new Set<string>();
  // "in co-operation with" names a partner (compared as an organiser), not what was taught; its
  // "operation" would meet any other release's.
  for (const word of letterRuns(text.toLowerCase().replace(PARTNER_FORMULA, ' '), 4)) {
    const w = stem(word);
    if (!GENRE_WORDS.has(word) && !GENRE_WORDS.has(w) && !names.has(w)) words.add(w);
  }
  return [...words].sort();
}

/**
 * The runs of at least `min` letters in `text`, as /\p{L}{min,}/gu finds them, read by hand: the
 * expression, run over every release's whole text, was the build's dearest after extraction. ASCII
 * is decided by its code; any other code point by its class (code-point-class.ts).
 */
export function* letterRuns(text: string, min: number): Generator<string> {
  let start = -1;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let letter: boolean;
    let width = 1;
    if (c < 128) letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    else {
      const point = text.codePointAt(i)!;
      if (point > 0xffff) width = 2;
      letter = (classOf(point) & LETTER) !== 0;
    }
    if (letter) {
      if (start < 0) start = i;
      letters++;
    } else {
      if (letters >= min) yield text.slice(start, i);
      start = -1;
      letters = 0;
    }
    i += width - 1;
  }
  if (letters >= min) yield text.slice(start);
}

// A word's first five letters: a crude stem that lets "policing" and "police", "equality" and
// "equal", "recorded" and "records" meet, which is what two accounts of one subject share.
function stem(word: string): string {
  return word.slice(0, 5);
}
