import { EVENT_NOUN } from './venue-context.ts';

// "… hosted a meeting of", "… will host the regional workshop": the verb, then the event as its object.
// Made on first use: venue-context.ts, which holds the event noun, imports this file.
let hostsEvent: RegExp | undefined;
const HOSTS_EVENT = (): RegExp =>
  (hostsEvent ??= new RegExp(`^\\s+(?:hosts|hosted|will\\s+host|is\\s+hosting|was\\s+hosting)\\s+(?:a|an|the|this|its|their)\\s+(?:[\\p{L}-]+\\s+){0,4}?${EVENT_NOUN.source}`, 'iu'));
// Another place in the rest of the sentence: "hosted a roundtable in Osh" holds it there, not at the seat.
const OTHER_PLACE = /\b(?:in|at)\s+(?:the\s+)?\p{Lu}/u;

/**
 * Whether an office named with its seat ("the General Secretariat in Lyon", "the UNDP Office in
 * Suva") hosts the event, as the subject of "hosted a meeting …" with no other place named after it.
 * Evidence: an office's seat is not the event's place when the office only organises (the genre
 * names offices that run events anywhere in their country); a host receives the event at its own
 * premises. Decision: the seat is where the event was held (held-in), else an office's seat as before.
 * `after` is the sentence after the seat's name.
 */
export function officeHostsEvent(after: string): boolean {
  const hosts = /^\s+(?:hosts|hosted|will|is|was)\b/u.test(after) ? HOSTS_EVENT().exec(after) : null;
  return hosts !== null && !OTHER_PLACE.test(after.slice(hosts[0].length).split(/[.;]/u)[0]!);
}
