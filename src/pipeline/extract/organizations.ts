import type { Organization } from '../../schema/dataset.ts';
import { HEAD_WORDS } from '../lexicon/organization-words.ts';
import type { Sentence } from '../text/sentences.ts';
import { findOrganizationMentions, type OrganizationMention } from './organization-mentions.ts';
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

// "co-organized by A, B and C", "held by A", "hosted by A".
const BY_CUE = /\b(?:co-?organi[sz]ed|organi[sz]ed|held|hosted|conducted|convened|arranged|run)\s+(?:jointly\s+)?by\s+/gi;
// Partners named after the organiser: "in co-operation with B and C".
const PARTNER_CUE =
  /\b(?:in\s+co-?operation\s+with|in\s+collaboration\s+with|in\s+partnership\s+with|jointly\s+with|together\s+with|with\s+the\s+(?:support|assistance)\s+of|with\s+support\s+from|supported\s+by|co-?organi[sz]ed\s+with)\s+/gi;
// "the OSCE's X, in co-operation with Y, held a course": a body as the subject of holding it.
const SUBJECT_VERB =
  /^(?:\s*,[^,.;]{0,160}?,)?\s+(?:has\s+|have\s+|had\s+)?(?:co-?organi[sz]ed|organi[sz]ed|organi[sz]es|held|holds|conducted|conducts|hosted|hosts|convened|ran|runs)\b/;
const LIST_JOIN = /^(?:\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as)\s+)/;
const PARTNER_JOIN = /^,?\s*(?:in\s+co-?operation|in\s+collaboration|in\s+partnership|jointly|together)\s+with\s+/;
const SUBJECT_LIST_GAP = /^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:the\s+)?$/;
const LIST_SKIP = /^\s*(?:(?:the|its|NGO|non-governmental\s+organi[sz]ation)\s+)*/;
const EVENT_WORD =
  /\b(?:training|course|seminar|workshop|event|conference|programme|program|exercise|meeting|visit|session|forum|round-?table)\b/i;
const VENUE_CUE = /\b(?:held|started|began|begins|opened|opens|took\s+place|takes\s+place|conducted|under\s+way)\s+at\s+/gi;
const FIELD_OFFICE = /^OSCE\s+(?:Programme\s+Office|Office|Centre|Center|Mission|Project\s+Co-?ordinator|Presence)\b/;

/**
 * Organisers and all named bodies. Organisers come from "organized by A, B and C", "A, in
 * co-operation with B, held …", "with the support of D"; failing those, the body the event was held
 * at ("started at the OSCE Staff College"); failing that, the first OSCE field office named. Never throws.
 */
export function extractOrganizations(
  text: string,
  sentences: readonly Sentence[],
  options: OrganizationsOptions = {},
): OrganizationsResult {
  try {
    const hostCode = options.hostCode ?? null;
    const mentions = findOrganizationMentions(text);
    const toOrg = (m: OrganizationMention): Organization => ({
      name: m.name,
      countryCode: organizationCountry(m.name, hostCode),
      span: { start: m.start, end: m.end },
    });
    const found = findOrganizers(text, sentences, mentions);
    return { organizers: uniqueByName(fullForms(found, mentions)).map(toOrg), organizations: longestForms(mentions).map(toOrg) };
  } catch {
    return { organizers: [], organizations: [] };
  }
}

function findOrganizers(text: string, sentences: readonly Sentence[], mentions: OrganizationMention[]): OrganizationMention[] {
  const primary: OrganizationMention[] = [];
  const partners: OrganizationMention[] = [];
  for (const s of sentences) {
    const inSentence = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    for (const cue of s.text.matchAll(BY_CUE)) primary.push(...readList(text, mentions, s.start + cue.index + cue[0].length));
    primary.push(...subjects(text, inSentence));
    if (!EVENT_WORD.test(s.text) && primary.length === 0) continue;
    for (const cue of s.text.matchAll(PARTNER_CUE)) partners.push(...readList(text, mentions, s.start + cue.index + cue[0].length));
  }
  if (primary.length === 0) primary.push(...venueBodies(text, sentences, mentions));
  const all = [...primary, ...partners].sort((a, b) => a.start - b.start);
  if (all.length > 0) return all;
  const office = mentions.find((m) => FIELD_OFFICE.test(m.name));
  return office ? [office] : [];
}

// A list of bodies from `pos`: "the A, the B and the NGO C, in co-operation with D"; "the Centre"
// stands for the OSCE Centre named earlier.
function readList(text: string, mentions: OrganizationMention[], pos: number): OrganizationMention[] {
  const list: OrganizationMention[] = [];
  let p = pos;
  for (;;) {
    p += LIST_SKIP.exec(text.slice(p))?.[0].length ?? 0;
    const direct = mentions.find((m) => m.start === p);
    const ref = direct ? undefined : backReference(text, mentions, p);
    const item = direct ?? ref?.mention;
    if (!item) break;
    list.push(item);
    p = direct ? direct.end : p + (ref?.length ?? 0);
    const rest = text.slice(p);
    const join = PARTNER_JOIN.exec(rest) ?? LIST_JOIN.exec(rest);
    if (!join) break;
    p += join[0].length;
  }
  return list;
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
    if (listed || SUBJECT_VERB.test(text.slice(m.end, m.end + 200))) found.unshift(m);
  }
  return found;
}

function venueBodies(text: string, sentences: readonly Sentence[], mentions: OrganizationMention[]): OrganizationMention[] {
  for (const s of sentences) {
    for (const cue of s.text.matchAll(VENUE_CUE)) {
      const list = readList(text, mentions, s.start + cue.index + cue[0].length);
      if (list.length > 0) return list.slice(0, 1);
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
