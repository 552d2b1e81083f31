import type { Role, Span } from '../../schema/dataset.ts';
import type { CountryMention } from '../lexicon/countries.ts';
import { PROJECT_TOTAL } from '../lexicon/people-nouns.ts';
import {
  BENEFICIARY_BEFORE,
  FROM_HOST_COUNTRY,
  LOCAL_TEACHERS,
  NATIONAL_BODY_PEOPLE,
  PARTICIPANT_NOUNS,
  TEACHERS_OF_BODY_AFTER,
  TEACHERS_OF_BODY_BEFORE,
  TRAINED_AS_TEACHERS,
} from '../lexicon/role-words.ts';
import type { Sentence } from '../text/sentences.ts';
import { organizationCountry } from './organization-country.ts';
import type { OrganizationMention } from './organization-mentions.ts';

/** A role of the host country implied rather than read, with the passage and the reason a person can check. */
export interface ImpliedRole {
  role: Role;
  span: Span;
  reason: string;
}

export interface HostContext {
  text: string;
  host: string;
  sentences: readonly Sentence[];
  mentions: readonly CountryMention[];
  bodies: readonly OrganizationMention[];
  /** Whether any country (the host included) was read as a participant. */
  participantsRead: boolean;
}

const PEOPLE = new RegExp(`\\b(?:${[...PARTICIPANT_NOUNS].join('|')})\\b`, 'i');
const BY_PEOPLE_OF = new RegExp(`\\b(?:${[...PARTICIPANT_NOUNS].join('|')})\\s+(?:representing|from|of)\\s+(?:the\\s+)?$`, 'i');

// The rest of "from across the country", "from all regions of Georgia", for the reason.
const PLACE_WORDS = /^(?:\s+(?:the|all|its|of|country|nation|republic|regions?|provinces?|oblasts?|districts?|cities|\p{Lu}[\p{L}-]*))+/u;

const eventSentences = (c: HostContext) => c.sentences.filter((s) => !PROJECT_TOTAL.test(s.text));

/**
 * The host's roles that the text implies: participant when "officers from across the country" come
 * (not "from various provinces of <another country>"), when people represent a state body with no
 * other country in its name ("officers representing the Customs Committee"), when people of "the
 * national police academy" come, or — with no country read for the participants at all — when the
 * text names people taking part. Expert when "local trainers" or "prominent national experts" teach
 * (not "a course for national trainers"), or trainers of such a state body ("Police Academy trainer
 * Major Ivanov"). Each carries a reason; roles read straight from the text are found elsewhere.
 */
export function impliedHostRoles(context: HostContext): ImpliedRole[] {
  const found: ImpliedRole[] = [];
  const participant = ownParticipation(context) ?? fallbackParticipation(context);
  if (participant) found.push(participant);
  const expert = localTeachers(context) ?? bodyTeachers(context);
  if (expert) found.push(expert);
  return found;
}

function ownParticipation(c: HostContext): ImpliedRole | null {
  const text = c.text;
  for (const s of eventSentences(c)) {
    const across = FROM_HOST_COUNTRY.exec(s.text);
    if (across && PEOPLE.test(s.text) && !ofAnotherCountry(s.start + across.index + across[0].length, c)) {
      const phrase = across[0] + (PLACE_WORDS.exec(s.text.slice(across.index + across[0].length))?.[0] ?? '');
      return implied(s, 'participant', `host country: people came "${phrase}"`);
    }
    const national = NATIONAL_BODY_PEOPLE.exec(s.text);
    if (national) return implied(s, 'participant', `host country: people of its own national body ("${national[0]}")`);
    const body = c.bodies.find((b) => b.start >= s.start && b.end <= s.end && BY_PEOPLE_OF.test(text.slice(s.start, b.start)) && ownBody(b, c));
    if (body) return implied(s, 'participant', `host country: the participants represent the ${body.name}`);
  }
  return null;
}

// "from various provinces of Afghanistan": the provinces are another country's.
function ofAnotherCountry(at: number, c: HostContext): boolean {
  const of = /^\s+of\s+(?:the\s+)?/.exec(c.text.slice(at));
  if (!of) return false;
  const next = c.mentions.find((m) => m.start === at + of[0].length);
  return next !== undefined && next.code !== c.host;
}

function fallbackParticipation(c: HostContext): ImpliedRole | null {
  if (c.participantsRead) return null;
  const s = eventSentences(c).find((x) => PEOPLE.test(x.text));
  return s ? implied(s, 'participant', 'host country: people take part and no other country is named for them') : null;
}

function localTeachers(c: HostContext): ImpliedRole | null {
  for (const s of eventSentences(c)) {
    const local = LOCAL_TEACHERS.exec(s.text);
    if (!local) continue;
    const before = s.text.slice(0, local.index);
    if (taught(before) || namedCountry(s.start + local.index + local[0].length, c)) continue;
    return implied(s, 'expert', `host country: "${local[0]}" at an event it hosts`);
  }
  return null;
}

// "national and international experts from Georgia": the experts' countries are named.
function namedCountry(at: number, c: HostContext): boolean {
  const s = c.sentences.find((x) => x.start <= at && x.end >= at);
  const next = c.mentions.find((m) => m.start >= at && (!s || m.end <= s.end));
  return next !== undefined && /^\s+(?:from|of)\s+(?:the\s+)?$/.test(c.text.slice(at, next.start));
}

function bodyTeachers(c: HostContext): ImpliedRole | null {
  for (const s of eventSentences(c)) {
    const body = c.bodies.find((b) => b.start >= s.start && b.end <= s.end && ownBody(b, c) && taughtBy(b, c.text, s));
    if (body) return implied(s, 'expert', `host country: the trainers belong to the ${body.name}, one of its state bodies`);
  }
  return null;
}

// "Police Academy trainer Major …", "trainers from the Border Academy"; not "a course for
// instructors at the Academy" nor "the skills of Academy instructors" (they are taught).
function taughtBy(body: OrganizationMention, text: string, s: Sentence): boolean {
  const before = text.slice(s.start, body.start);
  const phrase = TEACHERS_OF_BODY_AFTER.test(text.slice(body.end, s.end)) ? before : TEACHERS_OF_BODY_BEFORE.exec(before) ? before.replace(TEACHERS_OF_BODY_BEFORE, '') : null;
  return phrase !== null && !taught(phrase);
}

const taught = (before: string): boolean => BENEFICIARY_BEFORE.test(before) || TRAINED_AS_TEACHERS.test(before);

// The host's own state body: "the Customs Committee" (no country in its name), "the Kazakh Customs
// Committee"; not a bare "the Office" nor "the Office's Demining Unit", which point back to a body
// named before (often an international one).
function ownBody(body: OrganizationMention, c: HostContext): boolean {
  if (!/\s/.test(body.name) || /^\S+['’]s\s/.test(body.name)) return false;
  return organizationCountry(body.name, c.host) === c.host;
}

function implied(s: Sentence, role: Role, reason: string): ImpliedRole {
  return { role, span: { start: s.start, end: s.end }, reason };
}
