import type { Role, Span } from '../../schema/dataset.ts';
import type { CountryMention } from '../lexicon/countries.ts';
import { projectTotalSentences } from './project-total-sentences.ts';
import {
  BENEFICIARY_BEFORE,
  BODY_TEACHING_VERBS,
  EXPERT_NOUNS,
  FROM_HOST_COUNTRY,
  LOCAL_TEACHERS,
  NATIONAL_BODY_PEOPLE,
  PARTICIPANT_NOUNS,
  PRESENT_AS_GUESTS,
  REGIONAL_AFTER,
  REGIONAL_PEOPLE,
  TEACHERS_OF_BODY_AFTER,
  TEACHERS_OF_BODY_BEFORE,
  GRADUATE_AFTER,
  TRAINED_AS_TEACHERS,
} from '../lexicon/role-words.ts';
import type { Sentence } from '../text/sentences.ts';
import type { RoleFeature } from './country-role-weights.ts';
import { INTERNATIONAL_BODIES, INTERNATIONAL_MARKERS } from '../lexicon/organization-words.ts';
import { organizationCountry, ownerMention } from './organization-country.ts';
import { teachesAsSubject } from './teaching-subject.ts';
import { tailStart } from '../text/tail-start.ts';
import type { OrganizationMention } from './organization-mentions.ts';
import { RETURN_HOME } from './venue-abroad-programme.ts';

/** One feature of an implied role, with the words that show it when they say more than the table's note. */
export interface HostFeature {
  feature: RoleFeature;
  note?: string;
}

/** A role of the host country implied rather than read: the passage and the evidence for and against it. */
export interface ImpliedRole {
  role: Role;
  span: Span;
  features: HostFeature[];
}

export interface HostContext {
  text: string;
  host: string;
  sentences: readonly Sentence[];
  mentions: readonly CountryMention[];
  bodies: readonly OrganizationMention[];
  /** Whether any country (the host included) was read as a participant. */
  participantsRead: boolean;
  /** Whether the host's own people were read as teaching another country's ("the U.S. Government trained … Lebanese …"). */
  hostTeachesOthers: boolean;
}

const PEOPLE = new RegExp(`\\b(?:${[...PARTICIPANT_NOUNS].join('|')})\\b`, 'i');
const BY_PEOPLE_OF = new RegExp(`\\b(?:${[...PARTICIPANT_NOUNS].join('|')})\\s+(?:representing|from|of)\\s+(?:the\\s+)?$`, 'i');
// Its matches start on a letter and span at most three runs of non-space ("officers from the "), one-word nouns only: read on
// the stretch's last three runs (tail-start.ts), not the whole stretch from the sentence's start.
const BY_PEOPLE_OF_RUNS = 3;

// "Ana Lupu, a specialist from the State Border Service": one person, named, who speaks or teaches;
// not the people the event is for.
const ONE_PERSON_OF = /\b(?:a|an|one)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+\s+(?:representing|from|of)\s+(?:the\s+)?$/u;

// The rest of "from across the country", "from all regions of Georgia", for the reason.
const PLACE_WORDS = /^(?:\s+(?:the|all|its|of|country|nation|republic|regions?|provinces?|oblasts?|districts?|cities|\p{Lu}[\p{L}-]*))+/u;

// Read once per list of sentences: every reader below walks them, some twice for one host.
const EVENT_SENTENCES = new WeakMap<readonly Sentence[], readonly Sentence[]>();
const eventSentences = (c: HostContext): readonly Sentence[] => {
  let found = EVENT_SENTENCES.get(c.sentences);
  if (found === undefined) {
    const totals = projectTotalSentences(c.sentences);
    EVENT_SENTENCES.set(c.sentences, (found = c.sentences.filter((s) => !totals.has(s))));
  }
  return found;
};

// Words every match of an expression holds, under its own flags: a sentence without them is not
// given the whole expression.
const MAY_BE_REGIONAL = /countries|nations|states/iu;
const MAY_BE_NATIONAL_BODY = /national/iu;
const MAY_BE_LOCAL_TEACHERS = /local|national|domestic|in-country|in-house|host/iu;
const MAY_RETURN_HOME = /return|back\s+home/iu;

/**
 * The evidence that the host's own people take part or teach, for decide() to weigh (see
 * country-role-weights.ts). For: "officers from across the country" (not "from various provinces of
 * <another country>"), people of "the national police academy", people representing a state body
 * with no other country in its name ("officers representing the Customs Committee"), and — weakly —
 * people named with no country read for them. Against: participants "from EU Member States" or "from
 * ten countries", a body named after another country ("Representing Fiji, three officials from the
 * Ministry …"), a host whose own people teach. Experts: "local trainers", "prominent national
 * experts" (not "a course for national trainers", nor "national experts from Central American
 * countries"), or trainers of its state body ("Police Academy trainer Major Ivanov").
 */
export function impliedHostRoles(context: HostContext): ImpliedRole[] {
  const found: ImpliedRole[] = [];
  const participant = hostParticipation(context);
  if (participant) found.push(participant);
  const expert = localTeachers(context) ?? bodyTeachers(context) ?? counterpartTeachers(context) ?? statePostTeachers(context);
  if (expert) found.push(expert);
  return found;
}

function hostParticipation(c: HostContext): ImpliedRole | null {
  const own = ownParticipation(c) ?? fallbackParticipation(c);
  if (!own) return null;
  const against = evidenceAgainst(c);
  return { ...own, features: [...own.features, ...against] };
}

function evidenceAgainst(c: HostContext): HostFeature[] {
  const features: HostFeature[] = [];
  let regional: RegExpExecArray | null = null;
  for (const s of eventSentences(c)) if ((regional = MAY_BE_REGIONAL.test(s.text) ? REGIONAL_PEOPLE.exec(s.text) : null)) break;
  if (regional) features.push({ feature: 'regional-participants', note: `the participants come "${regional[0].trim()}"` });
  const foreign = bodyOfAnotherCountry(c);
  if (foreign) features.push({ feature: 'body-of-another-country', note: foreign });
  if (c.hostTeachesOthers) features.push({ feature: 'host-teaches' });
  // "to apply what they learn upon their return": the people came from abroad.
  const home = eventSentences(c).find((s) => MAY_RETURN_HOME.test(s.text) && RETURN_HOME.test(s.text));
  if (home) features.push({ feature: 'return-home', note: `the participants go home after it ("${RETURN_HOME.exec(home.text)![0]}")` });
  return features;
}

// "Representing Fiji, three officials from the Ministry of Foreign Affairs": a body with no
// country in its name, after another country's name in its sentence, is that country's.
function bodyOfAnotherCountry(c: HostContext): string | null {
  for (const b of c.bodies) {
    const s = c.sentences.find((x) => x.start <= b.start && x.end >= b.end);
    if (!s || !BY_PEOPLE_OF.test(c.text.slice(tailStart(c.text, s.start, b.start, BY_PEOPLE_OF_RUNS), b.start)) || organizationCountry(b.name, c.host) !== c.host) continue;
    const other = c.mentions.find((m) => m.code !== c.host && m.start >= s.start && m.end <= b.start && !/\b(?:in|at|to|into|near)\s+(?:the\s+)?$/i.test(c.text.slice(s.start, m.start)));
    if (other) return `the ${b.name} follows "${other.text}"`;
  }
  return null;
}

function ownParticipation(c: HostContext): ImpliedRole | null {
  const text = c.text;
  for (const s of eventSentences(c)) {
    // "Officials from the Ministry … were present": guests, not the trainees.
    if (PRESENT_AS_GUESTS.test(s.text)) continue;
    const across = FROM_HOST_COUNTRY.exec(s.text);
    if (across && PEOPLE.test(s.text) && !ofAnotherCountry(s.start + across.index + across[0].length, c)) {
      const phrase = across[0] + (PLACE_WORDS.exec(s.text.slice(across.index + across[0].length))?.[0] ?? '');
      return implied(s, 'participant', { feature: 'from-across-country', note: `people came "${phrase}"` });
    }
    const national = MAY_BE_NATIONAL_BODY.test(s.text) ? NATIONAL_BODY_PEOPLE.exec(s.text) : null;
    if (national) return implied(s, 'participant', { feature: 'national-body-people', note: `people of its own national body ("${national[0]}")` });
    // Where another country's people are read, the bodies may be theirs.
    const state = !c.participantsRead && MAY_BE_STATE_BODIES.test(s.text) ? STATE_BODIES_PEOPLE.exec(s.text) : null;
    if (state) {
      return implied(s, 'participant', { feature: 'national-body-people', note: `people of its state bodies ("${state[0]}")` });
    }
    // "facilitated by officers of the Directorate of Public Prosecutions": its people teach instead.
    const body = c.bodies.find(
      (b) =>
        b.start >= s.start &&
        b.end <= s.end &&
        BY_PEOPLE_OF.test(text.slice(tailStart(text, s.start, b.start, BY_PEOPLE_OF_RUNS), b.start)) &&
        !ONE_PERSON_OF.test(text.slice(tailStart(text, s.start, b.start, BY_PEOPLE_OF_RUNS + 2), b.start)) &&
        ownBody(b, c) &&
        !taughtBy(b, text, s),
    );
    if (body) return implied(s, 'participant', { feature: 'own-body-people', note: `the participants represent the ${body.name}` });
  }
  return null;
}

// "civil servants of various ministries", "officials from different state agencies": people of the
// state's many bodies, named by no country, serve the state the event belongs to; not "ministries of
// ten participating States" (the bodies' owners are named).
const MAY_BE_STATE_BODIES = /ministries|agencies|bodies|institutions/i;
const STATE_BODIES_PEOPLE = new RegExp(
  String.raw`\b(?:${[...PARTICIPANT_NOUNS].join('|')})\s+(?:of|from|representing)\s+(?:the\s+)?(?:various|different|several|many|relevant|line|key|respective)\s+(?:(?:state|government|governmental|public|national)\s+)?(?:ministries|agencies|bodies|institutions)(?:\s+and\s+(?:(?:state|government|public)\s+)?(?:ministries|agencies|bodies|institutions))?(?!\s+(?:of|in|from)\s)`,
  'iu',
);

// "from various provinces of Afghanistan": the provinces are another country's.
function ofAnotherCountry(at: number, c: HostContext): boolean {
  const of = /^\s+of\s+(?:the\s+)?/.exec(c.text.slice(at));
  if (!of) return false;
  const next = c.mentions.find((m) => m.start === at + of[0].length);
  return next !== undefined && next.code !== c.host;
}

function fallbackParticipation(c: HostContext): ImpliedRole | null {
  if (c.participantsRead) return null;
  const s = eventSentences(c).find((x) => PEOPLE.test(x.text) && !PRESENT_AS_GUESTS.test(x.text));
  return s ? { ...implied(s, 'participant', { feature: 'people-take-part' }), features: [{ feature: 'people-take-part' }, { feature: 'no-other-participants' }] } : null;
}

/**
 * With no venue country (an online course): "the national tutor" teaches for the one country whose
 * people take part ("a course for Ruritanian prosecutors … led by the national tutor" → expert).
 * `c.host` is that country.
 */
export function nationalTeachers(c: HostContext): ImpliedRole | null {
  const local = localTeachers(c);
  return local && { ...local, features: [{ feature: 'national-teachers', note: local.features[0]!.note!.replace('at an event it hosts', 'where all the participants are its people') }] };
}

function localTeachers(c: HostContext): ImpliedRole | null {
  for (const s of eventSentences(c)) {
    const local = MAY_BE_LOCAL_TEACHERS.test(s.text) ? LOCAL_TEACHERS.exec(s.text) : null;
    if (!local) continue;
    const before = s.text.slice(0, local.index);
    if (taught(before) || namedCountry(s.start + local.index + local[0].length, c)) continue;
    return implied(s, 'expert', { feature: 'local-teachers', note: `"${local[0]}" at an event it hosts` });
  }
  return null;
}

// "national and international experts from Georgia", "national experts from Central American
// countries": the experts' countries are named, or are others than the host.
function namedCountry(at: number, c: HostContext): boolean {
  const s = c.sentences.find((x) => x.start <= at && x.end >= at);
  const next = c.mentions.find((m) => m.start >= at && (!s || m.end <= s.end));
  if (REGIONAL_AFTER.test(c.text.slice(at, s?.end ?? at))) return true;
  return next !== undefined && /^\s+(?:from|of)\s+(?:the\s+)?$/.test(c.text.slice(at, next.start));
}

function bodyTeachers(c: HostContext): ImpliedRole | null {
  const bodies = [...c.bodies, ...acronymUses(c)];
  for (const s of eventSentences(c)) {
    const body = bodies.find(
      (b) =>
        b.start >= s.start &&
        b.end <= s.end &&
        ownBody(b, c) &&
        !ownedAfter(b, c) &&
        !anotherCountrysPeople(b, c, s) &&
        (taughtBy(b, c.text, s) || listedTeacher(b, c.text, s)),
    );
    if (body) return implied(s, 'expert', { feature: 'own-body-teachers', note: `the trainers belong to the ${body.name}, one of its state bodies` });
  }
  return null;
}

// "The speakers – the Director of X and the Deputy Head of the Office of <host> … – delivered
// lectures to the sergeants", "Lecturers were a judge of the Supreme Court and …": the teachers are
// listed, each by a post in a body; a body of the host among them gives the host's teachers. Speakers
// may only open an event, so they count when the sentence says they taught.
function listedTeacher(body: OrganizationMention, text: string, s: Sentence): boolean {
  if (!MAY_LIST_TEACHERS.test(s.text)) return false;
  const before = text.slice(s.start, body.start);
  const listed = TEACHERS_LISTED.exec(before);
  if (!listed || taught(before.slice(0, listed.index))) return false;
  // The list is the sentence's subject: no clause of its own between the teachers and the body.
  if (/[;.]/.test(before.slice(listed.index + listed[0].length))) return false;
  return !/^speakers$/i.test(listed[1]!) || LISTED_TAUGHT.test(text.slice(body.end, s.end));
}

const MAY_LIST_TEACHERS = /speakers|lecturers|trainers|instructors|facilitators|presenters|resource persons/i;
const TEACHERS_LISTED =
  /\b(speakers|lecturers|trainers|instructors|facilitators|presenters|resource\s+persons)\s*(?:[–—:]|\s(?:were|are|included|include|includes|comprised)\b)(?![^–—:]*\b(?:trainees|participants)\b)/i;
const LISTED_TAUGHT = /\b(?:delivered|gave|presented|taught|lectured|briefed|trained|conducted|instructed)\b/i;

/**
 * "The speakers during the workshop were A – Programme Director, and B – Deputy Chief State Advocate,
 * Eastern Province": a listed teacher who holds a legal post of a state ("State Advocate", "Public
 * Prosecutor", "Director of Public Prosecutions", "High Court Judge") serves the state the event is
 * held in, unless another country is named in the list.
 */
function statePostTeachers(c: HostContext): ImpliedRole | null {
  for (const s of eventSentences(c)) {
    const listed = MAY_LIST_TEACHERS.test(s.text) ? TEACHERS_LISTED_DURING.exec(s.text) : null;
    if (!listed || taught(s.text.slice(0, listed.index))) continue;
    const from = s.start + listed.index;
    const post = STATE_LEGAL_POST.exec(c.text.slice(from, s.end));
    if (!post || c.mentions.some((m) => m.code !== c.host && m.start >= from && m.end <= s.end)) continue;
    return implied(s, 'expert', { feature: 'state-post-teachers', note: `one of the ${listed[1]!.toLowerCase()} listed is "${post[0]}", at an event it hosts` });
  }
  return null;
}

// "Speakers during the event were", "The trainers at the workshop included": the list of those who taught.
const TEACHERS_LISTED_DURING =
  /\b(speakers|lecturers|trainers|instructors|facilitators|presenters|resource\s+persons)\s+(?:(?:during|at|of|for)\s+(?:the|this)\s+(?:event|workshop|training|course|seminar|session|programme|program)s?\s*)?(?:[–—:]|(?:were|are|included|include|includes|comprised)\b)(?![^–—:]*\b(?:trainees|participants)\b)/i;
// A legal post of a state, as written in a title: what a person of an international body never holds.
const STATE_LEGAL_POST =
  /\b(?:(?:Deputy|Chief|Senior|Principal|Assistant|Acting)\s+)*(?:State\s+(?:Advocate|Attorney|Counsel|Prosecutor|Solicitor)|Public\s+Prosecutor|Prosecutor[- ]General|Director\s+of\s+Public\s+Prosecutions|Attorney[- ]General|Solicitor[- ]General|(?:High|Supreme|Appeal|District|Magistrates['’]?)\s+Court\s+Judge)\b/;

/**
 * "UNPOL trainers and their PNC counterparts", "the OSCE experts together with their national
 * counterparts": people joined to the trainers as their counterparts are trainers too, of the country
 * the event is held in, unless another country is named for them (read by country-roles.ts).
 */
function counterpartTeachers(c: HostContext): ImpliedRole | null {
  for (const s of eventSentences(c)) {
    const joined = MAY_BE_COUNTERPARTS.test(s.text) ? TEACHERS_AND_COUNTERPARTS.exec(s.text) : null;
    if (!joined || taught(s.text.slice(0, joined.index))) continue;
    const from = s.start + joined.index;
    const to = from + joined[0].length;
    if (c.mentions.some((m) => m.code !== c.host && m.start >= from && m.end <= to && !m.body)) continue;
    return implied(s, 'expert', { feature: 'counterpart-teachers', note: `"${joined[0]}" at an event it hosts` });
  }
  return null;
}

const MAY_BE_COUNTERPARTS = /counterparts/i;
const TEACHERS_AND_COUNTERPARTS =
  /\b(?:experts|trainers|instructors|lecturers|facilitators|mentors|tutors|coaches|advis[eo]rs)\s+(?:\([^)]{1,20}\)\s+)?(?:and|as\s+well\s+as|together\s+with|alongside)\s+their\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?counterparts\b/iu;

/**
 * Each later use of the acronym a body was named with ("the Royal Institute of Management (RIM) …
 * conducted by the RIM"), as a mention of that body: the release names it in full once, then by its
 * acronym.
 */
function acronymUses(c: HostContext): OrganizationMention[] {
  const uses: OrganizationMention[] = [];
  for (const b of c.bodies) {
    const acronym = /\s\((\p{Lu}[\p{Lu}\p{N}&-]{1,9})\)$/u.exec(b.name)?.[1];
    if (!acronym) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${acronym.replace(/[&-]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    re.lastIndex = b.end;
    for (let m = re.exec(c.text); m !== null; m = re.exec(c.text)) {
      if (!c.bodies.some((o) => o.start <= m!.index && o.end > m!.index)) uses.push({ name: b.name, start: m.index, end: m.index + acronym.length });
    }
  }
  return uses;
}

// "Georgian lecturers from Tbilisi State University", "Afghan trainers of the Ministry of Interior":
// the people the body is named for already have another country, a few words before it.
function anotherCountrysPeople(body: OrganizationMention, c: HostContext, s: Sentence): boolean {
  return c.mentions.some(
    (m) => m.code !== c.host && m.start >= s.start && m.end <= body.start && body.start - m.end < 60 && !/[,;:()]|\band\b/.test(c.text.slice(m.end, body.start)),
  );
}

// "the Federal Service for Drug Control (FDCS) of RF": an owner named after the body, not the host's
// name, makes it another country's (or one the text does not say is the host's).
function ownedAfter(body: OrganizationMention, c: HostContext): boolean {
  const owner = OWNER_AFTER.exec(c.text.slice(body.end, body.end + 60));
  if (!owner) return false;
  const at = body.end + owner[0].length;
  return !c.mentions.some((m) => m.start === at && m.code === c.host);
}

const OWNER_AFTER = /^\s*(?:\([^)]{1,30}\)\s*)?of\s+(?:the\s+)?(?=\p{Lu})/u;

// "Police Academy trainer Major …", "trainers from the Border Academy"; not "a course for
// instructors at the Academy" nor "the skills of Academy instructors" (they are taught).
function taughtBy(body: OrganizationMention, text: string, s: Sentence): boolean {
  const before = text.slice(s.start, body.start);
  // "The training was facilitated by the Judicial Training Institute": the body itself teaches.
  // Its matches start on a letter and span at most six runs of non-space ("carried out by the X Y ").
  if (BODY_TEACHING_VERBS.test(text.slice(tailStart(text, s.start, body.start, 6), body.start))) return true;
  const after = text.slice(body.end, s.end);
  // "facilitated by officers of the National Prosecution Authority": its people run the event.
  const people = before.includes(' by ') || before.includes(' from ') ? PEOPLE_OF_BODY_TAUGHT.exec(before) : null;
  if (people && !taught(before.slice(0, people.index))) return true;
  // "Instructors of the Federal Police taught …": the teachers written as part of the body's name.
  const named = TEACHERS_NAMED_BODY.test(body.name);
  const phrase =
    named || TEACHERS_OF_BODY_AFTER.test(after) || AS_TEACHERS_AFTER.test(after) || WHOSE_TEACHERS_AFTER.test(after)
      ? before
      : TEACHERS_OF_BODY_BEFORE.exec(before)
        ? before.replace(TEACHERS_OF_BODY_BEFORE, '')
        : null;
  if (phrase !== null) return !taught(phrase) && !GRADUATE_AFTER.test(after);
  // "The Coast Guard conducted a course for …", "Judges of the Supreme Court lectured the
  // participants": the body, or its people, teach as the subject of the sentence.
  return teachesAsSubject(text, s, { code: '', start: body.start, end: body.end, form: 'name', text: body.name });
}

// A teaching verb's agent: people of the body named next ("led by officials from the Ministry of …").
const PEOPLE_OF_BODY_TAUGHT = new RegExp(
  String.raw`\b(?:(?:conducted|delivered|taught|led|carried\s+out|facilitated|instructed|trained|given|presented|moderated|mentored)\s+by|learn(?:s|ed|t|ing)?\s+from)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:${[...PARTICIPANT_NOUNS, ...EXPERT_NOUNS].join('|')})\s+(?:of|from|at)\s+(?:the\s+)?$`,
  'iu',
);
// "the Police Academy, whose instructors taught 40 cadets".
const WHOSE_TEACHERS_AFTER =
  /^,?\s+whose\s+(?:[\p{L}-]+\s+)?(?:trainers|experts|instructors|lecturers|tutors|staff|officers|specialists)\s+(?:(?:also|then|have|had)\s+)?(?:taught|trained|delivered|conducted|led|lectured|facilitated|instructed|ran)\b/iu;
const TEACHERS_NAMED_BODY = /^(?:trainers|experts|instructors|lecturers|tutors|facilitators|mentors|resource\s+persons)\s+(?:of|from|at)\s/i;
// "… of the Attorney General’s Office served as resource persons", "… acted as trainers".
const AS_TEACHERS_AFTER =
  /^[^.;,]{0,30}?\b(?:served|acted|serve|act|serves|acts|worked)\s+as\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:trainers|experts|instructors|lecturers|facilitators|resource\s+persons|tutors|mentors|coaches|presenters|moderators|speakers)\b/iu;

const taught = (before: string): boolean => BENEFICIARY_BEFORE.test(before) || TRAINED_AS_TEACHERS.test(before);

// The host's own state body: "the Customs Committee" (no country in its name), "the Kazakh Customs
// Committee"; not a bare "the Office" nor "the Office's Demining Unit", which point back to a body
// named before (often an international one).
function ownBody(body: OrganizationMention, c: HostContext): boolean {
  if (!/\s/.test(body.name) || /^\S+['’]s\s/.test(body.name)) return false;
  const owner = organizationCountry(body.name, c.host);
  if (owner !== null) return owner === c.host;
  return stateSchool(body.name);
}

/**
 * A school of the state with no country in its name: "the School of Magistrates", "the Diplomatic
 * Training Institute", "the Royal Institute of Management", "the Judicial Training Centre". Its head
 * is a school's and a word of its name is one of the state's services; an institute named for a town
 * or a person ("the Basel Institute on Governance") or an international one is not.
 */
function stateSchool(name: string): boolean {
  if (INTERNATIONAL_BODIES.has(name) || INTERNATIONAL_MARKERS.test(name) || ownerMention(name) !== null) return false;
  return SCHOOL_HEAD.test(name) && STATE_SERVICE_WORD.test(name);
}

const SCHOOL_HEAD = /\b(?:Institute|School|College|University|Centre|Center|Academy)\b/;
const STATE_SERVICE_WORD =
  /\b(?:National|State|Judicial|Justice|Magistrates?|Magistracy|Judges|Prosecutors?|Prosecution|Diplomatic|Police|Customs|Border|Public|Royal|Civil|Military|Defen[cs]e|Revenue|Tax|Administration|Government)\b/;

function implied(s: Sentence, role: Role, feature: HostFeature): ImpliedRole {
  return { role, span: { start: s.start, end: s.end }, features: [feature] };
}
