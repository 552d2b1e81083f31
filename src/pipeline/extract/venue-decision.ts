import type { Absence, Decision } from '../../schema/evidence.ts';
import type { Venue } from '../../schema/dataset.ts';
import { placeLabel } from '../../vocabulary/place-label.ts';
import { decide, type Scorable, type Scored } from './decide.ts';
import type { PlaceMention } from './venue-mentions.ts';
import { VENUE_FEATURES, VENUE_THRESHOLD, type VenueFeature } from './venue-weights.ts';

/** One place the text names, all its mentions together: the venue it would be, or a name no table knows. */
export interface PlaceCandidate {
  venue: Venue | null;
  name: string;
  mentions: PlaceMention[];
}

export interface VenueDecision {
  venues: Venue[];
  decision: Decision | null;
  absence: Absence | null;
}

// How a candidate no table knows is labelled, so the reason can name it.
const UNKNOWN = ' (no table knows it)';
// "held in A, B and C": every place the text says the event was held in is a venue.
const HELD: readonly VenueFeature[] = ['held-in', 'event-in'];
// A mention that places the event: "held in X", "a workshop in X", the lead's "in X", "in X" in a sentence about the event.
const PLACING: readonly (readonly VenueFeature[])[] = [['held-in'], ['event-in'], ['lead-in'], ['in-place', 'event-noun'], ['title', 'in-place']];

/**
 * Evidence, then decision: each place is scored with the venues' weight table over the distinct
 * features of all its mentions, and the best one at or above the threshold is the venue; when the
 * best is a place the text says the event was held in, every other such place is a venue too (a
 * series in several towns). A name no table knows can win, and then the event has no venue and says
 * which name it could not place. Nothing at the threshold: no venue, and the strongest candidate is
 * named ('undecided'); no candidate at all: 'not-stated'.
 */
export function decideVenues(mentions: readonly PlaceMention[]): VenueDecision {
  const candidates = group(mentions);
  const placing = candidates.filter((c) =>
    c.mentions.some((m) => !m.features.includes('organiser-seat') && PLACING.some((f) => f.every((x) => m.features.includes(x)))),
  );
  // A country placing the event ("trained in Kenya") does not place it away from a dateline town in Kenya.
  const elsewhere = (c: PlaceCandidate): boolean =>
    placing.some((p) => p !== c && !(p.venue?.precision === 'country' && p.venue.countryCode === c.venue?.countryCode));
  const scorables = candidates.map((c): Scorable<VenueFeature, PlaceCandidate> => {
    const features = [...new Set(c.mentions.flatMap((m) => m.features))].filter((f) => f !== 'organiser-seat' || !speaksFor(c));
    // The dateline is where the release was issued: the venue only when nothing places the event elsewhere.
    if (features.includes('dateline') && !placing.includes(c) && elsewhere(c)) features.push('named-elsewhere');
    const notes = Object.assign({}, ...c.mentions.map((m) => m.notes ?? {})) as Partial<Record<VenueFeature, string>>;
    return {
      value: c,
      label: c.venue ? labelOf(c.venue) : `${c.name}${UNKNOWN}`,
      span: bestMention(c).span,
      features: features.map((feature) => (notes[feature] ? { feature, note: notes[feature] } : { feature })),
    };
  });
  const { chosen, decision } = decide('venues', VENUE_FEATURES, VENUE_THRESHOLD, scorables, choose);
  const venues = chosen
    .flatMap((s) => {
      const venue = bestMention(s.value).venue ?? s.value.venue;
      return venue ? [{ ...venue, span: s.candidate.span }] : [];
    })
    .sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
  return { venues, decision, absence: venues.length > 0 ? null : absenceOf(decision) };
}

function choose(ranked: readonly Scored<PlaceCandidate>[]): Scored<PlaceCandidate>[] {
  const top = ranked[0];
  if (!top) return [];
  const held = (s: Scored<PlaceCandidate>): boolean => s.candidate.evidence.some((e) => HELD.includes(e.feature as VenueFeature));
  // The best is a name no table knows: abstain (with its name) unless the text also holds the event in known places.
  const known = ranked.filter((s) => s.value.venue !== null);
  // Others join the best when the text says the event was held there too ("held in A, B and C"); a country
  // only after "held in" ("a workshop in Antigua … for counsellors in El Salvador" names their home).
  const joins = (s: Scored<PlaceCandidate>): boolean => s === top || has(s, 'held-in') || (held(s) && s.value.venue?.precision !== 'country');
  const picked = !held(top) ? (top.value.venue ? [top] : []) : known.filter(joins);
  return picked.flatMap((s) => (s.value.venue?.precision === 'country' && !has(s, 'held-in') ? moreExact(s, known, ranked.filter((u) => u.value.venue === null)) : [s]));
}

function has(s: Scored<PlaceCandidate>, feature: VenueFeature): boolean {
  return s.candidate.evidence.some((e) => e.feature === feature);
}

// "training in Kazakhstan" (title) and "ASTANA, 11 May –": a town of the chosen country that also reached the threshold is more exact.
function moreExact(country: Scored<PlaceCandidate>, known: readonly Scored<PlaceCandidate>[], unknowns: readonly Scored<PlaceCandidate>[]): Scored<PlaceCandidate>[] {
  const towns = known.filter((s) => s.value.venue?.precision !== 'country' && s.value.venue?.countryCode === country.value.venue?.countryCode);
  if (towns.length > 0) return [towns[0]!];
  // "held at the Seychelles Defence Academy at Ile Perseverance": a named site no table knows, as strong as the country, is the answer to give.
  return unknowns.some((u) => u.candidate.score >= country.candidate.score) ? [] : [country];
}

// Something other than an office's name speaks for the place: then the office's seat is no count against it.
function speaksFor(c: PlaceCandidate): boolean {
  return c.mentions.some((m) => !m.features.includes('organiser-seat') && m.features.some((f) => VENUE_FEATURES[f].weight >= 2));
}

function absenceOf(decision: Decision | null): Absence {
  const best = decision?.candidates[0];
  if (!best) return { fact: 'venues', kind: 'not-stated', name: null, span: null };
  const unknown = decision.candidates.find((c) => c.label.endsWith(UNKNOWN) && c.score >= decision.threshold);
  if (unknown) return { fact: 'venues', kind: 'unknown-place', name: unknown.label.slice(0, -UNKNOWN.length), span: unknown.span };
  return { fact: 'venues', kind: 'undecided', name: best.label, span: best.span };
}

// A place's mentions together: one candidate per gazetteer id, region, country or unknown name.
function group(mentions: readonly PlaceMention[]): PlaceCandidate[] {
  const byKey = new Map<string, PlaceCandidate>();
  for (const m of mentions) {
    const key = m.venue ? venueKey(m.venue) : `?:${m.name.toLowerCase()}`;
    const seen = byKey.get(key);
    if (seen) seen.mentions.push(m);
    else byKey.set(key, { venue: m.venue, name: m.name, mentions: [m] });
  }
  return [...byKey.values()];
}

function venueKey(v: Venue): string {
  return v.geonameId !== null ? `id:${v.geonameId}` : `${v.precision}:${v.countryCode}:${(v.city ?? v.region ?? '').toLowerCase()}`;
}

// The mention that speaks most for the place is the one a reader is shown (and the venue's span).
function bestMention(c: PlaceCandidate): PlaceMention {
  const score = (m: PlaceMention): number => m.features.reduce((sum, f) => sum + VENUE_FEATURES[f].weight, 0);
  return c.mentions.reduce((best, m) => (score(m) > score(best) ? m : best));
}

function labelOf(v: Venue): string {
  const name = placeLabel(v);
  return v.countryCode && name !== v.countryCode ? `${name}, ${v.countryCode}` : name;
}
