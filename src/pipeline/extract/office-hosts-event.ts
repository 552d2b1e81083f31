import { EVENT_NOUN } from './venue-context.ts';

// "… hosted a meeting of", "… will host the regional workshop", "… welcomed 25 participants to a seminar":
// the verb, then the event as its object.
// Made on first use: venue-context.ts, which holds the event noun, imports this file.
let hostsEvent: RegExp | undefined;
const HOSTS_EVENT = (): RegExp =>
  (hostsEvent ??= new RegExp(`^\\s+(?:(?:hosts|hosted|will\\s+host|is\\s+hosting|was\\s+hosting)|welcomed\\s+(?:[\\p{L}\\p{N}-]+\\s+){1,5}?to)\\s+(?:a|an|the|this|its|their)\\s+(?:[\\p{L}-]+\\s+){0,4}?${EVENT_NOUN.source}`, 'iu'));
// Another place in the rest of the sentence: "hosted a roundtable in Osh" holds it there, not at the seat.
const OTHER_PLACE = /\b(?:in|at)\s+(?:the\s+)?\p{Lu}/u;

/**
 * Whether an office named with its seat ("the General Secretariat in Lyon", "the UNDP Office in
 * Suva") hosts the event, as the subject of "hosted a meeting …" or "welcomed the participants to a
 * seminar …", with no other place named after it.
 * Evidence: an office's seat is not the event's place when the office only organises (the genre
 * names offices that run events anywhere in their country); a host receives the event at its own
 * premises. Decision: the seat is where the event was held (held-in), else an office's seat as before.
 * `after` is the sentence after the seat's name.
 */
export function officeHostsEvent(after: string): boolean {
  const hosts = /^\s+(?:hosts|hosted|will|is|was|welcomed)\b/u.test(after) ? HOSTS_EVENT().exec(after) : null;
  return hosts !== null && !OTHER_PLACE.test(after.slice(hosts[0].length).split(/[.;]/u)[0]!);
}

// "at INTERPOL's headquarters in ", "at the UNDP Office in ": "at" before the office, then its seat.
const AT_OFFICE_BEFORE =
  /\b(?:at|inside)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*(?:['’]s)?\s+){0,5}(?:Office|Secretariat|Headquarters|[Hh]eadquarters|Centre|Center|Representation|Mission|Delegation|Embassy)(?:\s+(?:of|for|the|and|\p{Lu}[\p{L}-]*)){0,6}\s+in\s+(?:the\s+)?$/u;

/**
 * Whether the office named with its seat is where the event was, by the words before it: the event
 * noun, then "at the office in X" ("the conference at INTERPOL's headquarters in Lyon"), or people
 * who "gathered at" or "met at" it. Evidence:
 * "at" places the event at the office's premises, which an organising office ("organised by the
 * Office in X") does not. Decision: the seat is a site's town (facility), not an office's seat.
 * `before` is the sentence's words before the seat's name.
 */
export function eventAtOffice(before: string, eventNoun: RegExp): boolean {
  const at = AT_OFFICE_BEFORE.exec(before);
  if (at === null) return false;
  // The noun as a common noun, with no clause break before "at": "Programme Manager at the Office in X" is a post, not the event.
  lowerEventNoun ??= new RegExp(`${eventNoun.source}[^,;:]*$`, 'u');
  // Or people who gathered, met or took part there: "investigators gathered at INTERPOL's headquarters in Lyon".
  return lowerEventNoun.test(before.slice(0, at.index)) || /\b(?:gathered|met|assembled|convened|took\s+place|was\s+held|were\s+held)\s+$/u.test(before.slice(0, at.index));
}

let lowerEventNoun: RegExp | undefined;
