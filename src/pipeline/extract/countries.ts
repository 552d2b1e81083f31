import type { CountryEvidence, EventCountry, Organization, Role, Span } from '../../schema/dataset.ts';
import { countryByCode, findCountryMentions, type CountryMention } from '../lexicon/countries.ts';
import { FROM_HOST_COUNTRY, PARTICIPANT_NOUNS, PROJECT_WIDE } from '../lexicon/role-words.ts';
import type { Sentence } from '../text/sentences.ts';
import { readMentionRole } from './country-roles.ts';
import { organizationCountry, ownerMention } from './organization-country.ts';
import { findOrganizationMentions } from './organization-mentions.ts';

export interface CountriesOptions {
  /** The venue country (from the dateline or the venue), or null. */
  hostCode: string | null;
  /** Where the host was read from; defaults to its first mention, else the first sentence. */
  hostSpan?: Span;
  organizers: readonly Organization[];
}

interface Found {
  code: string;
  role: Role | null;
  span: Span;
  /** Position used to order countries by first mention. */
  at: number;
}

const PEOPLE = new RegExp(`\\b(?:${[...PARTICIPANT_NOUNS].join('|')})\\b`, 'i');
const BY_PEOPLE_OF = new RegExp(`\\b(?:${[...PARTICIPANT_NOUNS].join('|')})\\s+(?:representing|from|of)\\s+(?:the\\s+)?$`, 'i');

/**
 * Every country the text names, with roles. host: the venue country (given). participant: its
 * people attend or are trained ("officials from Afghanistan, Azerbaijan …", "Tajik and Afghan
 * officers"; the host also when "officers from across the country" or officers "representing" its
 * own state bodies come, or when no country is named for the participants at all). expert: its
 * people teach ("Experts from Georgia", "held by two Turkmenistan customs officials"). organizer:
 * a co-organising body names it ("the US Embassy in Kazakhstan" → US). Others keep `roles: []`.
 * Evidence: one sentence span per role, and the first mention of a country with no role. Never throws.
 */
export function extractCountries(text: string, sentences: readonly Sentence[], options: CountriesOptions): EventCountry[] {
  try {
    const mentions = findCountryMentions(text);
    const found: Found[] = [];
    for (const mention of mentions) {
      const sentence = sentences.find((s) => s.start <= mention.start && s.end >= mention.end);
      const role = sentence && !PROJECT_WIDE.test(sentence.text) ? readMentionRole(text, sentence, mention) : null;
      found.push({ code: mention.code, role, span: role && sentence ? spanOf(sentence) : spanOf(mention), at: mention.start });
    }
    found.push(...organizerRoles(options.organizers, mentions));
    if (options.hostCode) found.push(...hostRoles(text, sentences, options, mentions, found));
    return toCountries(found);
  } catch {
    return [];
  }
}

function spanOf(s: Span): Span {
  return { start: s.start, end: s.end };
}

function organizerRoles(organizers: readonly Organization[], mentions: CountryMention[]): Found[] {
  const found: Found[] = [];
  for (const org of organizers) {
    const code = ownerMention(org.name);
    if (!code) continue;
    const first = mentions.find((m) => m.code === code);
    found.push({ code, role: 'organizer', span: spanOf(org.span), at: first?.start ?? org.span.start });
  }
  return found;
}

function hostRoles(
  text: string,
  sentences: readonly Sentence[],
  options: CountriesOptions,
  mentions: CountryMention[],
  found: Found[],
): Found[] {
  const host = options.hostCode!;
  const first = mentions.find((m) => m.code === host);
  const hostSpan = options.hostSpan ?? (first ? spanOf(first) : sentences[0] ? spanOf(sentences[0]) : { start: 0, end: 0 });
  const at = first?.start ?? hostSpan.start;
  const roles: Found[] = [{ code: host, role: 'host', span: hostSpan, at }];
  const own = hostParticipation(text, sentences, host);
  const participants = found.some((f) => f.role === 'participant');
  // With no country named for the participants, a local event trains the host's own people.
  const fallback = participants ? undefined : sentences.find((s) => PEOPLE.test(s.text) && !PROJECT_WIDE.test(s.text));
  const evidence = own ?? fallback;
  if (evidence) roles.push({ code: host, role: 'participant', span: spanOf(evidence), at });
  return roles;
}

// "officers from across the country", "officers representing the State Revenues Committee".
function hostParticipation(text: string, sentences: readonly Sentence[], host: string): Sentence | undefined {
  const bodies = findOrganizationMentions(text).filter((m) => organizationCountry(m.name, host) === host);
  return sentences.find((s) => {
    if (PROJECT_WIDE.test(s.text)) return false;
    if (PEOPLE.test(s.text) && FROM_HOST_COUNTRY.test(s.text)) return true;
    return bodies.some((b) => b.start >= s.start && b.end <= s.end && BY_PEOPLE_OF.test(text.slice(s.start, b.start)));
  });
}

function toCountries(found: Found[]): EventCountry[] {
  const byCode = new Map<string, { at: number; evidence: CountryEvidence[]; roles: Set<Role> }>();
  // The earliest passage that gives a role is its evidence.
  for (const f of [...found].sort((a, b) => a.span.start - b.span.start)) {
    const entry = byCode.get(f.code) ?? { at: f.at, evidence: [], roles: new Set<Role>() };
    entry.at = Math.min(entry.at, f.at);
    if (f.role === null ? entry.evidence.length === 0 : !entry.roles.has(f.role)) {
      entry.evidence.push({ role: f.role, span: f.span, reason: null });
      if (f.role) entry.roles.add(f.role);
    }
    byCode.set(f.code, entry);
  }
  const order: Role[] = ['host', 'participant', 'expert', 'organizer'];
  return [...byCode.entries()]
    .sort((a, b) => a[1].at - b[1].at)
    .map(([code, e]) => {
      const roles = order.filter((r) => e.roles.has(r));
      const named = e.evidence.filter((x) => x.role !== null);
      return {
        code,
        name: countryByCode(code)?.name ?? code,
        roles,
        evidence: named.length > 0 ? named.sort((a, b) => order.indexOf(a.role!) - order.indexOf(b.role!)) : e.evidence,
      };
    });
}
