import type { Span } from '../../schema/dataset.ts';
import { findCountry } from '../lexicon/countries.ts';
import { MONTH_PATTERN } from '../lexicon/months.ts';
import { caseless, foldsPlainly, pick } from '../text/case-fold.ts';
import { maskQuotes } from './date-anchor.ts';
import { parsePlaceList, type PlaceItem } from './place-list.ts';
import { EVENT_NOUN, FACILITY_WORD, ORGANISER_WORD } from './venue-context.ts';

/** One phrase that names where the event was: a list of places, or "throughout the country". */
export interface VenueCandidate {
  items: PlaceItem[];
  /** "held in X", "in the town of X", "in X on 5 May": the text says outright that the event was there. */
  strong: boolean;
  /** "held throughout the country": the whole country, which one left to the caller. */
  nationwide: Span | null;
  /** Only a place a table knows counts: the phrase may as well name a person or a body ("X hosted a training"). */
  knownOnly?: boolean;
}

const WEEKDAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
// Verbs whose place is the event's: "held in", "began today in", "concluded on Friday in", "was opened at".
// People who "gathered", "met" or "assembled" at a place were there for the event as much as it was "held" there.
const EVENT_VERB =
  'gathered|met|assembled|held|hosted|conducted|organi[sz]ed|took place|takes? place|taking place|started|starts|began|begins|begun|opened|opens|concluded|concludes|ended|ends|completed|convened|launched|carried out|under ?way';
// What may stand between such a verb and its place: "today", "on 5 May", "from 6 to 10 December 2021".
const ADVERBIAL = `(?:\\s+(?:today|yesterday|recently|successfully|jointly|also|here|this|last|week|on|from|to|until|till|and|between|[–—-]|\\d{1,4}(?:[–-]\\d{1,2})?(?:st|nd|rd|th)?,?|(?:${MONTH_PATTERN})\\.?,?|(?:${WEEKDAY}),?))*?`;
// Caseless, run in its plain form where the sentence allows (text/case-fold.ts): asked of every sentence.
const EVENT_VERB_WORD = caseless(`\\b(?:${EVENT_VERB})\\b`);
const EVENT_PLACE = new RegExp(`\\b(?:${EVENT_VERB})${ADVERBIAL}\\s+(in|at|throughout|across)\\s+`, 'giu');
// One of `verbs`, then the event noun as its object and the words after it (no clause break, no other
// preposition of place), then "in". Case as written: the event noun is a common noun ("by the OSCE
// Programme Office in X" names an office). Each made on first use: EVENT_NOUN comes from
// venue-context.ts, which this file's importers load first.
const objectIn = (verbs: string): RegExp =>
  new RegExp(
    `\\b(?:${verbs})\\s+(?:(?:a|an|the|two|three|four|five|several|series\\s+of|its|their)\\s+)?(?:(?!(?:by|for|with|from|of|in|at|to)\\b)[\\p{L}-]+\\s+){0,3}?${EVENT_NOUN.source}(?:\\s+(?!(?:in|at|to|near|from|by|with)\\b)[^\\s,;:.()]+){0,8}?\\s+in\\s+(?=(?:the\\s+)?\\p{Lu})`,
    'gu',
  );
// An active verb of holding: "held trainings on jury trials for 60 judges in ".
let eventObjectIn: RegExp | undefined;
const EVENT_OBJECT_IN = (): RegExp => (eventObjectIn ??= objectIn('held|hosted|conducted|organi[sz]ed|convened|launched|delivered|ran'));
// The same with a verb of taking part: "officers attended a five-day course on X in ", "took part in a
// workshop in ": people were at the event, and it was in the place after its noun.
let attendedObjectIn: RegExp | undefined;
const ATTENDED_OBJECT_IN = (): RegExp =>
  (attendedObjectIn ??= objectIn('attended|attend|attends|attending|joined|(?:took|take|takes|taking)\\s+part\\s+in|participated\\s+in|participating\\s+in'));
// Words every match of ATTENDED_OBJECT_IN holds: most sentences have none and skip it.
const MAY_ATTEND = /attend|joined|part in|participat/;
const THE_COUNTRY = /(?:the\s+(?:whole\s+|entire\s+)?country|the\s+nation)\b/iy;
// "in the town of X", "in Kazakhstan's capital, X": the text says X is a town.
const TOWN_OF = /\b(?:town|city|village|settlement|resort|capital|capital city)(?: of|,)?\s+(?=\p{Lu})/gu;
// "in Sulaymania city", "in Quetta town": a name the text itself calls a town.
const NAME_CITY = /\bin\s+(?=(?:the\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)?\s+(?:city|town)\b)/gu;
const CITY_WORD = /\s(?:city|town)\b/u;
const PLACES_WORD = /\b(?:places|towns|cities|locations|districts|villages|municipalities|sites)\b/u;
// "will go to different places of the province, as A, B and C", "in several towns such as A and B": the places the event went to.
const PLACES_SUCH_AS =
  /\b(?:in|to|at|across|around)\s+(?:[\p{Ll}-]+\s+){0,3}(?:places|towns|cities|locations|districts|villages|municipalities|sites)\b(?:\s+of\s+(?:the\s+)?[\p{L}\s]{1,40}?)?,?\s+(?:such as|as|like|including|namely)\s+(?=\p{Lu})/gu;
// "two sergeants are presently in Kingston, Jamaica": where people are, the event's place when they are there for it.
const BE_IN = /\s(?:are|were|is|was)\s+(?:(?:presently|currently|now|still|already)\s+)?in\s+(?=(?:the\s+)?\p{Lu})/gu;
// "… attending the second international course": the people are there for an event.
const ATTENDING = new RegExp(`\\b(?:attend(?:s|ed|ing)?|taking part in|took part in|participating in)\\s+(?:[\\p{L}-]+\\s+){0,6}?${EVENT_NOUN.source}`, 'iu');
// A next sentence about the same people: "They are attending …", "The policemen are attending …".
const BACK_REFERENCE = /^\s*(?:They|These|Both|He|She|The\s+(?:two\s+|\p{Ll}+\s+)?(?:officers|policemen|policewomen|officials|participants|delegates|inspectors|judges|prosecutors|sergeants|cadets|trainees|guards|experts|staff))\b/u;
// The destination of a visit: "a study visit to Poland", "a trip to Vilnius and Riga".
const VISIT_TO = /\b(?:visit|visits|trip|tour)\s+to\s+(?=(?:the\s+)?\p{Lu})/gu;
// "visited the Border Guard School in X": each stop of a visit.
const VISITED = /\bvisit(?:ed|ing)\b/u;
// "travelled to Warsaw, where the seminar took place": the place a relative clause says the event was at.
const WHERE_HELD = new RegExp(`(\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*){0,2}),?\\s+where\\s+[^.;]{0,80}?\\b(?:${EVENT_VERB})\\b`, 'gu');
// "Ohrid hosted a three-day training", "Almaty will host the seminar": a place that hosts the event, as the sentence's subject.
const PLACE_HOSTS = new RegExp(`(?:^|[;:]\\s+)(?:the\\s+)?(\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*){0,2})\\s+(?:hosted|hosts|is\\s+hosting|will\\s+host)\\s+(?:a|an|the|this|its)\\s+(?:[\\p{L}-]+\\s+){0,4}?${EVENT_NOUN.source}`, 'gu');
// "travelled to Moscow to attend a course", "brought 30 prosecutors to Vienna for a week-long course": people
// go to a place for the event, so it is held there.
const TRAVEL_TO = new RegExp(
  `\\b(?:travel(?:l)?ed|went|came|flew|(?:were|was)\\s+sent|brought|sent|invited)\\s+(?:[^.;:,]{0,60}?\\s)?to\\s+(?=(?:the\\s+)?\\p{Lu}[^.;]{0,60}?\\s(?:to\\s+(?:attend|take\\s+part\\s+in|participate\\s+in|join)|for)\\s+(?:(?:a|an|the|their|its|this)\\s+)?(?:(?:a|one|two|three|four|five|six|\\d+)[\\s-]+(?:days?|weeks?|months?)\\s+of\\s+)?(?:(?!(?:after|before|during|following|with|of|in|at|on|from)\\b)[\\p{L}-]+\\s+){0,3}?${EVENT_NOUN.source})`,
  'gu',
);
// Words every match of TRAVEL_TO holds: most sentences have none and skip it.
const MAY_TRAVEL = /travel|went|came|flew|sent|brought|invited/;
// "in Maputo", and a sentence's opening "In Maputo, 40 officers …".
const IN_NAME = /\b[Ii]n\s+(?=(?:the\s+)?\p{Lu})/gu;
// A place followed by the event's date: "in Tehran in November 2016", "in Almaty on 11-12 July".
// A bare year is not the event's date ("the decision taken in Madrid in 2007").
const DATE_AFTER = new RegExp(`^,?\\s+(?:on|from|in|between|during)\\s+(?:the\\s+)?(?:\\d{1,2}\\b|${MONTH_PATTERN}|${WEEKDAY})`, 'u');
// The event's date just before the place: "was held for judges from A and B on 25–26 March in X",
// "opened on Monday, 4 May 2015 in X" (the date ends where "in" starts).
const DATE_BEFORE = new RegExp(
  `\\b(?:on|from)\\s+(?:(?:${WEEKDAY}),?\\s+)?(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?(?:\\s*(?:[–—-]|to|and)\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?(?:${MONTH_PATTERN})|(?:${MONTH_PATTERN})\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s*(?:[–—-]|to|and)\\s*\\d{1,2}(?:st|nd|rd|th)?)?)(?:,?\\s+\\d{4})?,?\\s*$`,
  'u',
);
// A town given with the unit it lies in, as an address: "in Kwambeleza, Lumo County", "in Bajo, Wangdue District".
const UNIT_AFTER = /^,\s+\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)?\s+(?:County|District|Province|Region|Governorate|Prefecture|Oblast|Municipality|Department|Dzongkhag)\b/u;
// A place before a date tells of the event only near the top; further down it is often another
// event's ("the agreement signed in Astana on 5 May 2014").
const DATE_AFTER_SENTENCES = 3;
// A sentence about another event: an earlier one, a future one, a similar one elsewhere.
const OTHER_EVENT = caseless(
  String.raw`\b(?:will|shall|would|previous|previously|earlier|similar|next|future|upcoming|planned|followed by|last year|last month|a year ago|due to (?:take place|be held))\b`,
);
// The same without the future tense, which tells of a later event unless the whole release is an
// announcement. Asked only of a sentence OTHER_EVENT matched: a case-blind alternation is dear.
const OTHER_NOT_FUTURE = caseless(String.raw`\b(?:previous|previously|earlier|similar|next|future|upcoming|followed by|last year|last month|a year ago)\b`);
// A release that tells of its event in the past ("was held", "took place", "concluded", "participants attended").
const PAST_EVENT =
  /\b(?:(?:was|were|has been|have been)\s+(?:held|conducted|organi[sz]ed|opened|launched|hosted|delivered|trained|carried out)|took place|concluded|completed|ended|began|started|opened|graduated|attended|participated|visited)\b/iu;

/**
 * Whether a release announces its event rather than reports it: nothing in it is told as done
 * ("will take place … will go to …" and no "was held", "took place", "attended"). In an
 * announcement the future tense is the event's own, not another's.
 */
export function isAnnouncement(texts: readonly string[]): boolean {
  return !texts.some((t) => PAST_EVENT.test(t));
}
const NOT_PLACES = new RegExp(
  `^(?:${MONTH_PATTERN}|${WEEKDAY}|English|Russian|The|This|That|It|OSCE|Central Asia|South Caucasus|Eastern Europe|Western Balkans|Europe|Asia|Balkans|Caucasus)\\b`,
  'u',
);
const CALENDAR_WORD = new RegExp(`^(?:${MONTH_PATTERN}|${WEEKDAY})\\b`, 'u');
const AT_CHUNK = 160;

/**
 * The phrases of one sentence (`index` counts from the lead sentence, 0) that place the event, in text order. Strong: a place after an event
 * verb ("began today in Ust-Kamenogorsk", "held in Podgorica, Budva and Kolašin", "held at the
 * Police Academy in Osh"), a town named as such ("in the town of Atamurat", "Kazakhstan's capital,
 * Astana"), a place before or after the event's date ("in Tehran in May 2016", "on 5 May in Tehran"), a visit's destination and
 * stops ("a study visit to Poland", "visited the Border Guard School in Holesov"). Weak, and only
 * from the first sentence: any other "in X" not inside an organisation's name ("the OSCE Centre in
 * Astana" is not a venue). A later sentence that tells of another event ("a similar course will be
 * held in Osh") gives no strong phrase; the lead sentence always tells of the event itself.
 */
export function findVenueCandidates(text: string, offset: number, index: number, announcement: () => boolean = () => false, next = ''): VenueCandidate[] {
  const firstSentence = index === 0;
  const masked = maskQuotes(text);
  const found: VenueCandidate[] = [];
  // Every "in X" of the sentence, sought once though two readers ask.
  let inMatches: RegExpExecArray[] | undefined;
  // The lead sentence tells of the event itself ("the first of 500 planned seminars started in X").
  // Whether the release is an announcement is asked only of a sentence in the future tense (few are).
  const plain = foldsPlainly(masked);
  const otherEvent = !firstSentence && pick(OTHER_EVENT, plain).test(masked) && (pick(OTHER_NOT_FUTURE, plain).test(masked) || !announcement());
  if (!otherEvent) {
    // Every match of EVENT_PLACE opens with an event verb as a word: a sentence with none skips the long
    // expression, and one with a verb is read from its first (\b still sees the character before).
    const firstVerb = pick(EVENT_VERB_WORD, plain).exec(masked);
    const eventVerb = firstVerb !== null;
    if (eventVerb) for (const m of allMatches(EVENT_PLACE, masked, firstVerb.index)) eventPlace(found, masked, m, offset);
    // "held trainings on jury trials for 60 judges in Bishkek and Osh": the verb, its event as object, then "in" the places.
    if (eventVerb) for (const m of allMatches(EVENT_OBJECT_IN(), masked, firstVerb.index)) addPhrase(found, parsePlaceList(masked, m.index + m[0].length, offset).items, true);
    if (MAY_ATTEND.test(masked)) for (const m of allMatches(ATTENDED_OBJECT_IN(), masked)) addPhrase(found, parsePlaceList(masked, m.index + m[0].length, offset).items, true);
    // "in the town of Atamurat" places the event only in a sentence about it: "migrants gather in the port city of X" is geography.
    const aboutEvent = eventVerb || EVENT_NOUN.test(masked);
    if (aboutEvent) for (const m of allMatches(TOWN_OF, masked)) addPhrase(found, parsePlaceList(masked, m.index + m[0].length, offset).items, true);
    // Each read only where its telling word stands (the expressions are dearer than the test).
    if (aboutEvent && CITY_WORD.test(masked)) for (const m of allMatches(NAME_CITY, masked)) addPhrase(found, parsePlaceList(masked, m.index + m[0].length, offset).items.slice(0, 1), true);
    if (aboutEvent && PLACES_WORD.test(masked)) for (const m of allMatches(PLACES_SUCH_AS, masked)) addPhrase(found, parsePlaceList(masked, m.index + m[0].length, offset).items, true);
    for (const m of allMatches(VISIT_TO, masked)) addPhrase(found, parsePlaceList(masked, m.index + m[0].length, offset).items, true);
    if (masked.includes('where')) for (const m of allMatches(WHERE_HELD, masked)) addPhrase(found, parsePlaceList(masked, m.index, offset).items.slice(0, 1), true);
    if (MAY_TRAVEL.test(masked)) for (const m of allMatches(TRAVEL_TO, masked)) addPhrase(found, parsePlaceList(masked, m.index + m[0].length, offset).items.slice(0, 1), true, null, true);
    if (masked.includes('host')) for (const m of allMatches(PLACE_HOSTS, masked)) addPhrase(found, parsePlaceList(masked, m.index + m[0].indexOf(m[1]!), offset).items.slice(0, 1), true, null, true);
    // People "are in X" and, in this sentence or the next about them, attend an event: X is the event's place.
    const beIn = allMatches(BE_IN, masked);
    if (beIn.length > 0 && (ATTENDING.test(masked) || (BACK_REFERENCE.test(next) && ATTENDING.test(next)))) for (const m of beIn) addPhrase(found, parsePlaceList(masked, m.index + m[0].length, offset).items, true);
    const visited = VISITED.exec(masked);
    // Past the top, only a stop of a visit counts: the list is not read for any other "in X" (nor sought, with no visit).
    for (const m of visited !== null || index < DATE_AFTER_SENTENCES ? (inMatches ??= allMatches(IN_NAME, masked)) : []) {
      const visitStop = visited !== null && m.index > visited.index;
      if (!visitStop && index >= DATE_AFTER_SENTENCES) continue;
      const list = parsePlaceList(masked, m.index + m[0].length, offset);
      const after = masked.slice(list.end);
      if (visitStop || list.dated || DATE_AFTER.test(after) || UNIT_AFTER.test(after) || DATE_BEFORE.test(masked.slice(Math.max(0, m.index - 60), m.index))) addPhrase(found, list.items, true);
    }
  }
  if (firstSentence) {
    for (const m of (inMatches ??= allMatches(IN_NAME, masked))) {
      if (insideOrganisationName(masked, m.index)) continue;
      // A bare "in <country>" is mostly the topic ("police reform in Kazakhstan"), not the venue.
      addPhrase(found, parsePlaceList(masked, m.index + m[0].length, offset).items.filter((i) => !findCountry(i.name)), false);
    }
  }
  return dedupe(found);
}

// Every match of a global expression, by an exec loop: matchAll copies the expression on every call
// (several per sentence of every release). The caller's loop does not run the same expression.
// From `from` on: the caller knows no match starts before.
function allMatches(re: RegExp, text: string, from = 0): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m);
  return out;
}

// One phrase's places, those that may be places: a candidate unless none is left (a nationwide phrase has none).
function addPhrase(found: VenueCandidate[], items: PlaceItem[], strong: boolean, nationwide: Span | null = null, knownOnly = false): void {
  const kept = items.filter((i) => !NOT_PLACES.test(i.name));
  if (kept.length > 0 || nationwide) found.push({ items: kept, strong, nationwide, ...(knownOnly ? { knownOnly } : {}) });
}

function eventPlace(found: VenueCandidate[], masked: string, m: RegExpMatchArray, offset: number): void {
  const at = m.index! + m[0].length;
  const preposition = m[1]!.toLowerCase();
  if (preposition === 'in') return addPhrase(found, parsePlaceList(masked, at, offset).items, true);
  if (preposition !== 'at') {
    THE_COUNTRY.lastIndex = at;
    const whole = THE_COUNTRY.exec(masked);
    if (whole) return addPhrase(found, [], true, { start: offset + at, end: offset + at + whole[0].length });
    return addPhrase(found, parsePlaceList(masked, at, offset).items, true);
  }
  // "held at the X Academy in Y": the place is the town after the institution's name, within the clause.
  const crossing = parsePlaceList(masked, at, offset).items.filter((i) => i.kind === 'crossing');
  if (crossing.length > 0) return addPhrase(found, crossing, true);
  const clause = masked.slice(at, at + AT_CHUNK).split(/[.;,]/u)[0]!;
  const inTown = /\sin\s+(?=(?:the\s+)?\p{Lu})/u.exec(clause);
  if (inTown) return addPhrase(found, parsePlaceList(masked, at + inTown.index + inTown[0].length, offset).items, true);
  // "gathered at the General Secretariat, Lyon, France": a site's name, then its town after a comma, as an
  // address is written. Only a town a table knows: the words after the comma may as well start another phrase.
  const site = SITE_THEN_TOWN.exec(masked.slice(at, at + AT_CHUNK));
  if (site) addPhrase(found, parsePlaceList(masked, at + site[0].length, offset).items.slice(0, 1), true, null, true);
}

const SITE_THEN_TOWN = /^(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?){0,6}\p{Lu}[\p{L}’'-]*,\s+(?=\p{Lu})/u;

// The same phrase found by two rules counts once, as the strongest reading.
function dedupe(found: VenueCandidate[]): VenueCandidate[] {
  const byStart = new Map<number, VenueCandidate>();
  for (const c of found) {
    const key = c.items[0]?.span.start ?? c.nationwide!.start;
    const seen = byStart.get(key);
    if (!seen || (c.strong && !seen.strong) || (c.strong === seen.strong && c.items.length > seen.items.length)) byStart.set(key, c);
  }
  return [...byStart.entries()].sort((a, b) => a[0] - b[0]).map(([, c]) => c);
}

// "the OSCE Centre in Astana", "the US Embassy in Kazakhstan": a capitalised word right before "in"
// marks a name, unless the organisation is where the event is ("at the … College in Dushanbe").
function insideOrganisationName(text: string, inAt: number): boolean {
  const before = text.slice(Math.max(0, inAt - 120), inAt);
  const words = before.trimEnd().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if ((!/^[\p{Lu}]/u.test(last) && !/^\)/.test(last)) || CALENDAR_WORD.test(last)) return false;
  // Walk back over the name ("OSCE Border Management Staff College") to the words that introduce it.
  let i = words.length - 1;
  while (i >= 0 && (/^[\p{Lu}(]/u.test(words[i]!) || /^(?:of|for|and|the|on)$/.test(words[i]!))) i--;
  const intro = words.slice(Math.max(0, i - 1), i + 1).join(' ').toLowerCase();
  return !/\bat$|\bat the$|\bat an?$|\bin the$|\binside$/.test(intro) && !/\bat\b/.test(words[i] ?? '');
}

// A site named by its own name: "the High School of Justice", "CARICC", "the Regional Training Centre of the Police".
const SITE_NAME = "(?:the\\s+)?(\\p{Lu}[\\p{L}\\p{M}’'\\-]*(?:\\s+(?:(?:of|for|on|and)\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}\\p{M}’'\\-]*){0,7})";
// "will take place on 13-14 April at the High School of Justice", "visited CARICC", "a study visit to the Police Academy",
// "an Intelligence Course at the Fiji Police Academy" (the event noun, then "at" the site).
const SITE_AT = new RegExp(`\\b(?:${EVENT_VERB})${ADVERBIAL}\\s+at\\s+${SITE_NAME}|\\bvisit(?:ed|ing|s)?(?:\\s+to)?\\s+${SITE_NAME}`, 'gu');
const AT_SITE = new RegExp(`\\s+at\\s+${SITE_NAME}`, 'gu');
// The event noun right before "at": "an Intelligence Course at …" (any case, as a headline writes it).
const EVENT_NOUN_BEFORE = new RegExp(`${EVENT_NOUN.source}$`, 'iu');

/** A site a sentence says the event was held at or visited, by the site's own name. */
export interface SitePhrase {
  name: string;
  span: Span;
}

/**
 * The sites a sentence says the event was held at or visited, by their own names and with no town
 * after them ("… at the High School of Justice", "… visited CARICC", "a course at the Fiji Police
 * Academy"): each an institution or an acronym, not a person, not a country.
 */
export function findSitePhrases(text: string, offset: number): SitePhrase[] {
  const masked = maskQuotes(text);
  const out: SitePhrase[] = [];
  const matches = allMatches(SITE_AT, masked);
  for (const m of allMatches(AT_SITE, masked)) if (EVENT_NOUN_BEFORE.test(masked.slice(Math.max(0, m.index - 30), m.index))) matches.push(m);
  for (const m of matches) {
    const captured = m[1] ?? m[2];
    if (!captured) continue;
    const name = captured.replace(/\s+(?:of|for|on|and|the)$/u, '');
    const words = name.split(/\s+/u);
    // A name of its own ("the High School of Justice"), not a bare kind of site ("the Academy").
    const kind = (w: string): boolean => FACILITY_WORD.test(w) || ORGANISER_WORD.test(w);
    const institution = (words.some(kind) && words.some((w) => !kind(w) && !/^(?:of|for|on|and|the)$/u.test(w))) || (words.length === 1 && /^\p{Lu}{3,}$/u.test(name));
    if (!institution || findCountry(name) || /^\s+in\s+\p{Lu}/u.test(masked.slice(m.index + m[0].length))) continue;
    const at = m.index + m[0].lastIndexOf(name);
    if (!out.some((o) => o.span.start === offset + at)) out.push({ name, span: { start: offset + at, end: offset + at + name.length } });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/**
 * The first site a sentence says the event was held at or visited (findSitePhrases). Only for the
 * reason given when no place is decided: the text names where it was, though no table knows the
 * site's town.
 */
export function findNamedSite(text: string, offset: number): SitePhrase | null {
  return findSitePhrases(text, offset)[0] ?? null;
}
