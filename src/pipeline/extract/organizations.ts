import type { Organization } from '../../schema/dataset.ts';
import { HEAD_WORDS, INTERNATIONAL_BODIES, NGO_PREFIX } from '../lexicon/organization-words.ts';
import type { Sentence } from '../text/sentences.ts';
import type { ReleaseAnalysis } from './analyze-release.ts';
import type { OrganizationMention } from './organization-mentions.ts';
import { organizationCountry } from './organization-country.ts';

export interface OrganizationsResult {
  /** Bodies named as (co-)organising, holding or supporting the event, in text order. */
  organizers: Organization[];
  /** Every named body once (its longest form, at its first mention), in text order. */
  organizations: Organization[];
}

export interface OrganizationsOptions {
  /** The venue country: a state body with no country in its name belongs to it. */
  hostCode?: string | null;
}

// "co-organized by A, B and C", "held by A", "hosted and supported by A".
const BY_CUE =
  /\b(?:co-?organi[sz]ed|organi[sz]ed|held|hosted|conducted|delivered|provided|convened|arranged|run)(?:\s+and\s+(?:supported|co-?organi[sz]ed|hosted))?\s+(?:jointly\s+)?by\s+/gi;
// Partners named after the organiser: "in co-operation with B and C", "organized with the support of
// D". Support alone ("with the support of the EU") is funding: the supporter is mentioned, not an organiser.
const PARTNER_CUE =
  /\b(?:in\s+co-?operation\s+with|in\s+collaboration\s+with|in\s+partnership\s+with|jointly\s+with|together\s+with|co-?organi[sz]ed\s+with|(?:co-?organi[sz]ed|organi[sz]ed|held|conducted)\s+with\s+the\s+(?:support|assistance)\s+of)\s+/gi;
// A partner counts only in a sentence about running an event, not "published a handbook together with B".
const RUNNING_VERB =
  /\b(?:co-?organi[sz]|organi[sz]|held\b|hold|conduct|host|conven|run\b|runs\b|ran\b|carried\s+out|carries\s+out|deliver|arrang|start|open|launch|began|begin|conclud|complet|took\s+place|takes\s+place)/i;
// "the OSCE's X, in co-operation with Y, held a course": a body as the subject of holding it.
const SUBJECT_VERB =
  /^(?:\s*,[^,.;]{0,160}?,|\s*,)?\s+(?:has\s+|have\s+|had\s+)?(?:[a-z]+ed\s+and\s+)?(?:co-?organi[sz]ed|organi[sz]ed|organi[sz]es|held|holds|conducted|conducts|hosted|hosts|convened|ran|runs)\b/;
// "The OSCE Mission to X today concluded a series of roundtables": opening or closing an event.
const SUBJECT_OPENS =
  /^\s+(?:today\s+|has\s+|have\s+)?(?:opened|opens|launched|launches|concluded|concludes|start|starts|started)\s+(?:[\p{L}-]+\s+){0,5}?(?:training|trainings|course|courses|seminar|seminars|workshop|workshops|conference|forum|round-?tables?|exercise|series)\b/iu;
// "X on Friday completed the training of …", "X is organizing training …", "X police advisers
// delivered a course", "X will implement a training programme", "X trains senior officials": a body
// (or its people) as the active subject of running an event. Adverbials of time may stand between;
// a passive ("was trained") or a body whose people are the ones trained ("officers from X completed")
// is not such a subject.
const TIME_ADVERBIAL = String.raw`(?:(?:today|yesterday|recently|successfully|jointly|also|again|currently|now|earlier\s+this\s+(?:week|month|year)|this\s+(?:week|month|morning|year)|last\s+(?:week|month)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\d{1,2}(?:st|nd|rd|th)?))[,]?\s+)`;
const RUN_AUX = String.raw`(?:(?:will|would|is|are|has|have|had|was|were)\s+(?:(?:also|been|be|now|jointly|successfully)\s+)*)`;
const EVENT_NOUNS = String.raw`(?:trainings?|courses?|seminars?|workshops?|conferences?|forums?|round-?tables?|exercises?|series|programmes?|programs?|meetings?|study\s+visits?|graduation)`;
const RUN_VERBS = String.raw`(?:co-?organi[sz](?:e|es|ed|ing)|organi[sz](?:e|es|ed|ing)|hold(?:s|ing)?|held|conduct(?:s|ed|ing)?|host(?:s|ed|ing)?|conven(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|launch(?:es|ed|ing)?|open(?:s|ed)?|conclud(?:e|es|ed)|clos(?:e|es|ed)|implement(?:s|ed|ing)?|provid(?:e|es|ed|ing)|g[ai]ve|gives|giving|carr(?:y|ies|ied|ying)\s+out|run(?:s|ning)?|ran|celebrat(?:e|es|ed|ing)|develop(?:s|ed)?)`;
const PEOPLE_OF_BODY = String.raw`(?:(?:police\s+|senior\s+|military\s+)?(?:advis[eo]rs|experts|specialists|trainers|instructors|officers|officials|staff|personnel|teams?)\s+)`;
// "IGAD through its Special Mission to X is training …": the body acts through one of its own.
const THROUGH = String.raw`(?:\s+through\s+(?:its|their)\s+[^,.;]{1,100}?(?=\s+(?:is|are|has|have|will|organi|conduct|held|host|deliver|train)))`;
const SUBJECT_RUNS = new RegExp(
  String.raw`^(?:\s*\([^)]{1,80}\))?(?:\s*,[^,.;]{0,160}?,|\s*,)?${THROUGH}?\s+${PEOPLE_OF_BODY}?${TIME_ADVERBIAL}*${RUN_AUX}?${TIME_ADVERBIAL}*${RUN_VERBS}\s+(?:[\p{L}\p{N}'’“”"()-]+\s+){0,6}?${EVENT_NOUNS}\b`,
  'iu',
);
const SUBJECT_TRAINS = new RegExp(
  String.raw`^(?:\s*,[^,.;]{0,160}?,)?${THROUGH}?\s+${PEOPLE_OF_BODY}?${TIME_ADVERBIAL}*(?:(?:will|would|is|are|has|have|had)\s+(?:been\s+)?)?(?:(?:re)?train(?:s|ed|ing)?\s+(?!(?:in|at|on|for|with|by|to|as|under|together|jointly|alongside|abroad)\b)|complet(?:e|es|ed)\s+the\s+(?:re)?training\s+of\b)`,
  'iu',
);
const PASSIVE_AUX = /^\s*(?:[^,]*,[^,]*,)?\s*(?:\S+\s+)?(?:is|are|was|were|been|be)\s+(?:also\s+|jointly\s+|successfully\s+)*(?:\p{L}+ed|held|run|given)\b/iu;
// An acronym as the subject ("AFRIPOL organized a two-day meeting", "IGAD trains officials").
const ACRONYM_SUBJECT = /(?<![\p{L}\p{N}(-])(\p{Lu}{3,}(?:-\p{Lu}{3,})?)(?=[\s(,])/gu;
// "The workshops IMCK organized for …": the body in a relative clause after the event.
const RELATIVE_RUN = new RegExp(
  String.raw`\b${EVENT_NOUNS}\s+(?:that\s+|which\s+)?(?:the\s+)?$`,
  'iu',
);
const RELATIVE_VERB = /^\s+(?:has\s+|had\s+)?(?:co-?organi[sz]ed|organi[sz]ed|held|conducted|ran|hosted|delivered)\b/i;

function runsEvent(after: string): boolean {
  if (PASSIVE_AUX.test(after)) return false;
  return SUBJECT_RUNS.test(after) || SUBJECT_TRAINS.test(after);
}

// "OSCE-organized courses": the body named in the compound, by its fuller name where the text gives one.
const COMPOUND_CUE = /\b(\p{Lu}[\p{L}]*)-(?:organi[sz]ed|led|run|hosted|conducted)\s+/gu;
const LIST_JOIN = /^(?:\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as)\s+)/;
const PARTNER_JOIN = /^,?\s*(?:in\s+co-?operation|in\s+collaboration|in\s+partnership|jointly|together)\s+with\s+/;
const SUBJECT_LIST_GAP =
  /^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|,?\s+(?:in\s+co-?operation|in\s+collaboration|in\s+partnership|jointly|together)\s+with\s+)(?:the\s+)?$/;
// "instructors from the Border Troops … conducted": the body is where the subject's people come from.
const PEOPLE_OF = /\b(?:from|of)\s+(?:the\s+)?$/;
// Words before a listed name: "the", "its", "the NGO", "the EU-funded, UNDP-implemented …", and the
// people a body sends ("conducted by experts of the X", "a team of trainers consisting of
// representatives from X").
const LIST_SKIP = new RegExp(
  String.raw`^\s*(?:(?:the|its|a)\s+|${NGO_PREFIX.source}|[\p{L}]+-(?:funded|implemented|supported|sponsored|financed|based),?\s+|team\s+of\s+[\p{L}]+,?\s+(?:(?:consisting|composed)\s+of\s+)?|(?:experts|trainers|specialists|representatives|instructors|staff)\s+(?:of|from)\s+)*`,
  'u',
);
// A body named by its acronym alone in a list ("BOMCA and the OSCE held …", "organised by the ICMPD").
const ACRONYM_BEFORE = /(?<![\p{L}\d-])(\p{Lu}{3,})(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:the\s+)?$/u;
const ACRONYM_ITEM = /^\p{Lu}{3,}(?![\p{L}\d-])/u;
const PART_OR_EVENT =
  /\b(?:sessions?|lessons?|lectures?|modules?|presentations?|classes|training|trainings|course|courses|seminar|seminars|workshop|workshops|exercise|programme|program)\b/gi;
const EVENT_WORD =
  /\b(?:training|course|seminar|workshop|event|conference|programme|program|exercise|meeting|visit|session|forum|round-?table)\b/i;
// "started at the OSCE Border Management Staff College", "the course for border staff at the OSCE …".
const VENUE_CUE =
  /\b(?:(?:held|started|began|begins|opened|opens|took\s+place|takes\s+place|conducted|under\s+way|concluded|completed|ended)(?:\s+today)?|(?:course|training|seminar|workshop)(?:\s+[\p{L}-]+){0,4}?)\s+at\s+/giu;
// A name that opens with an international body: "OSCE Border Management Staff College", "UNODC …".
const INTERNATIONAL_OWNER = new RegExp(`^(?:OSCE|UN|EU|United Nations|European Union|${[...INTERNATIONAL_BODIES].join('|')})\\b`);
const FIELD_OFFICE = /^OSCE\s+(?:Programme\s+Office|Office|Centre|Center|Mission|Project\s+Co-?ordinator|Presence)\b/;

/**
 * Organisers and all named bodies. Organisers come from "organized by A, B and C", "A, in
 * co-operation with B, held …", "organized with the support of D", "OSCE-organized courses" (the OSCE
 * office named), "The OSCE Office in Y today opened a seminar"; failing those, the international body
 * the event was held at ("started at the OSCE Staff College"); failing that, the first OSCE field
 * office named. Funders ("funded by E", "with the support of E") are mentioned, not organisers.
 */
export function extractOrganizations(release: ReleaseAnalysis, options: OrganizationsOptions = {}): OrganizationsResult {
  const { text, sentences } = release;
  const hostCode = options.hostCode ?? null;
  const mentions = [...release.organizations];
  const toOrg = (m: OrganizationMention): Organization => ({
    name: m.name,
    countryCode: organizationCountry(m.name, hostCode),
    span: { start: m.start, end: m.end },
  });
  const found = findOrganizers(text, sentences, mentions);
  return { organizers: withoutShortForms(uniqueByName(fullForms(found, mentions))).map(toOrg), organizations: longestForms(mentions).map(toOrg) };
}

function findOrganizers(text: string, sentences: readonly Sentence[], mentions: OrganizationMention[]): OrganizationMention[] {
  const primary: OrganizationMention[] = [];
  const partners: OrganizationMention[] = [];
  // Bodies named by a bare acronym count only where no body named in full runs the event.
  const acronyms: OrganizationMention[] = [];
  for (const s of sentences) {
    const inSentence = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    for (const cue of s.text.matchAll(BY_CUE)) {
      if (teachesAPart(s.text.slice(0, cue.index), cue[0])) continue;
      primary.push(...readList(text, mentions, s.start + cue.index + cue[0].length));
    }
    for (const cue of s.text.matchAll(COMPOUND_CUE)) primary.push(...compoundBody(cue[1]!, s.start + cue.index, mentions));
    primary.push(...subjects(text, inSentence));
    acronyms.push(...acronymSubjects(text, s, inSentence, mentions));
    if (!RUNNING_VERB.test(s.text) || (!EVENT_WORD.test(s.text) && primary.length === 0)) continue;
    for (const cue of s.text.matchAll(PARTNER_CUE)) partners.push(...readList(text, mentions, s.start + cue.index + cue[0].length));
  }
  if (primary.length === 0) primary.push(...venueBodies(text, sentences, mentions));
  const all = [...primary, ...partners].sort((a, b) => a.start - b.start);
  if (all.length > 0) return all;
  if (acronyms.length > 0) return acronyms;
  const office = mentions.find((m) => FIELD_OFFICE.test(m.name));
  return office ? [office] : [];
}

// "lessons delivered by experts from X", "sessions conducted by Y": X and Y teach a part, they do not
// run the event ("The course was delivered by X" does).
// "equipment provided by Y" is a gift: "provided by" counts only right after the event ("the course
// provided by Y").
function teachesAPart(before: string, cue: string): boolean {
  if (/^provided\b/i.test(cue) && !/\b(?:training|trainings|course|courses|seminar|seminars|workshop|workshops)\s+$/i.test(before)) return true;
  if (!/^(?:conducted|delivered)\b/i.test(cue)) return false;
  const nouns = [...before.matchAll(PART_OR_EVENT)];
  const last = nouns[nouns.length - 1]?.[0];
  return last !== undefined && /^(?:sessions?|lessons?|lectures?|modules?|presentations?|classes)$/i.test(last);
}

// "OSCE-organized": the OSCE field office the release names, else the body spelled out before
// "(WORD)", else the word itself.
function compoundBody(word: string, at: number, mentions: OrganizationMention[]): OrganizationMention[] {
  const office = mentions.find((m) => m.name.split(/[\s’']/)[0] === word && FIELD_OFFICE.test(m.name));
  const spelled = mentions.find((m) => m.name.endsWith(`(${word})`));
  return [office ?? spelled ?? { name: word, start: at, end: at + word.length }];
}

// A list of bodies from `pos`: "the A, the B and the NGO C, in co-operation with D"; "the Centre"
// stands for the OSCE Centre named earlier.
function readList(text: string, mentions: OrganizationMention[], pos: number): OrganizationMention[] {
  const list: OrganizationMention[] = [];
  let p = pos;
  for (;;) {
    p += LIST_SKIP.exec(text.slice(p))?.[0].length ?? 0;
    const direct = mentions.filter((m) => m.start === p);
    const ref = direct.length > 0 ? undefined : backReference(text, mentions, p) ?? acronymItem(text, p, mentions);
    if (direct.length === 0 && !ref) break;
    list.push(...(direct.length > 0 ? direct : [ref!.mention]));
    p = direct.length > 0 ? Math.max(...direct.map((m) => m.end)) : p + ref!.length;
    const rest = text.slice(p);
    const join = PARTNER_JOIN.exec(rest) ?? LIST_JOIN.exec(rest);
    if (!join) break;
    p += join[0].length;
  }
  return list;
}

// "the ECA" → "Egyptian Customs Authority (ECA)"; "the OSCE" → the OSCE office the release names.
function acronymItem(text: string, p: number, mentions: OrganizationMention[]): { mention: OrganizationMention; length: number } | undefined {
  const word = ACRONYM_ITEM.exec(text.slice(p))?.[0];
  if (!word) return undefined;
  return { mention: compoundBody(word, p, mentions)[0]!, length: word.length };
}

function backReference(
  text: string,
  mentions: OrganizationMention[],
  p: number,
): { mention: OrganizationMention; length: number } | undefined {
  const word = /^(?:Programme\s+)?(\p{Lu}[\p{L}-]*)(?![\p{L}])/u.exec(text.slice(p));
  const head = word?.[1];
  if (!word || !head || !HEAD_WORDS.has(head)) return undefined;
  const earlier = mentions.filter((m) => m.start < p && m.name.includes(head) && m.name.includes(' '));
  const mention = earlier.find((m) => m.name.startsWith('OSCE')) ?? earlier[0];
  return mention ? { mention, length: word[0].length } : undefined;
}

// Subjects of "held"/"organized", including every body listed before one ("A and B held …").
function subjects(text: string, inSentence: OrganizationMention[]): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  for (let i = inSentence.length - 1; i >= 0; i--) {
    const m = inSentence[i]!;
    const next = found[0];
    const listed = next !== undefined && SUBJECT_LIST_GAP.test(text.slice(m.end, next.start));
    const after = text.slice(m.end, m.end + 200);
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    const subject =
      !PEOPLE_OF.test(before.slice(-10)) &&
      (SUBJECT_VERB.test(after) || SUBJECT_OPENS.test(after) || runsEvent(after) || (RELATIVE_RUN.test(before) && RELATIVE_VERB.test(after)));
    if (listed || subject) found.unshift(m);
  }
  // "BOMCA and the OSCE held …": an acronym listed before the first subject is one too.
  const first = found[0];
  const before = first ? ACRONYM_BEFORE.exec(text.slice(Math.max(0, first.start - 40), first.start)) : null;
  if (first && before) {
    const at = first.start - before[0].length;
    found.unshift(compoundBody(before[1]!, at, inSentence)[0]!);
  }
  return found;
}

// A body named only by its acronym as the subject of running the event, where no named body covers it.
function acronymSubjects(text: string, s: Sentence, inSentence: OrganizationMention[], mentions: OrganizationMention[]): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  for (const a of s.text.matchAll(ACRONYM_SUBJECT)) {
    const start = s.start + a.index;
    const end = start + a[1]!.length;
    if (inSentence.some((m) => m.start <= start && m.end >= end)) continue;
    const before = text.slice(Math.max(s.start, start - 40), start);
    if (PEOPLE_OF.test(before.slice(-10))) continue;
    const after = text.slice(end, end + 200);
    if (runsEvent(after) || (RELATIVE_RUN.test(before) && RELATIVE_VERB.test(after))) found.push(compoundBody(a[1]!, start, mentions)[0]!);
  }
  return found;
}

function venueBodies(text: string, sentences: readonly Sentence[], mentions: OrganizationMention[]): OrganizationMention[] {
  for (const s of sentences) {
    for (const cue of s.text.matchAll(VENUE_CUE)) {
      // An international body's own college or centre runs what it hosts; a national academy that lends
      // its rooms is only the venue.
      const list = readList(text, mentions, s.start + cue.index + cue[0].length);
      if (list.length > 0 && INTERNATIONAL_OWNER.test(list[0]!.name)) return list.slice(0, 1);
    }
  }
  return [];
}

function uniqueByName(list: OrganizationMention[]): OrganizationMention[] {
  const seen = new Set<string>();
  return list.filter((m) => !seen.has(m.name) && seen.add(m.name) !== undefined);
}

// A shorter name is the same body as a longer one that only adds a seat or a parent ("OSCE Centre"
// → "OSCE Centre in Astana", "State Revenues Committee" → "… of the Finance Ministry") or a
// qualifier in front ("Educational Complex" → "Police Educational Complex"); "State Revenues
// Committee of the Finance Ministry" inside "Training Centre of the State Revenues Committee of …"
// is a different body, and so is "Armenian Police" beside "Armenian Police Educational Complex".
function longerForm(name: string, names: readonly string[]): string | undefined {
  // String tests rather than a regex built per pair of names: this runs for every pair of bodies.
  const longer = names.filter((other) => {
    if (other === name) return false;
    if (other.startsWith(name) && /^(?:\s+(?:of|for|in|to)\s|\s*\()/.test(other.slice(name.length))) return true;
    const before = other.endsWith(name) ? other.slice(0, other.length - name.length) : null;
    return before !== null && /\s$/.test(before) && !/\s(?:of|for|the)\s$/.test(before);
  });
  return longer.sort((a, b) => b.length - a.length)[0];
}

function longestForms(mentions: OrganizationMention[]): OrganizationMention[] {
  const names = [...new Set(mentions.map((m) => m.name))];
  return uniqueByName(mentions.filter((m) => longerForm(m.name, names) === undefined));
}

// An organiser named by a short form is reported by its full name, at its first full mention.
function fullForms(organizers: OrganizationMention[], mentions: OrganizationMention[]): OrganizationMention[] {
  const names = [...new Set(mentions.map((m) => m.name))];
  return organizers.map((o) => {
    const full = longerForm(o.name, names);
    return mentions.find((m) => full !== undefined && m.name === full) ?? o;
  });
}

// "OSCE and IOM co-organize …" in a title, the bodies named in full in the text: a bare acronym is
// the same body as an organiser that opens with it ("OSCE Secretariat's …"), spells it in brackets
// ("… (UNODC)") or whose capitalised words begin with its letters ("International Organization for
// Migration's Minsk" for IOM).
function withoutShortForms(list: OrganizationMention[]): OrganizationMention[] {
  return list.filter((m) => !list.some((o) => o !== m && shortFormOf(m.name, o.name)));
}

// "IOM" of "International Organization for Migration's Minsk"; "EASF Police" of "Eastern Africa
// Standby Force Police Component" (an acronym, then words the longer name has too).
function shortFormOf(short: string, name: string): boolean {
  const [first, ...rest] = short.split(' ');
  if (!first || !/^\p{Lu}{2,}$/u.test(first) || !spells(first, name)) return false;
  const words = new Set(name.split(/\s+/));
  return rest.every((w) => words.has(w));
}

function spells(acronym: string, name: string): boolean {
  if (name.startsWith(`${acronym} `) || name.startsWith(`${acronym}’`) || name.startsWith(`${acronym}'`) || name.includes(`(${acronym})`)) return true;
  const initials = name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return initials.startsWith(acronym);
}
