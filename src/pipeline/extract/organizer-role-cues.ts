import type { Sentence } from '../text/sentences.ts';
import type { OrganizationMention } from './organization-mentions.ts';
import type { AcronymResolver, ListReader } from './organizer-joint-cues.ts';
import { matchesOf } from '../text/matches-of.ts';
import { wordCapitalMatches } from '../text/word-capitals.ts';

// Rules of English that name the bodies running an event by their role or by acting together, in the
// shapes publishers anywhere write them: "A and B are the organisers of the seminar", "the organisers
// were A and B", "with B as co-organiser", "A and B joined forces to hold a seminar", "A partnered
// with B to deliver a course", "B co-hosted the event", "a joint A–B course". Kept apart from
// `organizations.ts`, which calls them.

const EVENT = String.raw`(?:trainings?|courses?|seminars?|workshops?|conferences?|forums?|round-?tables?|exercises?|series|programmes?|programs?|meetings?|study\s+visits?|events?|sessions?|schools?|activit(?:y|ies))`;
const ROLE = String.raw`(?:co-?)?organi[sz]ers?`;

// A list of bodies ending at `end`, read backwards: "A", "A and B", "the A, the B and C". A body is a
// name the text gives (`mentions`) or an acronym standing alone ("RNDP").
const GAP = /(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;
const ACRONYM_END = /(?<![\p{L}\p{N}-])(\p{Lu}{2,}[\p{Lu}\p{N}]*)$/u;

function bodiesEndingAt(text: string, from: number, end: number, mentions: readonly OrganizationMention[], resolve: AcronymResolver): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  let p = end;
  for (;;) {
    const named = mentions.filter((m) => m.end === p && m.start >= from).sort((a, b) => a.start - b.start)[0];
    const word = named ? undefined : ACRONYM_END.exec(text.slice(from, p))?.[1];
    if (!named && !word) break;
    const start = named ? named.start : p - word!.length;
    found.unshift(named ?? resolve(word!, start));
    const gap = GAP.exec(text.slice(from, start));
    if (!gap) break;
    p = start - gap[0].length;
  }
  return found;
}

// "A and B are the organisers of the seminar", "A acted as co-organiser of the course".
const ROLE_AFTER = new RegExp(String.raw`^\s*,?\s+(?:is|was|are|were|acted\s+as|act\s+as|acts\s+as|served\s+as|serves\s+as)\s+(?:the\s+|its\s+|a\s+)?(?:main\s+|joint\s+)?${ROLE}\b`, 'iu');
// "The organisers of the seminar were A and B", "Co-organisers are A and B".
const ROLE_BEFORE = new RegExp(String.raw`\b${ROLE}(?:\s+of\s+(?:the|this)\s+(?:[\p{L}-]+\s+){0,3}?${EVENT})?\s+(?:is|was|are|were|included|include)\s+(?:the\s+)?`, 'giu');
// "… with B as co-organiser", "with the B acting as host".
const WITH_AS_ROLE = new RegExp(String.raw`^\s+(?:as|acting\s+as|serving\s+as)\s+(?:the\s+|a\s+)?(?:${ROLE}|co-?hosts?)\b`, 'iu');

/** Bodies the sentence names by their role: the organisers, a co-organiser. */
export function namedOrganizers(text: string, s: Sentence, mentions: readonly OrganizationMention[], read: ListReader, resolve: AcronymResolver): OrganizationMention[] {
  if (!/organi[sz]er/i.test(s.text)) return [];
  const found: OrganizationMention[] = [];
  for (const m of mentions) {
    if (m.start < s.start || m.end > s.end) continue;
    if (ROLE_AFTER.test(text.slice(m.end, s.end))) found.push(...bodiesEndingAt(text, s.start, m.end, mentions, resolve));
  }
  for (const a of matchesOf(/(?<![\p{L}\p{N}-])\p{Lu}{2,}[\p{Lu}\p{N}]*(?![\p{L}\p{N}-])/gu, s.text)) {
    const end = s.start + a.index + a[0].length;
    if (!mentions.some((m) => m.start <= end - a[0].length && m.end >= end) && ROLE_AFTER.test(text.slice(end, s.end))) found.push(...bodiesEndingAt(text, s.start, end, mentions, resolve));
  }
  for (const cue of matchesOf(ROLE_BEFORE, s.text)) found.push(...read(s.start + cue.index + cue[0].length));
  for (const cue of matchesOf(/\bwith\s+(?:the\s+)?/giu, s.text)) {
    const list = read(s.start + cue.index + cue[0].length);
    const last = list[list.length - 1];
    if (last && last.end <= s.end && WITH_AS_ROLE.test(text.slice(last.end, s.end))) found.push(...list);
  }
  return found;
}

// "A and B joined forces to hold a seminar", "A partnered with B to deliver a course", "A teamed up
// with B to organise …": acting together to run one event names every body that did.
const JOIN_FORCES = new RegExp(
  String.raw`\s+(?:have\s+|has\s+|had\s+)?(?:joined\s+forces|teamed\s+up|partnered|collaborated|cooperated|co-operated)(\s+with\s+(?:the\s+)?)?`,
  'giu',
);
const TO_RUN = new RegExp(
  String.raw`^[^.;]{0,200}?\bto\s+(?:co-?organi[sz]e|organi[sz]e|hold|deliver|conduct|host|run|provide|offer|stage|convene|launch)\s+(?:a|an|the|this|two|three|four|five)\s+(?:[\p{L}\p{N}-]+\s+){0,5}?${EVENT}\b`,
  'iu',
);

/** The bodies that joined forces to run the event: the subjects, and the partners after "with". */
export function joinedForces(
  text: string,
  s: Sentence,
  mentions: readonly OrganizationMention[],
  read: ListReader,
  resolve: AcronymResolver,
): { subjects: OrganizationMention[]; partners: OrganizationMention[] } {
  const none = { subjects: [], partners: [] };
  if (!/\b(?:joined\s+forces|teamed\s+up|partnered|collaborated|co-?operated)\b/i.test(s.text)) return none;
  for (const cue of matchesOf(JOIN_FORCES, s.text)) {
    const at = s.start + cue.index;
    const after = s.start + cue.index + cue[0].length;
    if (!TO_RUN.test(text.slice(after, s.end))) continue;
    const subjects = bodiesEndingAt(text, s.start, at, mentions, resolve);
    const partners = cue[1] ? read(after) : [];
    if (subjects.length > 0) return { subjects, partners };
  }
  return none;
}

// "The Judicial Academy co-hosted the event": a co-host runs it, whatever the event is called.
const CO_HOSTED = new RegExp(String.raw`^\s+(?:also\s+)?co-?host(?:ed|s)\s+(?:the|this|a|an)\s+(?:[\p{L}-]+\s+){0,3}?${EVENT}\b`, 'iu');

/** Bodies said to have co-hosted the event. */
export function coHosts(text: string, s: Sentence, mentions: readonly OrganizationMention[], resolve: AcronymResolver): OrganizationMention[] {
  if (!/co-?host/i.test(s.text)) return [];
  const found: OrganizationMention[] = [];
  for (const cue of matchesOf(/\s+(?:also\s+)?co-?host(?:ed|s)\b/giu, s.text)) {
    const at = s.start + cue.index;
    if (CO_HOSTED.test(text.slice(at, s.end))) found.push(...bodiesEndingAt(text, s.start, at, mentions, resolve));
  }
  return found;
}

// "a joint RNDP–RNODC course", "the joint EU/UN training": acronyms joined by a dash or a slash after
// "joint" are the several bodies whose event it is, not one body's name.
const JOINT_ACRONYMS = new RegExp(
  String.raw`\bjoint\s+(\p{Lu}{2,}[\p{Lu}\p{N}]*(?:\s*[-–/]\s*\p{Lu}{2,}[\p{Lu}\p{N}]*)+)\s+(?:[\p{L}-]+\s+){0,3}?${EVENT}\b`,
  'giu',
);

/** Each "A–B" after "joint": the compound as written and each body in it. */
export function jointAcronyms(s: Sentence, resolve: AcronymResolver): { compound: string; bodies: OrganizationMention[] }[] {
  if (!/\bjoint\s/i.test(s.text)) return [];
  return matchesOf(JOINT_ACRONYMS, s.text).map((cue) => {
    const compound = cue[1]!;
    const at = s.start + cue.index + cue[0].indexOf(compound);
    let offset = 0;
    const bodies = compound.split(/(\s*[-–/]\s*)/).flatMap((part) => {
      const here = at + offset;
      offset += part.length;
      return /^\p{Lu}/u.test(part) ? [resolve(part, here)] : [];
    });
    return { compound, bodies };
  });
}

// "EUCAP Nestor organised a course", "EUCAP Sahel Mali held a seminar": an acronym with the capitalised
// word or two that complete a mission's or programme's name is one body's name. The words must be no
// head, title, weekday or month ("UNODC Police advisers", "OSCE Chairman", "UNDP On Monday"), and the
// body must be the subject of running the event.
// Sticky: tried only where a capital opens a word with none of the look-behind's characters before it
// (wordCapitalMatches), the only places it can match, not at every character of the sentence.
const ACRONYM_WITH_NAME = /(?<![\p{L}\p{N}(’'-])(\p{Lu}{3,})((?:[ \t]+\p{Lu}\p{Ll}+){1,2})(?=[ \t]+\p{Ll})/uy;
const NOT_AFTER_ACRONYM = "(’'-";
// What every match of ACRONYM_WITH_NAME holds (an acronym's last three letters, then a capitalised word):
// a first look without its look-behind at every position, as most sentences have none.
const MAY_BE_ACRONYM_WITH_NAME = /\p{Lu}{3}[ \t]+\p{Lu}\p{Ll}/u;
// A looser first look still, without the Unicode flag: an upper-case letter is A-Z or a code unit past
// ASCII, a lower-case one a-z or past ASCII, so every match of the one above holds a match of this one;
// the engine reads its plain classes many times faster than \p{Lu} on every sentence.
const MAY_BE_ACRONYM_WITH_NAME_ASCII = /[A-Z\u0080-\uffff]{3}[ \t]+[A-Z\u0080-\uffff][a-z\u0080-\uffff]/;
const CALENDAR_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|On|In|At|The|This|Today|Yesterday)$/;

/** Bodies named by an acronym and the words completing their name, as the subject of running the event. */
export function acronymNamedSubjects(
  s: Sentence,
  mentions: readonly OrganizationMention[],
  runs: (after: string) => boolean,
  plainWord: (word: string) => boolean,
): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  for (const m of MAY_BE_ACRONYM_WITH_NAME_ASCII.test(s.text) && MAY_BE_ACRONYM_WITH_NAME.test(s.text) ? wordCapitalMatches(ACRONYM_WITH_NAME, s.text, NOT_AFTER_ACRONYM) : []) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (mentions.some((x) => x.start < end && x.end > start)) continue;
    const words = m[2]!.trim().split(/[ \t]+/);
    if (words.some((w) => CALENDAR_WORD.test(w) || !plainWord(w))) continue;
    // "… by the EUCAP Nestor": only a subject, not a name after a preposition or inside a list read elsewhere.
    if (/\b(?:by|of|from|with|for|to|at|in|on)\s+(?:the\s+)?$/i.test(s.text.slice(0, m.index))) continue;
    if (runs(s.text.slice(m.index + m[0].length))) found.push({ name: `${m[1]!}${m[2]!.replace(/[ \t]+/g, ' ')}`, start, end });
  }
  return found;
}

// "The course was taught by experts from the X", "instructed by X", "The training was implemented /
// given / presented / launched / offered by X": those who teach or carry out the whole event run it (a part taught, "the
// first session was taught by", is a lesson; "the Component, which is implemented by X", no event).
// "organised and funded by X": the body that organised it and paid for it.
const TAUGHT_BY = new RegExp(
  String.raw`\b(?:trainings?|courses?|seminars?|workshops?|programmes?|programs?|schools?)(?:\s+(?:on|for|in|of)\s+[^.;,()]{1,60}?)?\s+(?:was|were|is|are|will\s+be|has\s+been|have\s+been)\s+(?:\p{L}+ly\s+)?(?:taught|instructed|implemented|given|presented|launched|offered)\s+by\s+|\b(?:co-?organi[sz]ed|organi[sz]ed|held|conducted|hosted|convened)\s+and\s+(?:funded|financed|sponsored|paid\s+for)\s+by\s+`,
  'giu',
);

/** Where the list of bodies that taught or carried out the event begins, for each cue. */
export function taughtBy(s: Sentence): number[] {
  if (!/\b(?:taught|instructed|implemented|given|presented|launched|offered|funded|financed|sponsored|paid\s+for)\s+by\b/i.test(s.text)) return [];
  return matchesOf(TAUGHT_BY, s.text).map((cue) => s.start + cue.index + cue[0].length);
}

// "The Supreme Court and RNDP organised trainings": the bodies named in a list before an acronym that
// is the subject share its part ("BOMCA and the OSCE held …" is read where the acronym comes first).
const LIST_GAP_BEFORE = /(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;
const INTRODUCED = /\b(?:by|of|from|with|for|to|at|in|on|under|as|representing)\s+(?:the\s+)?[^,.;]*$/i;

/** The bodies listed before the subject that starts at `at`. */
export function listedBefore(text: string, s: Sentence, at: number, mentions: readonly OrganizationMention[], resolve: AcronymResolver): OrganizationMention[] {
  const gap = LIST_GAP_BEFORE.exec(text.slice(s.start, at));
  if (!gap) return [];
  const list = bodiesEndingAt(text, s.start, at - gap[0].length, mentions, resolve);
  const first = list[0];
  // "With the support of the EU and RNDP organised …": a list after a preposition is no subject.
  if (!first || INTRODUCED.test(text.slice(s.start, first.start))) return [];
  return list;
}

// "Last year, the Academy organised a course on ethics", "The next seminar will be organised by X":
// a sentence about an earlier or a later event says who ran that one.
const OTHER_EVENT = new RegExp(
  String.raw`\blast\s+year\b|\bthe\s+(?:previous|preceding)\s+year\b|\b(?:next|upcoming|subsequent|follow-up)\s+(?:[\p{L}-]+\s+)?${EVENT}`,
  'iu',
);

/** True where the sentence is about an event before or after the release's own. */
export function aboutAnotherEvent(sentence: string): boolean {
  return MAY_BE_OTHER_EVENT.test(sentence) && OTHER_EVENT.test(sentence);
}

// A word every match of OTHER_EVENT holds, under its flags: tried first, as most sentences have none
// (its \b under 'iu' makes it slow to scan a whole sentence: ~30x this look on generated releases).
const MAY_BE_OTHER_EVENT = /year|next|upcoming|subsequent|follow-up/iu;

// "Participants from the Ministry were trained by the X": the body that trained them ran the training
// ("officers who were trained by X", a clause about the people, says what they did before).
const TRAINED_BY = /(?<!\b(?:who|that|which)\s+(?:had\s+|have\s+|has\s+)?)\b(?:was|were|is|are|been|being|be)\s+(?:\p{L}+ly\s+)?(?:re)?trained\s+by\s+/giu;

/** Where the list of bodies that trained the participants begins, for each "were trained by". */
export function trainedBy(s: Sentence): number[] {
  if (!/trained\s+by\b/i.test(s.text)) return [];
  return matchesOf(TRAINED_BY, s.text).map((cue) => s.start + cue.index + cue[0].length);
}

// "The Ministry thanked the Academy for hosting the event", "… thanked X for organising the seminar": the
// body thanked for hosting or organising it did.
const THANKED_FOR = new RegExp(
  String.raw`\bthank(?:s|ed|ing)?\s+(?:the\s+)?([^.;]{1,160}?)\s+for\s+(?:(hosting)|(?:co-?)?organi[sz]ing)\s+(?:the|this|a|an)\s+(?:[\p{L}-]+\s+){0,3}?${EVENT}\b`,
  'giu',
);

/** Bodies thanked for hosting the event, and for organising it. */
export function thankedFor(s: Sentence, read: ListReader): { hosts: OrganizationMention[]; organisers: OrganizationMention[] } {
  const found = { hosts: [] as OrganizationMention[], organisers: [] as OrganizationMention[] };
  if (!/\bthank/i.test(s.text)) return found;
  for (const cue of matchesOf(THANKED_FOR, s.text)) {
    const at = s.start + cue.index + cue[0].indexOf(cue[1]!);
    (cue[2] ? found.hosts : found.organisers).push(...read(at));
  }
  return found;
}

