import type { CountQualifier, Span, Venue } from '../../schema/dataset.ts';
import { placeLabel } from '../../vocabulary/place-label.ts';
import type { Decision } from '../../schema/evidence.ts';
import { findCountryMentions } from '../lexicon/countries.ts';
import { NUMBER_HINT_PATTERN, NUMBER_PATTERN, parseNumber } from '../lexicon/numbers.ts';
import {
  ABOUT_WORDS, AT_LEAST_WORDS, CLAUSE_WORDS, COUNTED_PEOPLE, EXACT_WORDS, TEACHING_OBJECTS,
  TEACHING_VERBS, TEACHING_VERBS_WITH_OBJECT, TOTAL_AFTER, TRAINING_VERBS,
} from '../lexicon/participant-count-words.ts';
import { EXPERT_NOUNS } from '../lexicon/role-words.ts';
import type { Sentence } from '../text/sentences.ts';
import { caseless, foldsPlainly, pick } from '../text/case-fold.ts';
import { maskQuotes } from './date-anchor.ts';
import { COUNT_FEATURES, COUNT_THRESHOLD, countEvidence, type CountContext, type CountFeature } from './count-evidence.ts';
import { decide, type Scorable } from './decide.ts';
import { oneTownOf } from './one-town-of-several.ts';

/** How the release states its count: "25 officers" exact, "some 25" about, "more than 25" at least. */

export interface CountMatch {
  count: number;
  qualifier: CountQualifier;
  span: Span;
}

const alternatives = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.]/g, '\\.').replace(/ /g, '\\s+')).join('|');
const QUALIFIER = `(?:(?:${alternatives([...ABOUT_WORDS, ...AT_LEAST_WORDS, ...EXACT_WORDS])})\\s+)?`;
const PEOPLE = COUNTED_PEOPLE.join('|');
// Up to four descriptive words, more when they are a list of nationalities ("13 Greek, Czech and
// Swedish border police officers"); plausible() checks which.
// A bracketed acronym may sit among them ("31 South Sudan National Police Service (SSNPS) officers").
const FILLER = "(?:\\(?[\\p{L}’'-]+\\)?,?\\s+){0,8}?";
const MAX_FILLER_WORDS = 4;
// A noun inside brackets ("41 (all of them women) cadets") is an aside, not what is counted.
const COUNT = new RegExp(`\\b(${QUALIFIER})(${NUMBER_PATTERN})\\s+(${FILLER})(${PEOPLE})\\b(?!\\))`, 'giu');

/**
 * How many took part, and how the release qualifies it: "some 60 officers" (60, about), "Twenty
 * police officers" (20, exact), "More than 80 representatives" (80, at least), "nearly 30 judges" and
 * "up to 30 judges" (30, about), "The 19 officers", "Eight Afghan customs officials took part". Every
 * count of people in the title and the body is a candidate, decided by decideParticipantCount;
 * quotes, years, ages, "second in a series of five" and "three … systems" are no counts of people.
 * Two groups ("12 customs officers and 8 border guards") count only when the text gives their total
 * ("… 20 in all", or a later "The 20 officers"); otherwise the count is unknown (null).
 */
export function extractParticipantCount(sentences: readonly Sentence[], title?: Sentence): CountMatch | null {
  return decideParticipantCount(sentences, title).chosen;
}

/**
 * Evidence, then decision, for the participant count (COUNT_FEATURES in count-evidence.ts): each
 * candidate's evidence for ("a total of", the title, "took part") and against (a multi-year or
 * programme total, "from each", trainers, two groups without a total, a part of a larger group). The
 * best at or above the threshold wins, ties to the earlier; a later count equal to two groups' sum
 * states their total. The decision keeps every candidate when there were several or none won.
 */
export function decideParticipantCount(
  sentences: readonly Sentence[],
  title?: Sentence,
  venues: readonly Venue[] = [],
): { chosen: CountMatch | null; decision: Decision | null; groups: CountMatch | null } {
  // The title last: a tie goes to the body, which writes the count whole ("670" over the title's "more than 600").
  const all = [...countMentions(sentences, false), ...(title ? countMentions([title], true) : [])];
  // "Twelve officers and eight guards, 20 in all": the groups and their total are one mention, not three.
  const found = all.filter((f, i) => !all.some((o, j) => j !== i && o.match.span.start <= f.match.span.start && f.match.span.end <= o.match.span.end && (o.match.span.end - o.match.span.start) > (f.match.span.end - f.match.span.start)));
  // "12 officers and 8 guards" then "The 20 officers": the later count states the groups' total.
  const sums = new Set(found.filter((f) => f.groups).map((f) => f.count));
  // After two groups without a total, a later count is one of them or another matter, unless it is their sum.
  const firstGroups = found.find((f) => f.groups && !f.features.some((x) => x.feature === 'project-total'));
  const candidates = found.map((f): Scorable<CountFeature, Found> => {
    const features = [...f.features];
    if (!f.groups && sums.has(f.count)) features.push({ feature: 'states-groups-total' });
    else if (!f.groups && firstGroups && f.match.span.start > firstGroups.match.span.start) {
      features.push({ feature: 'groups-no-total', note: 'after two groups whose total the text does not state' });
    }
    // "Meanwhile, ten officers were busy at home … The course was held in Belize City": one place's people of several.
    const town = f.features.some((x) => x.feature === 'total-of') ? null : oneTownOf(venues, sentences, f.match.span);
    if (town) features.push({ feature: 'one-town', note: `the people of one of the places the event was held in (${placeLabel(town)}), not the whole` });
    return { value: f, label: labelOf(f.match), span: f.match.span, features };
  });
  const { chosen, decision } = decide('participantCount', COUNT_FEATURES, COUNT_THRESHOLD, candidates);
  const winner = chosen[0]?.value ?? null;
  const groups = firstGroups?.match ?? null;
  return { chosen: winner && !winner.groups ? winner.match : null, decision, groups };
}

function labelOf(m: CountMatch): string {
  return m.qualifier === 'exact' ? String(m.count) : `${m.qualifier} ${m.count}`;
}

interface Found {
  count: number;
  /** Two groups whose sum the text did not state. */
  groups: boolean;
  match: CountMatch;
  features: { feature: CountFeature; note?: string }[];
}

function* countMentions(sentences: readonly Sentence[], inTitle: boolean): Generator<Found> {
  for (const [index, sentence] of sentences.entries()) {
    const text = maskQuotes(sentence.text);
    // Both readers below need a number: most sentences have none.
    if (!pick(MAY_COUNT, foldsPlainly(text)).test(text)) continue;
    const next = sentences[index + 1]?.text ?? '';
    for (const match of countMatches(text)) {
      const [whole, qualifier, number, filler, noun] = match as unknown as string[];
      const count = readCount(number!);
      if (count === undefined || !plausibleBefore(text, match.index, number!)) continue;
      const end = match.index + whole!.length;
      // Plain values and module functions, not closures made per count (see spanIn).
      const context: CountContext = { text, next, at: match.index, end, qualifier: qualifier!, inTitle, index, groups: false };
      const shared = sharedNounGroups(filler!);
      if (shared) {
        if (!plausibleFiller(shared.rest)) continue;
        yield withEvidence(groupsOrTotal(count + shared.count, text, end, spanIn(sentence, match.index, end)), context);
        continue;
      }
      if (!plausibleFiller(filler!) || !countsParticipants(text, noun!)) continue;
      const teaching = teaches(text.slice(end));
      const more = teaching ? null : secondGroup(text.slice(end), noun!);
      if (more !== null) {
        yield withEvidence(groupsOrTotal(count + more.count, text, end + more.length, spanIn(sentence, match.index, end + more.length)), context);
        continue;
      }
      const single: Found = { count, groups: false, match: { count, qualifier: qualifierOf(qualifier!), span: spanIn(sentence, match.index, end) }, features: [] };
      const features = countEvidence(context);
      const known = features.some((f) => f.feature === 'teaches');
      yield { ...single, features: teaching && !known ? [...features, { feature: 'teaches' }] : features };
    }
    const group = strongGroup(text);
    if (group) {
      const context: CountContext = { text, next, at: group.at, end: group.end, qualifier: '', inTitle, index, groups: false };
      yield { count: group.count, groups: false, match: { count: group.count, qualifier: 'exact', span: spanIn(sentence, group.at, group.end) }, features: countEvidence(context) };
    }
    const subject = agentSubject(text);
    if (subject) {
      const context: CountContext = { text, next, at: subject.at, end: subject.end, qualifier: subject.qualifier, inTitle, index, groups: false };
      // Not a known people noun: what says these are people is the verb they are the subject of.
      const features = countEvidence(context).map((f) => (f.feature === 'people-count' ? { feature: 'agents-took-part' as const } : f));
      yield { count: subject.count, groups: false, match: { count: subject.count, qualifier: qualifierOf(subject.qualifier), span: spanIn(sentence, subject.at, subject.end) }, features };
    }
  }
}

// "a 15-strong delegation of coast guard officers", "a 40-strong class": a group counted by its strength is
// its people; not a team of teachers ("a five-strong team of trainers").
const STRONG_GROUP = new RegExp(
  `\\b(${NUMBER_PATTERN})-strong\\s+(?:delegation|team|group|contingent|cohort|class|squad)\\b(?:\\s+of\\s+(?:[\\p{L}-]+\\s+){0,3}?([\\p{L}-]+)\\b)?`,
  'iu',
);

function strongGroup(text: string): { count: number; at: number; end: number } | null {
  if (!text.includes('-strong')) return null;
  const m = STRONG_GROUP.exec(text);
  const count = m ? readCount(m[1]!) : undefined;
  if (!m || count === undefined || (m[2] !== undefined && EXPERT_NOUNS.has(m[2].toLowerCase()))) return null;
  return { count, at: m.index, end: m.index + m[0].length };
}

// "More than 45 directors-general are taking part in the programme", "About 35 associates from the
// region's public institutions, …, took part": a count that opens its sentence as the subject of a verb
// of taking part counts people whatever its noun, when that noun is the plural of an agent (-or, -er,
// -ist, -ian, -ant, -ee, -ate) or an office's ("consuls-general", "directors-general"). Things take part too ("Five vessels took part"),
// but their nouns are not agents; nouns of the people lists are COUNT's, and the few agents that name
// bodies or countries when they take part ("partners", "donors", "states") are not people here.
const AGENT_SUBJECT = new RegExp(
  `^(?:(?:in all|in total|altogether),?\\s+)?(${QUALIFIER})(${NUMBER_PATTERN})\\s+((?:[\\p{L}’'-]+\\s+){0,3}?)(\\p{Ll}+s)(-general)?\\b`,
  'iu',
);
// The verb of taking part, before another number, a semicolon or the sentence's end; not in a
// relative clause ("45 directors who took part in last year's course"), which tells of other people.
// Graduating from the event is taking part in it: "Twenty-six instructors … graduated today from a trainer course".
const TAKES_PART = /^[^.;\d]*?(?<!\b(?:who|that|which)\s+(?:have\s+|had\s+)?)\b(?:took part|take part|takes part|taking part|participated|participate|participating|attended|attend|attending|graduated|graduate|graduating)\b/iu;
const AGENT = /(?:ors|ers|ists|ians|ants|ees|ates)$/;
const NOT_AGENTS = new Set(['states', 'estates', 'partners', 'donors', 'sponsors', 'others', 'centers', 'headquarters', 'quarters', 'members']);
const PEOPLE_NOUNS = new Set(COUNTED_PEOPLE.map((w) => w.toLowerCase()));

function agentSubject(text: string): { count: number; qualifier: string; at: number; end: number } | null {
  const start = text.length - text.trimStart().length;
  const match = AGENT_SUBJECT.exec(text.slice(start));
  if (!match) return null;
  const [whole, qualifier, number, filler, noun, general] = match as unknown as string[];
  const lower = noun!.toLowerCase();
  if (general === undefined && !AGENT.test(lower)) return null;
  if (PEOPLE_NOUNS.has(lower) || EXPERT_NOUNS.has(lower) || NOT_AGENTS.has(lower)) return null;
  const count = readCount(number!);
  if (count === undefined || !plausibleFiller(filler!)) return null;
  const end = start + whole!.length;
  if (!TAKES_PART.test(text.slice(end))) return null;
  return { count, qualifier: qualifier!, at: start + match.index, end };
}

// Every count of people, also one that starts inside a match rejected later: "On 14.03.2019 forty-two
// inspectors" first matches "2019 forty-two … inspectors" (a year), then "forty-two inspectors".
// What every count holds, under COUNT's and AGENT_SUBJECT's flags (a digit or a number word): most
// sentences have none and skip both, COUNT being the costliest expression of the build. Caseless, run in its plain form where the text
// allows (text/case-fold.ts): it is asked of every sentence.
const MAY_COUNT = caseless(NUMBER_HINT_PATTERN);

// COUNT itself, not a copy per sentence: copying it (its number words and people nouns) cost more
// than reading most sentences with it. Its matches are all collected before the caller reads them.
function countMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  COUNT.lastIndex = 0;
  for (let match = COUNT.exec(text); match; match = COUNT.exec(text)) {
    out.push(match);
    COUNT.lastIndex = match.index + match[1]!.length + match[2]!.length;
  }
  COUNT.lastIndex = 0;
  return out;
}

// The span of text[from, to) of a sentence. A module function: the build runs under tsx, whose esbuild
// names every named closure with a call to Object.defineProperty each time one is made.
function spanIn(sentence: Sentence, from: number, to: number): Span {
  return { start: sentence.start + from, end: sentence.start + to };
}

function withEvidence(found: Omit<Found, 'features'>, context: CountContext): Found {
  return { ...found, features: countEvidence({ ...context, groups: found.groups }) };
}

function readCount(number: string): number | undefined {
  // "In 2015 officers from …": a four-digit number without a comma from 1900 to 2099 is a year.
  if (/^(?:19|20)\d\d$/.test(number)) return undefined;
  const count = parseNumber(number);
  return count !== undefined && count >= 2 && count <= 100_000 ? count : undefined;
}

function qualifierOf(words: string): CountQualifier {
  const phrase = words.trim().toLowerCase().replace(/\s+/g, ' ');
  if (AT_LEAST_WORDS.includes(phrase)) return 'at least';
  return ABOUT_WORDS.includes(phrase) ? 'about' : 'exact';
}

// What follows two groups to give their total: "…, 20 in all". Made once, not per pair of groups.
const TOTAL = new RegExp(`^[^;:]*?\\b(${NUMBER_PATTERN})\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${alternatives(TOTAL_AFTER)})\\b`, 'iu');

// "12 customs officers and 8 border guards, 20 in all": the stated total; without one the groups stand.
function groupsOrTotal(sum: number, text: string, end: number, span: Span): Omit<Found, 'features'> {
  const total = TOTAL.exec(text.slice(end));
  const stated = total ? parseNumber(total[1]!) : undefined;
  if (total && stated !== undefined && stated >= sum) {
    return { count: stated, groups: false, match: { count: stated, qualifier: 'exact', span: { start: span.start, end: span.end + total[0].length } } };
  }
  return { count: sum, groups: true, match: { count: sum, qualifier: 'exact', span } };
}

const SHARED_NOUN = new RegExp(`^((?:[\\p{L}’'-]+,?\\s+){0,3}?)and\\s+(?:${QUALIFIER})(${NUMBER_PATTERN})\\s+`, 'iu');

// "15 Tajik and ten Afghan border officials": two groups sharing one noun.
function sharedNounGroups(filler: string): { count: number; rest: string } | null {
  // Most fillers are empty or hold no "and": SHARED_NOUN cannot match them.
  if (!filler.toLowerCase().includes('and')) return null;
  const match = SHARED_NOUN.exec(filler);
  const count = match ? readCount(match[2]!) : undefined;
  if (!match || count === undefined || !plausibleFiller(match[1]!)) return null;
  return { count, rest: filler.slice(match[0].length) };
}

const SECOND_GROUP = new RegExp(
  `^((?:\\s+(?:of|from|representing)\\s+(?:[\\p{L}’'()-]+\\s+){0,6}?)?)\\s*and\\s+(${QUALIFIER})(${NUMBER_PATTERN})\\s+(?:(${FILLER})(${PEOPLE})\\b|(?=from\\b|of\\b))`,
  'iu',
);

// "… and more than 70 police officers", "… from Almaty and 8 from Bishkek": a second group right after
// the first.
function secondGroup(rest: string, noun = ''): { count: number; length: number } | null {
  return andGroup(rest) ?? commaGroup(rest, noun);
}

// "three defence officers, three prison officers and eight police officers": a list of groups parted
// by commas; not "30 participants, 12 women …", a breakdown of a total.
const COMMA_GROUP = new RegExp(`^,\\s+(${QUALIFIER})(${NUMBER_PATTERN})\\s+(${FILLER})(${PEOPLE})\\b`, 'iu');
const TOTAL_NOUNS = new Set(['participants', 'people', 'persons', 'attendees', 'trainees', 'delegates', 'students', 'members']);

function commaGroup(rest: string, noun: string): { count: number; length: number } | null {
  if (TOTAL_NOUNS.has(noun.toLowerCase())) return null;
  const match = COMMA_GROUP.exec(rest);
  const count = match ? readCount(match[2]!) : undefined;
  if (!match || count === undefined || !plausibleFiller(match[3]!) || EXPERT_NOUNS.has(match[4]!.toLowerCase())) return null;
  return { count, length: match[0].length };
}

function andGroup(rest: string): { count: number; length: number } | null {
  const match = SECOND_GROUP.exec(rest);
  const count = match ? readCount(match[3]!) : undefined;
  if (!match || count === undefined || hasClauseWord(match[1]!)) return null;
  if (match[4] !== undefined && !plausibleFiller(match[4])) return null;
  // "20 officers and two experts": the experts teach, they are no second group.
  if (match[5] !== undefined && EXPERT_NOUNS.has(match[5].toLowerCase())) return null;
  return { count, length: match[0].length };
}

// "delivered by", "taught in": passive or participle, the count's people are the trainees.
const TEACHING = new RegExp(
  `\\b(?:(?:${TEACHING_VERBS.join('|')})\\b(?!\\s+(?:by|in|on|as|at|for|to|during|under|within|with)\\b)|` +
    `(?:${TEACHING_VERBS_WITH_OBJECT.join('|')})\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${TEACHING_OBJECTS.join('|')})\\b|` +
    `(?:${TRAINING_VERBS.join('|')})\\s+(?:[\\p{L}\\d,-]+\\s+){0,3}?(?:${PEOPLE})\\b)`,
  'iu',
);

// "Five members of the X team, together with an instructor from Y, delivered training to 25 officers":
// the people a count opens with are the subject of a teaching verb, so they teach.
function teaches(rest: string): boolean {
  // Asides between commas ("…, having completed the course, …") and brackets do not end the subject.
  const plain = rest.replace(/\([^)]*\)/g, ' ').replace(/,\s*[\p{L}]+ing\b[^,]*,/gu, ' ');
  const verb = TEACHING.exec(plain);
  if (!verb) return false;
  const gap = plain.slice(0, verb.index);
  return !/[;:]/.test(gap) && !/\d/.test(gap) && !hasClauseWord(gap);
}

function hasClauseWord(words: string): boolean {
  return words.toLowerCase().split(/[^\p{L}]+/u).some((w) => CLAUSE_WORDS.has(w));
}

// "Two experts" count only where the sentence says they took part.
function countsParticipants(text: string, noun: string): boolean {
  // Trainers who took part, attended or graduated were the trainees ("Twenty-six instructors … graduated today").
  return !EXPERT_NOUNS.has(noun.toLowerCase()) || /\bparticipa|\btook part|\battend|(?<!\b(?:who|that|which)\s+(?:have\s+|had\s+)?)\bgraduat(?:ed|e|ing)\b/i.test(text);
}

function plausibleBefore(text: string, at: number, number: string): boolean {
  const before = text.slice(Math.max(0, at - 20), at);
  // "held by two customs officials", "led by three experts": those are the trainers ("attended by
  // 30 officers" are not).
  if (/\b(?:held|led|conducted|delivered|taught|run|given|facilitated|moderated|presented|mentored|trained)\s+by\s+$/i.test(before)) return false;
  if (/\bof the\s+$/i.test(before)) return false;
  // "1 500": digits after digits are one number written with a space; "On 14.03.2019 forty-two
  // inspectors" is a date, then a count.
  if (/^\d/.test(number) && /\d\s*$/.test(before)) return false;
  // "age 25", "No. 5"
  return !/(?:\bNo\.?|\bage[sd]?)\s*$/i.test(before);
}

// Words between number and noun must be descriptive, not a clause ("five events dedicated to officers").
function plausibleFiller(filler: string): boolean {
  // A body's name is one modifier ("South Sudan National Police Service (SSNPS)"), and so is "of" with
  // no article after the number ("11,500 of judicial officers").
  const words = withoutNationalityList(filler)
    .replace(/\([^()]*\)/g, ' ')
    .replace(/(?:\p{Lu}[\p{L}’'-]*\s+){2,}/gu, 'Name ')
    .replace(/^of\s+(?!the\b|these\b|those\b|them\b)/i, '');
  if (words.includes(',') || words.split(/\s+/).filter(Boolean).length > MAX_FILLER_WORDS) return false;
  return !/\b(?:of|and|in|to|for|on|at|from|with|who|that|which|years?|months?|days?|weeks?|events?|series)\b/i.test(oneModifier(words));
}

// "40 customs and police officers": two modifiers joined by "and" just before the noun qualify one
// group, when neither is itself people ("30 trainers and police officers" is two groups).
function oneModifier(words: string): string {
  return words.replace(/\b([\p{Ll}-]+)\s+and\s+([\p{Ll}-]+)\s*$/u, (whole, a: string, b: string) =>
    PEOPLE_NOUNS.has(a.toLowerCase()) || PEOPLE_NOUNS.has(b.toLowerCase()) || EXPERT_NOUNS.has(a.toLowerCase()) || EXPERT_NOUNS.has(b.toLowerCase()) ? whole : `${a} `,
  );
}

// "Greek, Czech and Swedish border police" → " border police": a list of demonyms is one modifier.
function withoutNationalityList(filler: string): string {
  if (!/\p{Lu}/u.test(filler)) return filler;
  const mentions = findCountryMentions(filler);
  if (mentions.length === 0) return filler;
  let marked = '';
  let at = 0;
  for (const m of mentions) {
    marked += `${filler.slice(at, m.start)}\u0000`;
    at = m.end;
  }
  marked += filler.slice(at);
  return marked.replace(/\u0000(?:\s*,\s*\u0000)*(?:,?\s+and\s+\u0000)?/g, ' ');
}
