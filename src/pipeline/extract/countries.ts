import type { CountryEvidence, EventCountry, Organization, Role, Span } from '../../schema/dataset.ts';
import { countryByCode, type CountryMention } from '../lexicon/countries.ts';
import { PROJECT_TOTAL } from '../lexicon/people-nouns.ts';
import type { ReleaseAnalysis } from './analyze-release.ts';
import { readMentionRole } from './country-roles.ts';
import { impliedHostRoles } from './host-roles.ts';
import { ownerMention } from './organization-country.ts';

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
  /** Why, when the role is implied rather than read; null when read. */
  reason: string | null;
  /** Position used to order countries by first mention. */
  at: number;
}

/**
 * Every country the text names, with roles. host: the venue country (given). participant: its
 * people attend or are trained ("officials from Afghanistan, Azerbaijan …", "Tajik and Afghan
 * officers"; the host also when implied, see host-roles.ts). expert: its people teach ("Experts from
 * Georgia", "held by two Turkmenistan customs officials", "local trainers" → the host). organizer:
 * a co-organising body names it ("the US Embassy in Kazakhstan" → US). Funders, chairs, geography and
 * the seats of bodies keep `roles: []`. Evidence: one sentence span per role, with a reason when the
 * role is implied, and the first mention of a country with no role. Never throws.
 */
export function extractCountries(release: ReleaseAnalysis, options: CountriesOptions): EventCountry[] {
  const { text, sentences } = release;
  const mentions = [...release.countries];
  const found: Found[] = [];
  for (const mention of mentions) {
    const sentence = sentences.find((s) => s.start <= mention.start && s.end >= mention.end);
    const role = sentence && !PROJECT_TOTAL.test(sentence.text) ? readMentionRole(text, sentence, mention, mentions) : null;
    found.push({ code: mention.code, role, span: role && sentence ? spanOf(sentence) : spanOf(mention), reason: null, at: mention.start });
  }
  found.push(...organizerRoles(options.organizers, mentions));
  if (options.hostCode) found.push(...hostRoles(release, options, mentions, found));
  return toCountries(found);
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
    found.push({ code, role: 'organizer', span: spanOf(org.span), reason: null, at: first?.start ?? org.span.start });
  }
  return found;
}

function hostRoles(
  { text, sentences, organizations }: ReleaseAnalysis,
  options: CountriesOptions,
  mentions: CountryMention[],
  found: Found[],
): Found[] {
  const host = options.hostCode!;
  const first = mentions.find((m) => m.code === host);
  const hostSpan = options.hostSpan ?? (first ? spanOf(first) : sentences[0] ? spanOf(sentences[0]) : { start: 0, end: 0 });
  const at = first?.start ?? hostSpan.start;
  const roles: Found[] = [{ code: host, role: 'host', span: hostSpan, reason: null, at }];
  const participantsRead = found.some((f) => f.role === 'participant');
  const context = { text, host, sentences, mentions, bodies: organizations, participantsRead };
  for (const r of impliedHostRoles(context)) roles.push({ code: host, role: r.role, span: r.span, reason: r.reason, at });
  return roles;
}

function toCountries(found: Found[]): EventCountry[] {
  const byCode = new Map<string, { at: number; evidence: CountryEvidence[]; roles: Set<Role> }>();
  // The earliest passage that gives a role is its evidence.
  for (const f of [...found].sort((a, b) => a.span.start - b.span.start)) {
    const entry = byCode.get(f.code) ?? { at: f.at, evidence: [], roles: new Set<Role>() };
    entry.at = Math.min(entry.at, f.at);
    if (f.role === null ? entry.evidence.length === 0 : !entry.roles.has(f.role)) {
      entry.evidence.push({ role: f.role, span: f.span, reason: f.reason });
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
