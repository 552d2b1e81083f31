import type { Role } from '../../schema/dataset.ts';
import { findCountry, type CountryMention } from '../lexicon/countries.ts';
import {
  BENEFICIARY_BEFORE,
  GRADUATE_AFTER,
  BODY_TEACHING_VERBS,
  COUNTRIES_COLON_BEFORE,
  COUNTRIES_WERE_BEFORE,
  DONORS_AFTER,
  DONORS_BEFORE,
  EMBASSY_AFTER,
  EMBASSY_BEFORE,
  EXPERT_NOUNS,
  GIVEN_THING_AFTER,
  HEAD_OF_BEFORE,
  INVITED_AFTER,
  GEOGRAPHY_WORDS,
  INSTITUTION_NOUNS,
  NON_PEOPLE_HEADS,
  ORIGIN_LINK,
  PARTICIPANT_NOUNS,
  PHRASE_ENDS,
  ROLE_BLOCKERS,
  TEACHING_VERBS,
  MET_WITH_BEFORE,
  PRESENT_AS_GUESTS,
  TEACHERS_WERE,
  TEACHING_AGENT_JOINED,
  THANKED_BEFORE,
  TOPIC_OF,
  VISIT_VERB,
} from '../lexicon/role-words.ts';
import { HEAD_WORDS as BODY_HEADS } from '../lexicon/organization-words.ts';
import type { Sentence } from '../text/sentences.ts';
import { parenthesisedRole } from './country-in-parentheses.ts';
import { shareOrigin } from './counted-origins.ts';
import { teachersFromBodyIn } from './teachers-from-body-in.ts';
import { pronounOrigin } from './pronoun-origin.ts';
import { headedListRole } from './headed-country-list.ts';
import { namedAsTeachers } from './named-as-teachers.ts';
import { teachesAsSubject } from './teaching-subject.ts';
import { tailStart } from '../text/tail-start.ts';
import { ALSO_FROM_THE, lastLinkWord } from '../text/last-link-word.ts';
import { wordEnd, wordStart } from '../text/words-of.ts';
import { remembered } from '../text/remembered.ts';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|[^\s\p{L}\p{N}]/gu;
// Words that may stand between a country and the people noun it qualifies: "Afghan customs
// officials", "Tajik and Afghan law enforcement officers", "BiH Border Police cadets".
const MAX_MODIFIERS = 3;
const MAX_SCAN = 30;
// "Tajik and Afghan", "Austria, the Czech Republic and Slovakia": what joins the countries of one list.
// A short aside of words may follow a name before the join: the United Nations' own forms ("Bolivia
// (Plurinational State of), Iran (Islamic Republic of) and …") and acronyms ("Bosnia and Herzegovina (BiH), …").
const LIST_JOIN = /^(?:\s*\([\p{L}'’. -]{2,40}\))?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+)(?:the\s+)?$/u;

const TITLE_CASE_LINKS: ReadonlySet<string> = new Set(['From', 'Of', 'And', 'In', 'For', 'At', 'To', 'With', 'Representing']);

type Head = Role | 'institution';

// The head a word reads as, remembered by the word: the role readers ask it of every word around every
// country mention, mostly the same few hundred words. Pure, so bounded by clearing when full.
const nounRole = remembered(readNounRole);

function readNounRole(word: string): Head | null {
  const w = word.toLowerCase().replace(/['’]s?$/, '');
  // "the British Peace Support Team": a team with a capital is a body's name, not people.
  if (/^Teams?$/.test(word)) return 'institution';

  if (EXPERT_NOUNS.has(w)) return 'expert';
  if (PARTICIPANT_NOUNS.has(w)) return 'participant';
  if (INSTITUTION_NOUNS.has(w)) return 'institution';
  return null;
}

/**
 * The role a country mention is given in its sentence, or null: a people noun right after it
 * ("Afghan customs officials" → participant, "Lithuanian experts" → expert, "German police trainers" →
 * expert: the last noun is the head; "held by two Turkmenistan customs officials" → expert), else the
 * nearest people noun before it with nothing between that breaks the link ("officials from services
 * of Afghanistan, Azerbaijan …", "experts from Georgia"), else expert when the country's people or
 * body teach as the subject of the sentence ("Officers from Ruritania provide training to …").
 * Teachers who are taught ("a course for trainers from X", "the new X trainers") take part. Not a
 * role: "in X" (a place), an OSCE body's seat, a topic ("the approaches of X officers"), the bodies a
 * delegation visits ("visited the X Police"), geography ("districts bordering X").
 */
export function readMentionRole(
  text: string,
  sentence: Sentence,
  mention: CountryMention,
  mentions: readonly CountryMention[] = [],
): Role | null {
  const listStart = startOfList(text, sentence, mention, mentions);
  const before = text.slice(sentence.start, listStart);
  if (TOPIC_OF.test(tail(before, 3))) return null;
  const role = ((): Role | null => {
    if (representedBy(text, sentence, mention, before)) return 'participant';
    // "Participating countries:\nAlbania\nAlgeria …": a country alone on its line under a heading (headed-country-list.ts).
    const headed = headedListRole(text, mention);
    if (headed) return headed;
    // "Lecturers: Prof. Anna Rossi (Italy), …", "25 officers (A, B, C)": see country-in-parentheses.ts.
    const people = (word: string): boolean => nounRole(word) === 'participant' || nounRole(word) === 'expert';
    const bracketed = parenthesisedRole(before, people, (offset) => roleBefore(text, sentence, { ...mention, start: sentence.start + offset })?.role ?? null);
    if (bracketed !== undefined) return bracketed;
    // "30 judges: 20 from Albania and 10 from Kosovo": see counted-origins.ts.
    // "… attended by 30 judges. They came from A, B and C": see pronoun-origin.ts.
    const theirs = pronounOrigin(text, sentence.start, before, nounRole);
    if (theirs !== undefined) return theirs;
    // "faculty from the Lee Kuan Yew School of Public Policy in Singapore": see teachers-from-body-in.ts.
    if (teachersFromBodyIn(before)) return 'expert';
    const share = shareOrigin(before, lastPeopleEnd, (offset) => roleBefore(text, sentence, { ...mention, start: sentence.start + offset })?.role ?? null);
    if (share !== undefined) return share;
    const own = ownRole(text, sentence, mention, before, listStart, mentions);
    if (own !== undefined) return own;
    // "officers from A, the B, C, … and N": a long list takes the role read at its start.
    const first = mentions.find((m) => m.start === listStart);
    if (first && first !== mention) return listStartRole(text, sentence, first, mentions);
    return listRole(text, sentence, mention, mentions, before);
  })();
  // "expressed gratitude to the coordinators, partners and the X Government": those thanked gave
  // support; they are not the trainees.
  // "to interact with the Indian police officers": the people a delegation meets receive it.
  // "representatives of the X Foreign Office … were present": guests of the event, not its trainees.
  // Read only for a participant: the expressions have no state, so the order of reading changes nothing.
  if (role !== 'participant') return role;
  const guests = PRESENT_AS_GUESTS.test(sentence.text) || DONORS_BEFORE.test(before) || DONORS_AFTER.test(text.slice(mention.end, sentence.end));
  return THANKED_BEFORE.test(before) || MET_WITH_BEFORE.test(tail(before, 5)) || guests ? null : role;
}

/**
 * The last `runs` runs of non-space characters of `before` (tail-start.ts): an expression anchored at
 * its end whose matches start on a non-space character and span at most that many runs reads the
 * same there as on the whole stretch from the sentence's start, which it would scan at every position.
 * The counts: TOPIC_OF 3 ("related to the "), MET_WITH_BEFORE 5 ("met two senior with the "),
 * HEAD_OF_BEFORE and EMBASSY_BEFORE 4 ("director general of the ", "high commissions of the "),
 * PERSON_OF_BEFORE 4, JOIN_SCHOOL_BEFORE 5 ("enrolled in the Royal Police "), "Mission to the " 3,
 * "in the " 2.
 */
function tail(before: string, runs: number): string {
  const at = tailStart(before, 0, before.length, runs);
  return at === 0 ? before : before.slice(at);
}

// "in", "at", "near", "inside", "within" ("within" ends in "in"): a place's link word may end the word
// (the last link word before a country, lastLinkWord's answer).
function isPlaceLink(word: string): boolean {
  return word.endsWith('in') || word.endsWith('at') || word.endsWith('near') || word.endsWith('inside');
}

// Where the last people noun of `upTo` ends ("30 judges" → after "judges"), null when it names none.
function lastPeopleEnd(upTo: string): number | null {
  let end: number | null = null;
  for (const w of upTo.matchAll(WORD)) {
    const head = nounRole(w[0]);
    if (head === 'participant' || head === 'expert') end = w.index + w[0].length;
  }
  return end;
}

// "Representing Fiji, three officials from the Ministry …": the people after the comma represent it.
function representedBy(text: string, sentence: Sentence, mention: CountryMention, before: string): boolean {
  if (!/^\s*Representing\s+(?:the\s+)?$/i.test(before)) return false;
  const words = /^\s*,\s*((?:[\p{L}\p{N}-]+\s+){0,3}[\p{L}-]+)/u.exec(text.slice(mention.end, sentence.end))?.[1].split(/\s+/) ?? [];
  return words.some((w) => nounRole(w) === 'participant');
}

// The role the words around the mention give, null when they deny one, undefined when they say nothing.
function ownRole(
  text: string,
  sentence: Sentence,
  mention: CountryMention,
  before: string,
  listStart: number,
  mentions: readonly CountryMention[],
): Role | null | undefined {
  const rest = text.slice(mention.end, sentence.end);
  // The expressions on the words before that end in "of" or "to" are tried only where that word is last.
  const link = lastLinkWord(before);
  const ofBefore = link.endsWith('of') ? tail(before, 4) : null;
  if ((ofBefore !== null && (HEAD_OF_BEFORE.test(ofBefore) || EMBASSY_BEFORE.test(ofBefore))) || EMBASSY_AFTER.test(rest) || GIVEN_THING_AFTER.test(rest)) return null;
  // "an officer from Nepal will be joining France's National Police College for a course": the
  // school another country's people join teaches them.
  if (JOIN_SCHOOL_BEFORE.test(tail(before, 5)) && SCHOOL_AFTER.test(rest) && mentions.some((m) => m.code !== mention.code && m.start >= sentence.start && m.end <= mention.start)) return 'expert';
  // "The lecturers were Judge Anna Rossi of Italy and Prosecutor Juan Perez of Spain": people named in a list of teachers, each "of" a country.
  const personOf = ofBefore !== null && PERSON_OF_BEFORE.test(ofBefore);
  if (personOf && TEACHERS_LISTED_BEFORE.test(before)) return 'expert';
  // "Judge Lot Moroka of Ruritania attended the last day. In his presentation on …, he …": a person
  // of a country who gives a presentation or a lecture to the event teaches at it.
  if (personOf && presents(text, sentence)) return 'expert';
  // "the OSCE Mission to X's adviser": the country is a body's seat.
  if (link.endsWith('to') && /\b(?:Mission|Office|Delegation|Embassy)\s+to\s+(?:the\s+)?$/.test(tail(before, 3))) return null;
  // "the training led by AFP": a body's acronym after a verb of teaching is the body that teaches.
  if (mention.body && BODY_TEACHING_VERBS.test(text.slice(Math.max(sentence.start, mention.start - 60), mention.start))) return 'expert';
  const after = roleAfter(text, sentence, mention, before, link);
  // What stands before a list is read from the list's start ("agencies in the United States and Israel").
  const ofList = (): Read | null => roleBefore(text, sentence, { ...mention, start: listStart });
  // "instructors from the Tajik Border Troops": a body's name after the country, people noun before it.
  let read = after?.named ? (ofList() ?? namedBodyTakesPart(after, sentence)) : (after ?? ofList());
  // "experts from INTERPOL, the IOM and Austrian police": the last of the bodies the experts come
  // from; its people teach.
  if (read?.role === 'participant' && !read.taught && BODY_LIST_BEFORE.test(before)) read = ofList() ?? read;
  // "Kazakh judges acted as trainers", "with judges from X as trainers": people who serve as teachers teach.
  if (read?.role === 'participant' && !read.taught && MAY_BE_AS_TEACHERS.test(rest) && AS_TEACHERS_REST.test(rest)) return 'expert';
  if (read?.role === 'expert' || read?.taught) return read.role;
  if (teachesAsSubject(text, sentence, mention) || dispatchesTo(text, sentence, mention, mentions)) return 'expert';
  return read?.role;
}

/**
 * "The Ruritanian Coast Guard dispatched two members of its team to the Freedonian Maritime Agency":
 * a country's body that sends its people to another country's body, as the subject of the sentence,
 * sends them to teach (people sent to an event, "sent officers to the course", take part instead).
 */
function dispatchesTo(text: string, sentence: Sentence, mention: CountryMention, mentions: readonly CountryMention[]): boolean {
  const rest = text.slice(mention.end, sentence.end);
  const verb = DISPATCH_VERB.exec(rest);
  if (!verb || verb.index > 80 || /[,;:–—]|\b(?:who|which|that|were|was|is|are)\b/.test(rest.slice(0, verb.index))) return false;
  if (!/^\s*(?:the\s+)?$/i.test(text.slice(sentence.start, mention.start).split(/[,;:–—]/).pop() ?? '')) return false;
  const from = mention.end + verb.index + verb[0].length;
  return mentions.some(
    (m) => m.code !== mention.code && m.start > from && m.end <= sentence.end && m.start - from < 240 && DISPATCHED_TO.test(text.slice(from, m.start)),
  );
}

const TEACHER_ROLES = String.raw`(?:the\s+)?(?:[\p{L}-]+\s+)?(?:trainers|experts|instructors|lecturers|facilitators|resource\s+persons|tutors|mentors|coaches|presenters|moderators|speakers)\b`;
// What every match of AS_TEACHERS_REST holds, under its flags: a cheap first look (its \b under 'iu' is slow).
const MAY_BE_AS_TEACHERS = /\sas\s/iu;
const AS_TEACHERS_REST = new RegExp(
  String.raw`^[^.;,:()]{0,40}?\b(?:served|acted|serve|act|serves|acts|serving|acting|worked|work)\s+as\s+${TEACHER_ROLES}|^(?:\s+(?!\p{Ll}+ed\b)[\p{Ll}-]+){0,2}\s+as\s+${TEACHER_ROLES}`,
  'iu',
);

// The verb, then the school's name up to the country: "joining the Royal ", "enrolled at ".
const JOIN_SCHOOL_BEFORE =
  /\b(?:join(?:s|ed|ing)?|enrol(?:l)?(?:s|ed|ing)?\s+(?:in|at)|admitted\s+to|stud(?:y|ies|ied|ying)\s+at)\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+){0,2}$/u;
const SCHOOL_AFTER = /^(?:['’]s)?\s+(?:\p{Lu}[\p{L}-]*\s+){0,4}(?:Academy|College|School|University|Institute)\b/u;

const DISPATCH_VERB = /\b(?:dispatch(?:ed|es)?|deploy(?:ed|s)?|second(?:ed|s))\b/;
// The rest after the verb, up to the other country's body: "two members of its team to the ".
const DISPATCHED_TO = /^[^.;]*\bto\s+(?:the\s+|its\s+)?$/;

// "the Royal Thai Police attended", "a course for the Tajik Border Troops": a body named for its people
// takes part where the sentence says someone does; "a programme between the local forces and the X
// Police" or "X Police in the region" names the body, not people at the event.
function namedBodyTakesPart(read: Read, sentence: Sentence): Read | null {
  if (read.role !== 'participant' || !BODY_HEADS.has(read.head ?? '') || TAKING_PART.test(sentence.text)) return read;
  return null;
}

const TAKING_PART =
  /\b(?:attend(?:s|ed|ing)?|participat(?:e|es|ed|ing|ion)|took\s+part|take\s+part|taking\s+part|trained|trainees?|participants?|brought\s+together|gathered|learn(?:s|ed|t|ing)?|for|sent|delegat(?:ion|es|ed))\b/i;

// "… from A, the B and <mention>": the mention closes a list of bodies whose head reads before them.
const BODY_LIST_BEFORE = /\b(?:experts|trainers|instructors|lecturers|advis[eo]rs)\s+(?:from|of)\s+[^.;:]{1,120},?\s+and\s+(?:the\s+)?$/i;

// A list of countries named as a whole: "Countries represented … were A, B and C", "eight countries:
// A, B …", "A and B were invited".
function listRole(text: string, sentence: Sentence, mention: CountryMention, mentions: readonly CountryMention[], before: string): Role | null {
  if (COUNTRIES_WERE_BEFORE.test(before)) return 'participant';
  const colon = COUNTRIES_COLON_BEFORE.exec(before);
  if (colon) {
    const at = sentence.start + colon.index;
    const read = roleBefore(text, sentence, { ...mention, start: at, end: at });
    if (read) return read.role;
  }
  let last = mention;
  for (;;) {
    const next = mentions.find((m) => m.start >= last.end && m.end <= sentence.end && LIST_JOIN.test(text.slice(last.end, m.start)));
    if (!next) break;
    last = next;
  }
  const rest = text.slice(last.end, sentence.end);
  if (INVITED_AFTER.test(rest)) return 'participant';
  // "Austria and Germany provided the trainers", "… sent two instructors": the countries' people teach
  // (not "sent two experts each": experts sent to a meeting may as well take part in it).
  return TEACHERS_SENT_AFTER.test(rest) ? 'expert' : null;
}

const TEACHERS_SENT_AFTER =
  /^\s*(?:also\s+)?(?:provided|sent|seconded|deployed|contributed|delegated|dispatched)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}\p{N}-]+\s+){0,2}?(?:trainers|instructors|lecturers|facilitators|mentors|tutors)\b/iu;

// "A and B, as well as partners such as INTERPOL and the C …": the list goes on after "as well as"
// when no people noun of its own stands between (then "as well as experts from C" reads its own).
const LIST_GOES_ON = /^\s*,?\s*(?:as\s+well\s+as|along\s+with|together\s+with)\s+([^.;:()]{0,60}?)\s+(?:such\s+as|including|like|namely)\s+(?:[^,.;:()]{0,30}?\s+(?:and|,)\s+)?(?:the\s+)?$/i;

function joins(between: string): boolean {
  if (LIST_JOIN.test(between)) return true;
  const goesOn = LIST_GOES_ON.exec(between);
  return goesOn !== null && [...goesOn[1]!.matchAll(WORD)].every((w) => nounRole(w[0]) === null);
}

// Where the list a country stands in begins: "for Georgian and Azerbaijani agencies" → at "Georgian".
// A comma dropped inside a list still joins: in "Egypt, Iran, Jordan Lebanon, Libya" Lebanon follows
// Jordan with only a space, and Jordan is joined to the country before it.
function startOfList(text: string, sentence: Sentence, mention: CountryMention, mentions: readonly CountryMention[]): number {
  let start = mention.start;
  for (;;) {
    const joined = (end: number, m: CountryMention): boolean => m.end <= end && m.start >= sentence.start && joins(text.slice(m.end, end));
    const previous =
      mentions.find((m) => joined(start, m))
      ?? mentions.find((m) => m.end <= start && m.start >= sentence.start && DROPPED_COMMA.test(text.slice(m.end, start)) && mentions.some((p) => joined(m.start, p)));
    if (!previous) return start;
    start = previous.start;
  }
}
const DROPPED_COMMA = /^[ \t]+$/;

interface Read {
  role: Role;
  /** The head noun is capitalised: part of a body's name ("the Tajik Border Troops"). */
  named: boolean;
  /** Teachers who are taught ("a course for trainers from X"): what they teach later is another event. */
  taught: boolean;
  /** The head noun as written, when read after the country. */
  head?: string;
}

// A person's name right before "of <country>" ("Judge Anna Rossi of "), and a list of teachers the sentence opens with.
const PERSON_OF_BEFORE = /\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+\s+of\s+(?:the\s+)?$/u;
const TEACHERS_LISTED_BEFORE =
  /^\s*(?:the\s+)?(?:\p{L}+\s+)?(?:lecturers|trainers|instructors|facilitators|presenters|resource\s+persons|experts|tutors)\s*(?:[–—:]|\s(?:were|are|included|include|includes|comprised)\s)(?![^.;]*\b(?:participants|trainees|attendees)\b)/iu;

// The person the sentence names (its only one) gives a presentation or a lecture, said there or as
// "his/her presentation" in the next sentence.
function presents(text: string, sentence: Sentence): boolean {
  const next = /^\s*[^.!?]*[.!?]?/.exec(text.slice(sentence.end))![0];
  return PERSON_PRESENTS.test(sentence.text) || HIS_PRESENTATION.test(next);
}

const PERSON_PRESENTS =
  /\b(?:gave|delivered|made|held)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:presentation|lecture|talk)s?\b|\b(?:presented|lectured)\s+(?:on|to)\b/iu;
const HIS_PRESENTATION =
  /^\s*(?:(?:During|In)\s+)?(?:his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:presentation|lecture|talk)\b|^\s*(?:He|She)\s+(?:(?:also|then|later)\s+)?(?:gave|delivered|made)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:presentation|lecture|talk)\b/u;

// A teaching verb's "by", then the people it names, with no phrase of their own between ("led by a Slovenian judge and an ").
const PERSON_AGENT_BEFORE =
  /\b(?:held|conducted|delivered|led|taught|given|run|moderated|facilitated|presented|instructed)\s+by\s+(?:(?!(?:for|to|from|of|with|among|on|in|at|including|who|which)\b)[^\s.;:()]+\s+){0,8}$/i;

// One person named by the genre's plural people nouns ("judge" of "judges", "policeman" of "policemen"),
// remembered by the word as nounRole is.
const singularPerson = remembered(readSingularPerson);

function readSingularPerson(word: string): boolean {
  const w = word.toLowerCase();
  if (!/^\p{Ll}+$/u.test(w) || w.endsWith('s')) return false;
  const plural = w.endsWith('man') ? `${w.slice(0, -3)}men` : `${w}s`;
  return PARTICIPANT_NOUNS.has(plural) || EXPERT_NOUNS.has(plural);
}

// `link`: lastLinkWord(before), which ownRole has read.
function roleAfter(text: string, sentence: Sentence, mention: CountryMention, before: string, link: string): Read | null {
  // "visited the Joint Centre of the Austrian Police": the bodies visited receive the delegation.
  if (VISIT_VERB.test(afterLastStop(before))) return null;
  // "the OSCE Office in Ukraine trains officials": after "in" the country is a place.
  if (isPlaceLink(link) && /\b(?:in|at|near|inside|within)\s+(?:the\s+)?$/.test(tail(before, 2))) return null;
  const rest = text.slice(mention.end, sentence.end).replace(/^['’]s\b/, '');
  // The words after the mention, read only as far as the loop looks (a few words, not the whole rest).
  const words = lazyWords(rest);
  let modifiers = 0;
  for (let i = 0; words.at(i) !== undefined && modifiers <= MAX_MODIFIERS; i++) {
    const word = words.at(i)!;
    const next = words.at(i + 1) ?? '';
    const head = nounRole(word);
    // "led by a Slovenian judge and an Italian prosecutor": one person of a nation, the agent of a teaching verb, teaches.
    // "The lecturers were a US judge and a German prosecutor": one person in a list of teachers the sentence opens with.
    if (!head && singularPerson(word) && nounRole(next) === null && (PERSON_AGENT_BEFORE.test(before) || TEACHERS_LISTED_BEFORE.test(before))) {
      return { role: 'expert', named: false, taught: false };
    }
    // "their Vietnamese counterparts" mirror the people the sentence is about: the trainees of
    // trainers ("trainers will share their experience with their X counterparts", "training to X
    // counterparts"), but no one of the event's when the trainees themselves have counterparts.
    if (/^counterparts?$/i.test(word)) {
      if (!teachersBefore(before)) return null;
      // "UNPOL trainers and their Ruritanian counterparts": joined to the trainers, they teach too.
      if (COUNTERPARTS_OF_TEACHERS.test(before)) return { role: 'expert', named: false, taught: false };
    }
    if (head) {
      // "police trainers", "border service officers": a later noun is the head.
      if (nounRole(next) !== null) continue;
      // "Afghan police structure": the people noun only qualifies a thing.
      if (NON_PEOPLE_HEADS.has(next.toLowerCase())) return null;
      const role = phraseRole(head, text, sentence, mention, before, word);
      const taught = head === 'expert' && role === 'participant';
      return role ? { role, named: /^\p{Lu}/u.test(word), taught, head: word } : null;
    }
    // "Tajik and Afghan officers", "Czech, Latvian and Polish officers": another country's word
    // continues the same list and is not one of the modifiers.
    if ((word === ',' || word === 'and') && findCountry(next) !== undefined) {
      i++;
      continue;
    }
    // "Participants came from Italy and experts from Austria": people after a country's name and
    // "and" with an origin of their own are not its people ("Afghan police and customs officers" are).
    if (word === 'and' && i === 0 && mention.form === 'name' && OWN_ORIGIN_AFTER_AND.test(rest)) return null;
    // "presidents/judges": a slash joins two nouns of one phrase as "and" does.
    if (word === 'and' || (word === '/' && /^\p{L}/u.test(next))) continue;
    // A verb, a new determiner or a preposition starts another phrase ("Officials in X heard an
    // expert", "Slovakia for trainers"); "of" inside a name does not ("Ministry of Interior staff").
    if (!/^[\p{L}-]+$/u.test(word) || ROLE_BLOCKERS.has(word.toLowerCase()) || /^(?:a|an|the|this|these|its|their|\p{Ll}+ed)$/u.test(word)) return null;
    if (PHRASE_ENDS.has(word) && !(/^\p{Lu}/u.test(words.at(i - 1) ?? '') && /^\p{Lu}/u.test(next))) return null;
    modifiers++;
  }
  return null;
}

const OWN_ORIGIN_AFTER_AND = new RegExp(
  String.raw`^\s*and\s+(?:[\p{L}-]+\s+){0,3}?(?:${[...PARTICIPANT_NOUNS, ...EXPERT_NOUNS].join('|')})\s+(?:from|of|representing)\s`,
  'iu',
);

// The words of `text` (as [...text.matchAll(WORD)] gives them), read from the start only as far as asked.
function lazyWords(text: string): { at: (i: number) => string | undefined } {
  const words: string[] = [];
  let from = 0;
  let done = false;
  return {
    at(i: number): string | undefined {
      if (i < 0) return undefined;
      while (!done && words.length <= i) {
        const start = wordStart(text, from);
        if (start < 0) done = true;
        else {
          from = wordEnd(text, start);
          words.push(text.slice(start, from));
        }
      }
      return words[i];
    },
  };
}

const COUNTERPARTS_OF_TEACHERS =
  /\b(?:experts|trainers|instructors|lecturers|facilitators|mentors|tutors|coaches|advis[eo]rs)\s+(?:\([^)]{1,20}\)\s+)?(?:and|as\s+well\s+as|together\s+with|alongside)\s+their\s+$/i;

function teachersBefore(before: string): boolean {
  if (/\b(?:to|for|train(?:s|ed|ing)?)\s+(?:their\s+|the\s+|its\s+)?$/i.test(before)) return true;
  return [...before.matchAll(WORD)].some((w) => nounRole(w[0]) === 'expert');
}

// The role of "X <modifiers> <head>": institutions count only as those an event is for.
function phraseRole(head: Head, text: string, sentence: Sentence, mention: CountryMention, before: string, noun: string): Role | null {
  if (head === 'institution') {
    if (/\bfor\s+(?:the\s+)?$/i.test(before)) return 'participant';
    // "conducted by the Estonian Border Guard Service": a body that teaches gives the experts.
    return BODY_TEACHING_VERBS.test(text.slice(Math.max(sentence.start, mention.start - 60), mention.start)) ? 'expert' : null;
  }
  if (head === 'expert' && BENEFICIARY_BEFORE.test(before)) return 'participant';
  return agentOfTeaching(text, sentence, mention) || joinedToAgents(before, noun) || TEACHERS_WERE.test(before) ? 'expert' : head;
}

// "conducted by Tunisian judges with German and French judges": people of the same kind joined to
// those the event is run by run it too; "conducted by OSCE experts with Afghan officers" joins others.
function joinedToAgents(before: string, noun: string): boolean {
  const agents = TEACHING_AGENT_JOINED.exec(before)?.[1];
  if (!agents) return false;
  const kind = noun.toLowerCase();
  return agents.toLowerCase().split(/[\s/]+/).some((w) => w === kind);
}

function agentOfTeaching(text: string, sentence: Sentence, mention: CountryMention): boolean {
  return TEACHING_VERBS.test(text.slice(Math.max(sentence.start, mention.start - 60), mention.start));
}

// What before.split(/[,;:]/).pop() gives, without splitting the whole stretch.
function afterLastStop(before: string): string {
  return before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
}

function roleBefore(text: string, sentence: Sentence, mention: CountryMention): Read | null {
  const written = text.slice(sentence.start, mention.start);
  // The last link word, asked once for the expressions below that end in one.
  const linkWord = lastLinkWord(written);
  if ((isPlaceLink(linkWord) || linkWord.endsWith('to')) && /\b(?:in|at|near|to|into|inside|within)\s+(?:the\s+)?$/.test(tail(written, 2))) return null;
  // "the participants, who came from A": read as "the participants from A".
  const link = (linkWord.endsWith('from') ? ORIGIN_LINK.exec(written) : null) ?? originListLink(written);
  const before = link ? written.slice(0, link.index) : written;
  const tokens = lastWords(before, MAX_SCAN + 3).reverse();
  for (let i = 0; i < tokens.length && i < MAX_SCAN; i++) {
    const word = tokens[i]![0];
    const after = tokens[i - 1]?.[0] ?? '';
    // "the ICMPD (ICMPD) from Austria": a parenthesised acronym does not break the link.
    if (word === ')' && /^\p{Lu}[\p{Lu}\p{N}-]*$/u.test(tokens[i + 1]?.[0] ?? '') && tokens[i + 2]?.[0] === '(') {
      i += 2;
      continue;
    }
    // "Resource persons": the genre's name for those who teach in South Asia and Africa.
    const head = /^persons?$/i.test(word) && /^resource$/i.test(tokens[i + 1]?.[0] ?? '') ? 'expert' : nounRole(word);
    // "delivered by a judge from the United States": one person, the agent of a teaching verb, teaches.
    if (!head && singularPerson(word) && (TEACHING_VERBS.test(before.slice(0, tokens[i]!.index)) || TEACHERS_LISTED_BEFORE.test(before.slice(0, tokens[i]!.index)))) {
      return { role: 'expert', named: false, taught: false };
    }
    if (head && head !== 'institution' && isPeopleNoun(word, after, tokens[i + 1]?.[0] ?? '')) {
      const taught = head === 'expert' && (BENEFICIARY_BEFORE.test(before.slice(0, tokens[i]!.index)) || GRADUATE_AFTER.test(text.slice(mention.end, sentence.end)));
      // "seminars conducted by personnel from X": whoever the event is run by teaches.
      // "Trainers included … a police officer from X", "The trainers, two officers from X, …": the sentence names its teachers (named-as-teachers.ts).
      const upToNoun = before.slice(0, tokens[i]!.index);
      const teaching = !taught && (TEACHING_VERBS.test(upToNoun) || TEACHERS_WERE.test(upToNoun) || namedAsTeachers(upToNoun));
      return { role: taught ? 'participant' : teaching ? 'expert' : head, named: false, taught };
    }
    // "The participants represented the border services of X": the people stand for what they represent,
    // as "participants representing" does; other verbs start another clause.
    if (/^[;:()“”"—–]$/.test(word) || ROLE_BLOCKERS.has(word) || GEOGRAPHY_WORDS.has(word) || (/^\p{Ll}+ed$/u.test(word) && word !== 'represented')) return null;
  }
  return null;
}

// "Lecturers came from the IAEA and Italian institutions", "experts were from UNODC, the WCO and
// Italy": the origin link reaches the country over the bodies listed before it, when none of them is
// people of its own ("Participants came from Italy and experts from Austria" reads its own noun).
const ORIGIN_LIST_LINK =
  /,?\s+(?:who\s+)?(?:(?:had|have|has)\s+)?(?:came|come|comes|coming|were|are|was|is)\s+(?:(?:all|mainly|mostly|largely|also|both)\s+)?from\s+((?:the\s+)?[^.;:()]{1,80}?),?\s+(?:and|as\s+well\s+as)\s+(?:also\s+)?(?:from\s+)?(?:the\s+)?$/i;

function originListLink(written: string): RegExpExecArray | null {
  const word = lastLinkWord(written, ALSO_FROM_THE);
  const link = word.endsWith('and') || word.endsWith('as') ? ORIGIN_LIST_LINK.exec(written) : null;
  if (!link) return null;
  return [...link[1]!.matchAll(WORD)].some((w) => nounRole(w[0]) === 'expert' || nounRole(w[0]) === 'participant') ? null : link;
}

// A word as a match of WORD gives it: its text, and its index in the text read.
interface Word {
  readonly 0: string;
  readonly index: number;
}

// The last `count` words of `text` or more, as [...text.matchAll(WORD)] gives them (indexes into `text`):
// read from a space some way before the end, as no word spans a space, rather than from the sentence's start.
function lastWords(text: string, count: number): Word[] {
  for (let from = Math.max(0, text.length - 40 * count); ; from = 0) {
    while (from > 0 && !/\s/.test(text[from]!)) from--;
    const words: Word[] = [];
    for (let start = wordStart(text, from); start >= 0; ) {
      const end = wordEnd(text, start);
      words.push({ 0: text.slice(start, end), index: start });
      start = wordStart(text, end);
    }
    if (from === 0 || words.length >= count) return words;
  }
}

const SINGULAR_PEOPLE: ReadonlySet<string> = new Set(['official', 'officer', 'participant', 'representative', 'cadet', 'student', 'trainee', 'delegate', 'analyst', 'specialist', 'team']);
const LINK_WORDS: ReadonlySet<string> = new Set(['from', 'of', 'and', 'or', 'representing', 'at', 'in', 'with', 'for', 'who', 'to', 'on', 'under', 'including', 'as', 'based']);

// Not the people: a noun inside a name ("the National Police Academy of Serbia", "the Counter
// Narcotics Police of X"), or one that qualifies a thing ("the police structure of X").
function isPeopleNoun(word: string, after: string, previous: string): boolean {
  if (NON_PEOPLE_HEADS.has(after.toLowerCase())) return false;
  // "the official opening", "a student exchange": a singular people word before a common noun qualifies it.
  if (SINGULAR_PEOPLE.has(word) && /^\p{Ll}+$/u.test(after) && !LINK_WORDS.has(after) && nounRole(after) === null) return false;
  if (!/^\p{Lu}/u.test(word)) return true;
  // A capitalised word after it continues a name, unless the headline is in title case ("Officers From").
  if (/^\p{Lu}/u.test(after) && findCountry(after) === undefined && !TITLE_CASE_LINKS.has(after)) return false;
  return !(word === 'Police' && /^\p{Lu}/u.test(previous) && findCountry(previous) === undefined);
}

// The role read at a list's start, remembered for the list: each of "officers from A, B, C, … and N"
// asks it, and reading it again for each is most of reading a long list. Kept by the mentions array
// (the one reading of a release's countries), checked against the text, sentence and list length.
const LIST_START_ROLES = new WeakMap<readonly CountryMention[], Map<CountryMention, { text: string; start: number; end: number; count: number; role: Role | null }>>();

function listStartRole(text: string, sentence: Sentence, first: CountryMention, mentions: readonly CountryMention[]): Role | null {
  let memo = LIST_START_ROLES.get(mentions);
  if (memo === undefined) LIST_START_ROLES.set(mentions, (memo = new Map()));
  const known = memo.get(first);
  if (known && known.text === text && known.start === sentence.start && known.end === sentence.end && known.count === mentions.length) return known.role;
  const role = readMentionRole(text, sentence, first, mentions);
  memo.set(first, { text, start: sentence.start, end: sentence.end, count: mentions.length, role });
  return role;
}
