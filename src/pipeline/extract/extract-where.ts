import type { Derivation, Span, Venue } from '../../schema/dataset.ts';
import type { Gazetteer } from '../gazetteer/place.ts';
import { findCountry, type CountryMention } from '../lexicon/countries.ts';
import type { Sentence } from '../text/sentences.ts';
import type { ReleaseAnalysis } from './analyze-release.ts';
import type { Dateline } from './dateline.ts';
import { placeCase } from './place-case.ts';
import { countryVenue, resolveNationwide, resolvePlace, type PlaceContext, type Resolved } from './venue.ts';
import { findVenueCandidates, type VenueCandidate } from './venue-candidates.ts';

/** Every place the event was held, in text order, with the warnings a person should check. */
export interface Where {
  venues: Venue[];
  derivations: Derivation[];
  warnings: string[];
}

const DATELINE_REASON = 'the dateline: the text names no other place';
const TITLE_REASON = "the title's country tag: the text names no other place";
// "Georgia: Course held at …": a news site's country tag before the headline.
const TITLE_TAG = /^\s*([^:\n]{2,40}):\s+\S/u;

/**
 * Where the event was held, in text order. The places the text says the event was at come first
 * ("held in Podgorica, Budva and Kolašin" → three towns; "a study visit to Poland" → PL at country
 * level; "held throughout the country" → the dateline's country); else a bare "in X" of the first
 * sentence; else the dateline's city ("ASTANA, 11 Feb 2016 – A seminar for judges began today" →
 * Astana, with its reason); else a title's country tag ("Georgia: …" → GE). A country already
 * covered by one of its towns is not listed again. No venue (and a warning) when nothing fits.
 */
export function extractWhere(release: ReleaseAnalysis, dateline: Dateline | null, body: readonly Sentence[], gazetteer: Gazetteer): Where {
  const datelineCountryCode = datelineCountry(dateline, gazetteer);
  const ctx: PlaceContext = { gazetteer, countryCodes: countryHints(datelineCountryCode, release.countries), datelineCountryCode, datelineCities: dateline?.cities ?? [] };
  const first = body.findIndex((s) => /\p{Ll}{3,}/u.test(s.text));
  const candidates = first === -1 ? [] : body.slice(first).flatMap((s, i) => findVenueCandidates(s.text, s.start, i));
  const strong = candidates.filter((c) => c.strong);
  let found = resolveAll(strong, ctx);
  if (found.venues.length === 0) {
    for (const weak of candidates.filter((c) => !c.strong)) {
      const r = resolveAll([weak], ctx);
      if (r.venues.length > 0) {
        found = { venues: r.venues, warnings: [...found.warnings, ...r.warnings] };
        break;
      }
    }
  }
  if (found.venues.length === 0 && dateline) found = withReason(fromDateline(dateline, ctx), DATELINE_REASON, found.warnings);
  if (found.venues.length === 0) found = withReason(fromTitleTag(release.text), TITLE_REASON, found.warnings);
  if (found.venues.length === 0) return { venues: [], derivations: [], warnings: [...found.warnings, 'no venue: the release names no place for the event'] };
  const venues = withoutCoveredCountries(unique(found.venues));
  const derivations = venues.flatMap((v, i) => (v.reason ? [{ field: `venues.${i}`, reason: v.reason }] : []));
  return { venues, derivations, warnings: found.warnings };
}

function resolveAll(candidates: readonly VenueCandidate[], ctx: PlaceContext): Resolved {
  const out: Resolved = { venues: [], warnings: [] };
  for (const c of candidates) {
    const parts = c.nationwide ? [resolveNationwide(c.nationwide, ctx)] : c.items.map((item) => resolvePlace(item, c.strong, ctx));
    for (const r of parts) {
      out.venues.push(...r.venues);
      out.warnings.push(...r.warnings);
    }
  }
  return out;
}

// A dateline naming several towns ("ALMATY / BISHKEK") gives each; two names of one town
// ("VUSHTRRI/VUČITRN") give it once.
function fromDateline(dateline: Dateline, ctx: PlaceContext): Resolved {
  const name = dateline.cities.map(placeCase).join('/');
  const item = { kind: 'place' as const, name, label: null, span: dateline.city.span, countryHint: dateline.country?.text ?? null, twoCountries: false };
  return resolvePlace(item, true, ctx, true);
}

function fromTitleTag(text: string): Resolved {
  const tag = TITLE_TAG.exec(text);
  const country = tag ? findCountry(tag[1]!) : undefined;
  if (!tag || !country) return { venues: [], warnings: [] };
  const start = text.indexOf(tag[1]!);
  const span: Span = { start, end: start + tag[1]!.length };
  return { venues: [countryVenue(country.code, span, null)], warnings: [] };
}

function withReason(r: Resolved, reason: string, earlier: readonly string[]): Resolved {
  return { venues: r.venues.map((v) => ({ ...v, reason: v.reason ?? reason })), warnings: [...earlier, ...r.warnings] };
}

// The same place named twice ("held in Osh … opening the course in Osh") is one venue.
function unique(venues: readonly Venue[]): Venue[] {
  const key = (v: Venue): string =>
    v.geonameId !== null ? `id:${v.geonameId}` : `${v.precision}:${v.countryCode}:${(v.city ?? v.region ?? '').toLowerCase()}`;
  const seen = new Set<string>();
  return venues.filter((v) => !seen.has(key(v)) && seen.add(key(v)) !== undefined);
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
