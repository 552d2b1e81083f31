import { caseless, foldsPlainly, pick } from '../text/case-fold.ts';
import { eventAtOffice, officeHostsEvent } from './office-hosts-event.ts';
import type { VenueFeature } from './venue-weights.ts';

// Words that name the event or what it did: "a workshop in X", "officers trained in X".
export const EVENT_NOUN =
  /\b(?:train(?:ing|ings|ed|s)?|course|courses|workshops?|seminars?|conferences?|meetings?|exercises?|drills?|programmes?|programs?|sessions?|forums?|symposi(?:um|a)|visits?|graduation|ceremony|round ?tables?|webinars?|briefings?|lectures?|simulations?)\b/iu;
// A sentence about something else than this event: an earlier one, a pilot, the background.
const BACKGROUND = caseless(
  String.raw`\b(?:last year|last month|previous(?:ly)?|in the past|a pilot|the pilot|years? ago|since (?:19|20)\d\d)\b`,
);
// "six past course participants trained in X", "former trainees who studied at X": where those people once trained.
const PAST_TRAINEES_AT =
  /\b(?:past|former|earlier)\s+(?:[\p{L}-]+\s+){0,3}(?:participants|graduates|trainees|students|alumni|cadets)\s+(?:(?:who|that)\s+(?:were|had been|have been|had)\s+)?(?:trained|taught|educated|studied|schooled)\s+(?:in|at)\s+(?:the\s+)?$/iu;
// "deployed them … in the capital, X", "will be posted to X": where the people serve afterwards, not where they trained.
const DEPLOYED_BEFORE = caseless(String.raw`\b(?:deployed|redeployed|posted|stationed|assigned)\b[^.;:]{0,80}?\b(?:in|to|at|across|around)\b[^.;:]{0,40}$`);
// A sentence about a later or a similar event elsewhere (the lead sentence always tells of this one).
const OTHER_EVENT = caseless(String.raw`\b(?:next|future|upcoming|similar|followed by|subsequent(?:ly)?|another|due to (?:take place|be held))\b`);
// "in X", "at the X", "at AVANI, X" (a site's name, then its town).
const IN_AT = /\b(?:[Ii]n|[Aa]t|near|inside)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3},\s+)?$/u;
// The next names of a list after "in": "in Chisinau and ", "in Osh, Naryn and " (a headline's list is read name by name).
export const IN_AT_LIST = /\b(?:[Ii]n|[Aa]t)\s+(?:the\s+)?\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)?(?:\s*,\s*\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)?){0,6}\s*(?:,\s*and|,|and|&)\s+$/u;
// A headline's "to X" after a move: "officers sent to X", "a visit to X"; not "training to Yemen Customs".
const TO_VISIT = caseless(String.raw`\b(?:visits?|trips?|tours?|travel(?:s|led)?|went|goes|go|heads?|comes?|dispatched|sent|deployed)\s+to\s+(?:the\s+)?$`);
// "officers from X", "participants from A, B and C".
const FROM_LIST = /\bfrom\s+(?:the\s+)?(?:\p{Lu}[^\s,;]*(?:\s+(?:of\s+|and\s+the\s+)?\p{Lu}[^\s,;]*)*\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$/u;
// A site's kind: the place named with it is the site's town ("Moshi Police Academy", "Camp at Asutsuare").
export const FACILITY_WORD =
  /^(?:Academy|College|School|University|Institute|Hotel|Camp|Barracks|Post|Hall|Base|Station|Port|Airport|Prison|Stadium|Club|Complex|Facility|Training|Conference)$/u;
// An office's kind: the place named with it is the office's seat, not the event's ("the UNDP Office in X").
export const ORGANISER_WORD =
  /^(?:Office|Embassy|Mission|Delegation|Secretariat|Bureau|Consulate|Programme|Program|Project|Representation|Centre|Center|Headquarters|Ministry|Agency|Commission|Department)$/u;
const FACILITY_BEFORE = /(?:^|\s)(?:Academy|College|School|University|Institute|Hotel|Camp|Barracks|Post|Hall|Base|Station|Training Centre|Training Center|Complex|Facility|Club)\s*,?\s*(?:(?:in|at|of)\s+)?(?:the\s+)?$/u;
// "the UNDP Office in X", "the Head Office of Labour Inspection in X", "the French embassy in X".
const ORGANISER_BEFORE =
  /(?:^|\s)(?:Office|Embassy|Mission|Delegation|Secretariat|Bureau|Consulate|Programme|Representation|Centre|Center|Headquarters|[Oo]ffice|[Ee]mbassy|[Mm]ission|[Dd]elegation|[Cc]onsulate|[Hh]eadquarters)(?:\s+(?:of|for|on|the|and|\p{Lu}[\p{L}\-]*)){0,6}\s+(?:in|at|to|for)\s+(?:the\s+)?$/u;
// How far before "in X" the event noun may stand: "convened a workshop on SADC Benefits Case … at X".
const EVENT_IN_REACH = 110;
// The event noun and no clause break after it: "a course opened at the Academy, with the Ambassador in X" is not the course's X.
const EVENT_IN = caseless(`${EVENT_NOUN.source}[^,;:]*$`);
// EVENT_NOUN in both forms, for the text read here (exported as written for the other readers).
const EVENT_NOUN_EITHER = caseless(EVENT_NOUN.source);
// What every match of PAST_TRAINEES_AT and of DEPLOYED_BEFORE holds: a sentence without it (most)
// skips the expression for each place it names.
const PAST_WORD = caseless('past|former|earlier');
const DEPLOYED_WORD = caseless('deployed|posted|stationed|assigned');
export const HOSTS = /^\s+(?:hosts|hosted|will host|is hosting|was hosting|to host)\b/u;
const YEAR_AFTER = /^[^.;]{0,25}?\b(?:in|of|since)\s+((?:19|20)\d\d)\b/u;
const YEAR_DIGITS = /\d{4}/;

/** Where the words around a place stand. */
export interface MentionContext {
  /** The sentence or line the place is named in, and where the place's phrase starts and ends in it. */
  text: string;
  start: number;
  end: number;
  /** 'body' sentence, the title, or a line under it. */
  kind: 'body' | 'title' | 'dateline' | 'location-line';
  /** The lead sentence (the first of the body): it always tells of the event itself. */
  lead: boolean;
  /** The latest year the top of the release names: an earlier year marks another event. */
  releaseYear: number | null;
}

/**
 * The features a place's context shows, read from the words before and after it: "a workshop in X"
 * (event-in), "at the X Police Academy" (facility), "the UNDP Office in X" (organiser-seat),
 * "officers from X" (participants-origin), "a pilot course held in X in 2017" (background).
 */
export function contextFeatures(c: MentionContext): VenueFeature[] {
  const out: VenueFeature[] = [];
  // What the whole text says, read once for all the places named in it; `before` and `after` lie in it.
  const facts = textFacts(c.text);
  const plain = facts.plain;
  const before = c.text.slice(Math.max(0, c.start - 120), c.start);
  const after = c.text.slice(c.end);
  if (c.kind === 'title') out.push('title');
  if (c.kind === 'dateline' || c.kind === 'location-line') out.push(c.kind);
  const facility = FACILITY_BEFORE.test(before);
  // "the UNDP Office in X": the "in" belongs to the office's name, not to the event; unless the office
  // hosts the event and its sentence names no other place for it (office-hosts-event.ts).
  const seat = !facility && ORGANISER_BEFORE.test(before);
  // "the conference at INTERPOL's headquarters in X": at the office, so at its seat (office-hosts-event.ts).
  const atOffice = seat && eventAtOffice(before, EVENT_NOUN);
  const office = seat && !atOffice && !officeHostsEvent(after);
  if (seat && !office && !atOffice) out.push('held-in');
  const inAt = !office && (IN_AT.test(before) || (c.kind === 'title' && (pick(TO_VISIT, plain).test(before) || IN_AT_LIST.test(before))));
  if (inAt) out.push('in-place');
  // "a workshop for participants from 11 countries, in Tema": a place set off by a comma still follows its noun.
  if (inAt && eventBefore(before.replace(IN_AT, '').slice(-EVENT_IN_REACH), plain)) out.push('event-in');
  if (facility || atOffice) out.push('facility');
  if (office) out.push('organiser-seat');
  // (FROM_LIST reads "from" as written: a context without it, most, skips the expression.)
  if (before.includes('from') && FROM_LIST.test(before)) out.push('participants-origin');
  if ((facts.deployedWord ??= pick(DEPLOYED_WORD, plain).test(c.text)) && pick(DEPLOYED_BEFORE, plain).test(before)) out.push('deployed-to');
  // "Currently, X hosts training courses": the place hosts the event.
  // ("the University of Georgia hosts": the body hosts, not the place in its name.)
  if (HOSTS.test(after) && !office && !/\bof\s+(?:the\s+)?$/u.test(before)) out.push('held-in');
  if (c.kind === 'body' || c.kind === 'title') {
    // A sentence about an office ("the embassy in X said") is not about the event's place.
    if ((facts.eventNoun ??= pick(EVENT_NOUN_EITHER, plain).test(c.text)) && !office) out.push('event-noun');
    // (A text with no four digits, most, has no year after the place.)
    const year = (facts.yearDigits ??= YEAR_DIGITS.test(c.text)) ? YEAR_AFTER.exec(after) : null;
    const background = (facts.background ??= pick(BACKGROUND, plain).test(c.text))
      || ((facts.pastWord ??= pick(PAST_WORD, plain).test(c.text)) && PAST_TRAINEES_AT.test(before))
      || (year && c.releaseYear !== null && Number(year[1]) < c.releaseYear);
    if (background) out.push('background');
    else if (c.kind === 'body' && !c.lead && (facts.otherEvent ??= pick(OTHER_EVENT, plain).test(c.text))) out.push('other-event');
  }
  return out;
}

// The event noun before "in X" (`head`: the words before "in"), its clause unbroken; read only of a place after "in" or "at".
function eventBefore(head: string, plain: boolean): boolean {
  return /,\s*$/u.test(head) ? pick(EVENT_NOUN_EITHER, plain).test(head) : pick(EVENT_IN, plain).test(head);
}

// What a whole sentence (or line) says, each read when first asked, once for all the places named in it.
interface TextFacts {
  /** foldsPlainly: the caseless expressions may run without `u`. */
  plain: boolean;
  eventNoun?: boolean;
  background?: boolean;
  otherEvent?: boolean;
  pastWord?: boolean;
  deployedWord?: boolean;
  /** Four digits in a row: what a year after a place (YEAR_AFTER) needs. */
  yearDigits?: boolean;
}
// The texts asked of lately: a release's places are read sentence by sentence, and again by other
// readers (institutions, lists) that come back to the same sentences; cleared when it grows.
const facts = new Map<string, TextFacts>();
const MAX_FACTS = 256;

function textFacts(text: string): TextFacts {
  let known = facts.get(text);
  if (known === undefined) {
    if (facts.size >= MAX_FACTS) facts.clear();
    known = { plain: foldsPlainly(text) };
    facts.set(text, known);
  }
  return known;
}

const YEAR = /\b(199\d|20[0-4]\d)\b/g;

/** The latest year (1990–2049) in a piece of text, null when it names none. */
export function latestYear(text: string): number | null {
  // An exec loop over one expression: matchAll would copy it for every release.
  let latest: number | null = null;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m !== null; m = YEAR.exec(text)) latest = Math.max(latest ?? 0, Number(m[1]));
  return latest;
}
