import type { CountryEvidence, EventCountry, Organization, Role, Span } from '../../schema/dataset.ts';
import type { Decision } from '../../schema/evidence.ts';
import { countryByCode, type CountryMention } from '../lexicon/countries.ts';
import type { ReleaseAnalysis } from './analyze-release.ts';
import type { Sentence } from '../text/sentences.ts';
import { ROLE_FEATURES, ROLE_THRESHOLD, type RoleFeature } from './country-role-weights.ts';
import { readMentionRole } from './country-roles.ts';
import { decide, scoreCandidate, type Scorable } from './decide.ts';
import { impliedHostRoles, nationalTeachers, type ImpliedRole } from './host-roles.ts';
import { NATIONAL_HEADS } from '../lexicon/organization-words.ts';
import { ownerMention } from './organization-country.ts';
import { projectTotalSentences } from './project-total-sentences.ts';

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

export interface CountryRoles {
  countries: EventCountry[];
  /**
   * How the participant and expert roles were decided, when any was weighed rather than read (the
   * host's implied roles): every candidate with its evidence, the losers too.
   */
  decision: Decision | null;
}

/** The countries of `decideCountries`, without the decision. */
export function extractCountries(release: ReleaseAnalysis, options: CountriesOptions): EventCountry[] {
  return decideCountries(release, options).countries;
}

/**
 * Every country the text names, with roles. host: the venue country (given). participant: its
 * people attend or are trained ("officials from Afghanistan, Azerbaijan …", "Tajik and Afghan
 * officers"; the host also when implied, see host-roles.ts). expert: its people teach ("Experts from
 * Georgia", "held by two Turkmenistan customs officials", "local trainers" → the host). organizer:
 * a co-organising body names it ("the US Embassy in Kazakhstan" → US). Funders, chairs, geography and
 * the seats of bodies keep `roles: []`. Participant and expert roles are decided from their evidence
 * (country-role-weights.ts): a reading gives one, the host's implied roles need evidence that adds
 * up; the roles not given stay in the decision. Evidence: one sentence span per role, with a reason
 * when the role is implied, and the first mention of a country with no role. Never throws.
 */
export function decideCountries(release: ReleaseAnalysis, options: CountriesOptions): CountryRoles {
  const { text, sentences } = release;
  const mentions = [...release.countries];
  const found: Found[] = [];
  // Whether a sentence is about a whole project, read once per sentence rather than per mention in it.
  const projectTotals = projectTotalSentences(sentences);
  // The sentences are in text order and do not overlap, the mentions in text order: the one sentence
  // that may hold a mention is the first that ends at or after it, found walking on from the last.
  let next = 0;
  const sentenceOf = (m: CountryMention): Sentence | undefined => {
    while (next < sentences.length && sentences[next]!.end < m.end) next++;
    const s = sentences[next];
    return s && s.start <= m.start ? s : sentences.find((x) => x.start <= m.start && x.end >= m.end);
  };
  for (const mention of mentions) {
    const sentence = sentenceOf(mention);
    const read = sentence && !projectTotals.has(sentence) ? readMentionRole(text, sentence, mention, mentions) : null;
    const role = (read === 'participant' || read === 'expert') && stationedElsewhere(text, sentence!, mention, mentions, options.hostCode) ? null : read;
    found.push({ code: mention.code, role, span: role && sentence ? spanOf(sentence) : spanOf(mention), reason: null, at: mention.start });
  }
  found.push(...organizerRoles(options.organizers, mentions));
  const candidates = readCandidates(found);
  const alsoRead: Found[] = [];
  if (options.hostCode) {
    const host = hostRoles(release, options, mentions, found);
    found.push(host.role);
    // A role read from the text needs no weighing: the implied passage only joins its evidence.
    const read = (c: Scorable<RoleFeature, Found>) => candidates.some((r) => r.value.code === c.value.code && r.value.role === c.value.role);
    alsoRead.push(...host.implied.filter(read).map((c) => c.value));
    candidates.push(...host.implied.filter((c) => !read(c)));
  } else {
    const national = nationalRole(release, mentions, found);
    if (national) candidates.push(national);
    const read = (c: Scorable<RoleFeature, Found>) => candidates.some((r) => r.value.code === c.value.code && r.value.role === c.value.role);
    candidates.push(...homeRoles(release, mentions, found).filter((c) => !read(c)));
  }
  // With no participant country read, the programme's earlier trainees hint at whose people take part
  // (also at an event abroad, where the host's people may not be the ones trained).
  if (!found.some((f) => f.role === 'participant')) candidates.push(...earlierTrainees(release, mentions).filter((c) => c.value.code !== options.hostCode));
  const { chosen, decision } = decide('countryRoles', ROLE_FEATURES, ROLE_THRESHOLD, candidates, (ranked) => ranked);
  const given = new Set(chosen.map((c) => c.value));
  // Read roles that lost (none today: a reading is enough) still name their country.
  const kept = found.filter((f) => (f.role !== 'participant' && f.role !== 'expert') || given.has(f) || candidates.every((c) => c.value !== f));
  const lost = found.filter((f) => !kept.includes(f)).map((f) => ({ ...f, role: null }));
  const implied = chosen.map((c) => c.value).filter((f) => !found.includes(f));
  // Roles read from the text carry their sentence; the decision is kept when a role was weighed.
  const weighed = decision?.candidates.some((c) => c.evidence.some((e) => e.feature !== 'read')) ?? false;
  return { countries: toCountries([...kept, ...lost, ...implied, ...alsoRead]), decision: weighed ? decision : null };
}

/**
 * "There are 50 Australian Federal Police in the PNG cities …" at an event held in Australia: people
 * placed in another country than the host's (and than their own) are not at the event, as trainees
 * or as teachers.
 */
function stationedElsewhere(text: string, sentence: Sentence, mention: CountryMention, mentions: readonly CountryMention[], host: string | null): boolean {
  if (host === null) return false;
  const next = mentions.find((m) => m.start >= mention.end && m.end <= sentence.end);
  if (!next || next.code === host || next.code === mention.code) return false;
  // "in Afghan drug trends" is a topic: an adjective places the people only before a place's noun.
  if (next.form === 'adjective' && !PLACE_NOUN_AFTER.test(text.slice(next.end, next.end + 30))) return false;
  return STATIONED_IN.test(text.slice(mention.end, next.start));
}

const PLACE_NOUN_AFTER = /^\s+(?:cities|city|capital|towns?|provinces?|regions?|districts?|border\s+areas?)\b/;

// The people's noun phrase, then "in": " Federal Police in the ", " officers stationed in ".
const STATIONED_IN = /^\s+(?:[\p{L}-]+\s+){1,3}?(?:(?:stationed|deployed|based|serving|posted|working)\s+)?in\s+(?:the\s+)?$/u;

// One candidate per country and role read from the text: its first passage.
function readCandidates(found: readonly Found[]): Scorable<RoleFeature, Found>[] {
  const seen = new Set<string>();
  const candidates: Scorable<RoleFeature, Found>[] = [];
  for (const f of [...found].sort((a, b) => a.span.start - b.span.start)) {
    if (f.role !== 'participant' && f.role !== 'expert') continue;
    const key = `${f.code} ${f.role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    candidates.push({ value: f, label: labelOf(f.code, f.role), span: f.span, features: [{ feature: 'read' }] });
  }
  return candidates;
}

function labelOf(code: string, role: Role): string {
  return `${countryByCode(code)?.name ?? code}: ${role}`;
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
): { role: Found; implied: Scorable<RoleFeature, Found>[] } {
  const host = options.hostCode!;
  const first = mentions.find((m) => m.code === host);
  const hostSpan = options.hostSpan ?? (first ? spanOf(first) : sentences[0] ? spanOf(sentences[0]) : { start: 0, end: 0 });
  const at = first?.start ?? hostSpan.start;
  const participantsRead = found.some((f) => f.role === 'participant');
  const hostTeachesOthers = found.some((f) => f.code === host && f.role === 'expert') && found.some((f) => f.code !== host && f.role === 'participant');
  const context = { text, host, sentences, mentions, bodies: organizations, participantsRead, hostTeachesOthers };
  const implied = impliedHostRoles(context).map((r) => impliedCandidate(host, r, at));
  const weak = implied.find((c) => c.value.role === 'participant' && c.features.every((f) => FALLBACK.has(f.feature)));
  const home = weak && foreignHome(organizations, options, host, found, mentions);
  if (weak && home) {
    // The people taking part are the other country's: its body is theirs, not the host's.
    const note = `the people’s own body is the ${home.body}`;
    weak.features = [...weak.features, { feature: 'body-of-another-country', note }];
    const role: ImpliedRole = { role: 'participant', span: home.span, features: [{ feature: 'people-take-part' }, { feature: 'no-other-participants' }, { feature: 'home-state-body', note: `its state body, the ${home.body}, is the only one named` }] };
    implied.push(impliedCandidate(home.code, role, home.at, 'home country'));
  }
  return { role: { code: host, role: 'host', span: hostSpan, reason: null, at }, implied };
}

const FALLBACK: ReadonlySet<RoleFeature> = new Set(['people-take-part', 'no-other-participants']);

/**
 * "Belize police officers train at home and abroad … to enhance the capabilities of the Belize Police
 * Department", at an event held in Guatemala: with no participant country read, the one other
 * country whose state body the text names (not an organiser's, not a country given another role) is
 * the home of the people taking part, rather than the host.
 */
function foreignHome(
  bodies: ReleaseAnalysis['organizations'],
  options: CountriesOptions,
  host: string,
  found: readonly Found[],
  mentions: readonly CountryMention[],
): { code: string; body: string; span: Span; at: number } | null {
  const organizers = new Set(options.organizers.map((o) => o.name));
  const given = new Set(found.filter((f) => f.role !== null).map((f) => f.code));
  const homes = new Map<string, (typeof bodies)[number]>();
  for (const b of bodies) {
    // A government funds and partners; its people are not the ones trained.
    if (!isStateBody(b.name) || organizers.has(b.name) || /\bGovernment\b/.test(b.name)) continue;
    const code = ownerMention(b.name);
    if (code === null) continue;
    if (code === host || given.has(code)) return null;
    if (!homes.has(code)) homes.set(code, b);
  }
  if (homes.size !== 1) return null;
  const [code, body] = [...homes][0]!;
  return { code, body: body.name, span: { start: body.start, end: body.end }, at: mentions.find((m) => m.code === code)?.start ?? body.start };
}

// With no host: "national" trainers are the people of the one country read as taking part.
function nationalRole({ text, sentences, organizations }: ReleaseAnalysis, mentions: CountryMention[], found: Found[]): Scorable<RoleFeature, Found> | null {
  const codes = new Set(found.filter((f) => f.role === 'participant').map((f) => f.code));
  if (codes.size !== 1) return null;
  const code = [...codes][0]!;
  const context = { text, host: code, sentences, mentions, bodies: organizations, participantsRead: true, hostTeachesOthers: false };
  const role = nationalTeachers(context);
  const at = mentions.find((m) => m.code === code)?.start ?? 0;
  return role && impliedCandidate(code, role, at, 'national');
}

/**
 * With no venue: the country whose own state bodies the text names ("the Ministry of Justice of
 * Ruritania", "the Ruritanian Customs Service"), when it is the only such country, is where the event
 * most likely belongs. Its people's implied roles are weighed as a host's would be, a little weaker
 * (not-the-venue), so only strong evidence ("officers from across the country", "local trainers")
 * gives them.
 */
function homeRoles({ text, sentences, organizations }: ReleaseAnalysis, mentions: CountryMention[], found: Found[]): Scorable<RoleFeature, Found>[] {
  const codes = new Set(organizations.filter((b) => isStateBody(b.name)).map((b) => ownerMention(b.name)).filter((c) => c !== null));
  if (codes.size !== 1) return [];
  const home = [...codes][0]!;
  const participantsRead = found.some((f) => f.role === 'participant');
  const hostTeachesOthers = found.some((f) => f.code === home && f.role === 'expert') && found.some((f) => f.code !== home && f.role === 'participant');
  const context = { text, host: home, sentences, mentions, bodies: organizations, participantsRead, hostTeachesOthers };
  const at = mentions.find((m) => m.code === home)?.start ?? 0;
  return impliedHostRoles(context).map((r) => impliedCandidate(home, { ...r, features: [...r.features, { feature: 'not-the-venue' }] }, at, 'its state bodies are named'));
}

/**
 * With no venue and no participant country read: "more than 1,000 Pakistani trainees have taken part
 * in the agency's programmes since 1992" tells whose officials the programme trains; the event's
 * trainees most likely come from the same one country (weak evidence, with no other country named).
 */
function earlierTrainees({ text, sentences }: ReleaseAnalysis, mentions: CountryMention[]): Scorable<RoleFeature, Found>[] {
  const codes = new Map<string, { span: Span; at: number }>();
  const projectTotals = projectTotalSentences(sentences);
  for (const s of sentences) {
    if (!projectTotals.has(s)) continue;
    for (const m of mentions) {
      if (m.start < s.start || m.end > s.end || codes.has(m.code)) continue;
      if (readMentionRole(text, s, m, mentions) === 'participant') codes.set(m.code, { span: spanOf(s), at: m.start });
    }
  }
  if (codes.size !== 1) return [];
  const [code, { span, at }] = [...codes][0]!;
  const implied: ImpliedRole = { role: 'participant', span, features: [{ feature: 'earlier-trainees' }, { feature: 'no-other-participants' }] };
  return [impliedCandidate(code, implied, at, 'trainees of earlier rounds')];
}

// A body of the state by its head word ("Ministry", "Customs Service", "Police"), not an embassy.
function isStateBody(name: string): boolean {
  const words = name.replace(/\s*\(.*\)$/, '').split(/\s+/).map((w) => w.replace(/['’]s$/, ''));
  return words.some((w) => NATIONAL_HEADS.has(w)) && !/\b(?:Embassy|Consulate|High Commission|Delegation|Mission)\b/.test(name);
}

// The reason a person reads: the evidence for the role, in the table's words or the words seen.
function impliedCandidate(code: string, r: ImpliedRole, at: number, whose = 'host country'): Scorable<RoleFeature, Found> {
  const { evidence } = scoreCandidate(ROLE_FEATURES, { value: null, label: '', span: null, features: r.features });
  const reason = `${whose}: ${evidence.filter((e) => e.weight > 0).map((e) => e.note).join(' and ')}`;
  return { value: { code, role: r.role, span: r.span, reason, at }, label: labelOf(code, r.role), span: r.span, features: r.features };
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
