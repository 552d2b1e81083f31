import type { Derivation, Span, Venue } from '../../schema/dataset.ts';
import type { Absence, Decision } from '../../schema/evidence.ts';
import type { Gazetteer } from '../gazetteer/place.ts';
import { findCountry, type CountryMention } from '../lexicon/countries.ts';
import type { Sentence } from '../text/sentences.ts';
import type { ReleaseAnalysis } from './analyze-release.ts';
import type { Dateline } from './dateline.ts';
import { placeCase } from './place-case.ts';
import { extractTitle, type TitleMatch } from './title.ts';
import { cityVenue, countryVenue, type PlaceContext } from './venue.ts';
import { latestYear } from './venue-context.ts';
import { findNamedSite } from './venue-candidates.ts';
import { decideVenues } from './venue-decision.ts';
import { nationalBodyMentions } from './venue-national-body.ts';
import { abroadProgrammeMentions } from './venue-abroad-programme.ts';
import { topLinePieces, type PlacePiece } from './venue-lines.ts';
import { findPlaceMentions, type PlaceMention } from './venue-mentions.ts';

/** Every place the event was held, in text order, with the warnings a person should check. */
export interface Where {
  venues: Venue[];
  derivations: Derivation[];
  warnings: string[];
  /** How the venues were decided: every place considered, when there was more than one or none won. */
  decision: Decision | null;
  /** Why there is no venue, when there is none. */
  absence: Absence | null;
}

const DATELINE_REASON = 'the dateline: the text names no other place';
const TITLE_TAG_NOTE = "the title's country tag";
const TITLE_REASON = "the title's country tag: the text names no other place";
// "Georgia: Course held at …": a news site's country tag before the headline.
const TITLE_TAG = /^\s*([^:\n]{2,40}):\s+\S/u;
// An event held online has no venue; a hybrid one is where people gathered. "Online" and "virtual"
// say so only of the event ("an online training course", "held virtually"), not of its subject
// ("virtual currencies", "online radicalisation"): the word must qualify a meeting noun, within two
// words, or follow a verb of holding.
const MEETING_NOUN = String.raw`(?:meeting|training|course|seminar|workshop|session|conference|event|format|briefing|consultation|forum|round ?table|discussion|exercise|dialogue|class|lecture|module|platform|programme|program)s?`;
const ONLINE = new RegExp(
  String.raw`\b(?:(?:online|virtual|web-based|e-learning)\s+(?:[\w-]+\s+){0,2}?${MEETING_NOUN}|(?:held|conducted|organi[sz]ed|took place|taking place|delivered|run|met|meeting|gathered|attended)\s+(?:[\w-]+\s+)?(?:online|virtually)|webinars?|video ?conferenc\w*|via (?:Zoom|Teams|Webex|Skype))\b`,
  'iu',
);
const NAMED_SITE_SENTENCES = 3;
// A line that is only a date, with a weekday perhaps: "12 June 2016", "Monday, 3 May 2021", "Apr 23, 2013".
const DATE_LINE = /^\s*(?:\p{L}+,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\.?,?\s+\d{4}|\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\s*$/u;
const GATHERED = /\b(?:hybrid|in[- ]person|face[- ]to[- ]face)\b/iu;

/**
 * Where the event was held, decided from evidence: every place a table knows anywhere in the
 * release (title, the lines under it, datelines of every shape, body), each with the features its
 * context shows for and against it, scored with one weight table (venue-weights.ts). "held in
 * Podgorica, Budva and Kolašin" → three towns; "a study visit to Poland" → PL; "Customs officers
 * trained in Mombasa" (title) → Mombasa; "the UNDP Office in Suva" alone is no venue; the dateline's
 * town wins only when nothing stronger places the event. No venue, with a typed reason, when none
 * reaches the threshold, when the winner is a name no table knows, or when the event was online.
 */
export function extractWhere(release: ReleaseAnalysis, dateline: Dateline | null, body: readonly Sentence[], gazetteer: Gazetteer, title: TitleMatch | null = extractTitle(release.text)): Where {
  title ??= { value: '', span: { start: 0, end: 0 }, line: 0 };
  const pieces = [...datelinePieces(dateline), ...topLinePieces(release.text, title.line)];
  // "MANILA, Philippines –": a dateline of any shape says which country its town, and the text's other towns, are in.
  const lineCountry = pieces.map((p) => (p.country ? findCountry(p.country)?.code : undefined)).find((c) => c !== undefined) ?? null;
  const datelineCountryCode = datelineCountry(dateline, gazetteer) ?? lineCountry;
  const ctx: PlaceContext = { gazetteer, countryCodes: countryHints(datelineCountryCode, release.countries), datelineCountryCode, datelineCities: dateline?.cities ?? [] };
  // The story opens with the first sentence of words: not a date line ("12 June 2016", "Apr 23, 2013"),
  // though a month's name has lower-case letters, so that the lead is the lead.
  const first = body.findIndex((s) => /\p{Ll}{3,}/u.test(s.text) && !DATE_LINE.test(s.text));
  const story = first === -1 ? [] : body.slice(first);
  const lead = story[0]?.text ?? '';
  const online = onlineWord(title, story[0]);
  if (online && !GATHERED.test(`${title.value}\n${lead}`)) {
    return none({ fact: 'venues', kind: 'online', name: online.name, span: online.span }, 'no venue: the event was held online');
  }
  const datelineTownCountries = (dateline?.cities ?? []).flatMap((c) => gazetteer.geocode(placeCase(c), {})?.countryCode ?? []);
  const textCountries = new Set([...release.countries.map((m) => m.code), ...(datelineCountryCode ? [datelineCountryCode] : []), ...datelineTownCountries]);
  const top = `${title.value}\n${story.slice(0, 3).map((s) => s.text).join('\n')}\n${dateline?.date.written ?? ''}`;
  const input = { title: { value: title.value, start: title.span.start }, body: story, pieces, ctx, textCountries, releaseYear: latestYear(top) };
  let found = findPlaceMentions(input);
  // The text names no country: the one country of the towns it names stands in for it, so that
  // "Rania" beside Erbil and Halabja is the Iraqi town and a respelling ("Sulaymania") can be read.
  const shared = textCountries.size === 0 ? sharedCountry(found) : null;
  if (shared) found = findPlaceMentions({ ...input, ctx: { ...ctx, countryCodes: [shared] }, textCountries: new Set([shared]) });
  const mentions = [...found, ...titleTag(release.text), ...townTag(release.text, gazetteer, textCountries)];
  const decided = decideVenues(mentions, () => {
    const national = nationalBodyMentions({ value: title.value, start: title.span.start }, story);
    return national.length > 0 ? national : abroadProgrammeMentions(release.text, story, release.organizations, release.countries);
  });
  if (decided.venues.length === 0) {
    // Nothing placed the event, yet the text names the site it was held at: say which, rather than "no place".
    const site = decided.absence?.kind === 'not-stated' ? namedSite(title, story) : null;
    if (site) decided.absence = { fact: 'venues', kind: 'unknown-place', name: site.name, span: site.span };
    const warning = decided.absence?.kind === 'unknown-place' ? `venue '${decided.absence.name}' not found in the gazetteer` : 'no venue: the release names no place for the event';
    return { ...none(decided.absence!, warning), decision: decided.decision };
  }
  const venues = withoutCoveredCountries(unique(decided.venues.map((v) => withDatelineReason(v, dateline, pieces))));
  const derivations = venues.flatMap((v, i) => (v.reason ? [{ field: `venues.${i}`, reason: v.reason }] : []));
  const warnings = venues.flatMap((v) => (v.precision === 'region' && v.lat === null ? [`region '${v.region}' has no point on the map`] : []));
  // Placed at its country, the event still names a town no table knows: say which, so it can be corrected.
  const unplaced = decided.absence?.kind === 'unknown-place' ? [`venue '${decided.absence.name}' not found in the gazetteer: placed at the country`] : [];
  return { venues, derivations, warnings: [...unplaced, ...warnings], decision: decided.decision, absence: decided.absence };
}

// The site the title or one of the first sentences says the event was held at or visited.
function namedSite(title: TitleMatch, story: readonly Sentence[]): { name: string; span: Span } | null {
  const segments = [{ text: title.value, start: title.span.start }, ...story.slice(0, NAMED_SITE_SENTENCES).map((s) => ({ text: s.text, start: s.start }))];
  for (const s of segments) {
    const site = findNamedSite(s.text, s.start);
    if (site) return site;
  }
  return null;
}

// "… took part in a webinar …": the word that says the event was online, in the title or the lead.
function onlineWord(title: TitleMatch, lead: Sentence | undefined): { name: string; span: Span } | null {
  for (const [text, start] of [[title.value, title.span.start], [lead?.text ?? '', lead?.start ?? 0]] as const) {
    const m = ONLINE.exec(text);
    if (m) return { name: m[0], span: { start: start + m.index, end: start + m.index + m[0].length } };
  }
  return null;
}

function none(absence: Absence, warning: string): Where {
  return { venues: [], derivations: [], warnings: [warning], decision: null, absence };
}

// The classic dateline's towns ("ALMATY / BISHKEK, 3 May 2015 –"), read by extractDateline.
function datelinePieces(dateline: Dateline | null): PlacePiece[] {
  if (!dateline) return [];
  let from = dateline.city.span.start;
  return dateline.cities.map((city, i) => {
    const start = from + dateline.city.text.slice(from - dateline.city.span.start).indexOf(city);
    from = start + city.length;
    return { text: city, start, kind: 'dateline', range: false, first: i === 0, country: dateline.country?.text ?? null, dash: true, line: dateline.line, classic: true };
  });
}

// A venue read only from the dateline says so.
// A dateline of any shape ("ARUSHA, May 2 (Wildlife News) --" too, which the classic reader leaves for the line reader).
function withDatelineReason(v: Venue, dateline: Dateline | null, pieces: readonly PlacePiece[]): Venue {
  if (!v.span || v.reason !== null) return v;
  const span = v.span;
  const inClassic = dateline !== null && span.start >= dateline.city.span.start && span.end <= dateline.city.span.end;
  const inPiece = pieces.some((p) => p.kind === 'dateline' && p.dash && span.start >= p.start && span.end <= p.start + p.text.length);
  return inClassic || inPiece ? { ...v, reason: DATELINE_REASON } : v;
}

function titleTag(text: string): PlaceMention[] {
  const tag = TITLE_TAG.exec(text);
  // "Trinidad & Tobago:": a headline's ampersand is the name's "and".
  const country = tag ? findCountry(tag[1]!.replace(/\s*&\s*/gu, ' and ')) : undefined;
  if (!tag || !country) return [];
  const start = text.indexOf(tag[1]!);
  const span: Span = { start, end: start + tag[1]!.length };
  return [{ venue: countryVenue(country.code, span, TITLE_REASON), name: tag[1]!, span, features: ['location-line'], notes: { 'location-line': TITLE_TAG_NOTE } }];
}

// A town tag must be a town anyone would know, or lie in a country the text names: "Update:" or
// "Interview:" may be some village's name too.
const TAG_TOWN_POPULATION = 50_000;
const TOWN_TAG_NOTE = "the title's town tag";

/**
 * "Strasbourg: HELP course for Moroccan and Tunisian lawyers": a town tag before the headline, as a
 * news site writes its country tag ("Georgia: …", titleTag) or a dateline its town, says where the
 * story happened; read as a place line under the title, so a place the text says the event was held
 * in still wins.
 */
function townTag(text: string, gazetteer: Gazetteer, textCountries: ReadonlySet<string>): PlaceMention[] {
  const tag = TITLE_TAG.exec(text);
  if (!tag || findCountry(tag[1]!) || !/^\p{Lu}[\p{L}'’ -]*$/u.test(tag[1]!)) return [];
  const place = gazetteer.geocode(placeCase(tag[1]!), { countryCodes: [...textCountries] });
  if (!place || place.match !== undefined || (place.population < TAG_TOWN_POPULATION && place.featureCode !== 'PPLC' && !textCountries.has(place.countryCode))) return [];
  const start = text.indexOf(tag[1]!);
  const span: Span = { start, end: start + tag[1]!.length };
  return [{ venue: cityVenue(tag[1]!, place, span), name: tag[1]!, span, features: ['location-line'], notes: { 'location-line': TOWN_TAG_NOTE } }];
}

// The country most towns the text names lie in, when more than half do: a namesake elsewhere ("Rania"
// in India beside Erbil, Halabja and Kalar) is outvoted. Each town counts once.
function sharedCountry(mentions: readonly PlaceMention[]): string | null {
  const towns = new Map<number | string, string>();
  for (const m of mentions) if (m.venue?.precision === 'city' && m.venue.geonameId !== null && m.venue.countryCode) towns.set(m.venue.geonameId, m.venue.countryCode);
  // The unit an address puts a town in ("…, Bajo, Wangduephodrang") is a known place the text names too.
  for (const m of mentions) if (m.unit?.countryCode && m.unit.name) towns.set(`unit:${m.unit.name}`, m.unit.countryCode);
  const counts = new Map<string, number>();
  for (const code of towns.values()) counts.set(code, (counts.get(code) ?? 0) + 1);
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return best && best[1] * 2 > towns.size ? best[0] : null;
}

// The same place named twice ("held in Osh … opening the course in Osh") is one venue.
function unique(venues: readonly Venue[]): Venue[] {
  const seen = new Set<string>();
  return venues.filter((v) => !seen.has(uniqueKey(v)) && seen.add(uniqueKey(v)) !== undefined);
}

function uniqueKey(v: Venue): string {
  return v.geonameId !== null ? `id:${v.geonameId}` : `${v.precision}:${v.countryCode}:${(v.city ?? v.region ?? '').toLowerCase()}`;
}

// "a study visit to Austria … visited the Academy in Vienna": Austria is already on the map as Vienna.
function withoutCoveredCountries(venues: readonly Venue[]): Venue[] {
  return venues.filter((v) => v.precision !== 'country' || !venues.some((o) => o !== v && o.precision !== 'country' && o.countryCode === v.countryCode));
}

// The dateline's country as written ("Kazakhstan"), else the country of its city ("SKOPJE" → MK).
function datelineCountry(dateline: Dateline | null, gazetteer: Gazetteer): string | null {
  if (!dateline) return null;
  if (dateline.country) return findCountry(dateline.country.text)?.code ?? null;
  // Several towns ("ALMATY / BISHKEK") give a country only when they all lie in it.
  const codes = new Set(dateline.cities.map((city) => gazetteer.geocode(placeCase(city), {})?.countryCode ?? null));
  return codes.size === 1 ? [...codes][0]! : null;
}

// Geocoding prefers the dateline's country, then the countries the text names, in order of mention.
function countryHints(datelineCountryCode: string | null, mentions: readonly CountryMention[]): string[] {
  const named = mentions.map((m) => m.code);
  return [...new Set([...(datelineCountryCode ? [datelineCountryCode] : []), ...named])];
}
