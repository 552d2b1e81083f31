import type { Absence, Decision } from '../../schema/evidence.ts';
import type { Venue } from '../../schema/dataset.ts';
import { placeLabel } from '../../vocabulary/place-label.ts';
import { decide, type Scorable, type Scored } from './decide.ts';
import { countryVenue } from './venue.ts';
import { distinct, type PlaceMention, type StatedCountry } from './venue-mentions.ts';
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
const HELD: readonly VenueFeature[] = ['held-in', 'event-in', 'institution-seat'];
// A mention that places the event: "held in X", "a workshop in X", the lead's "in X", "in X" in a sentence about the event.
const PLACING: readonly (readonly VenueFeature[])[] = [['held-in'], ['event-in'], ['institution-seat'], ['lead-in'], ['title', 'in-place'], ['facility', 'in-place']];
const DATELINE_ONLY: readonly VenueFeature[] = ['dateline', 'dateline-range', 'event-noun', 'in-place'];
// The release's head: its title, the lines under it and its dateline.
const HEAD: readonly VenueFeature[] = ['title', 'location-line', 'dateline'];
const NOT_THIS_EVENT: readonly VenueFeature[] = ['organiser-seat', 'background', 'other-event', 'participants-origin', 'deployed-to'];
// What states a name as a place an event could be at: a reason may call only such a name the likeliest place.
const STATED_AS_PLACE: readonly VenueFeature[] = ['held-in', 'event-in', 'institution-seat', 'lead-in', 'in-place', 'location-line', 'dateline', 'facility'];

/**
 * Evidence, then decision: each place is scored with the venues' weight table over the distinct
 * features of all its mentions, and the best one at or above the threshold is the venue; when the
 * best is a place the text says the event was held in, every other such place is a venue too (a
 * series in several towns). A name no table knows can win, and then the event has no venue and says
 * which name it could not place. Nothing at the threshold: no venue, and the strongest candidate is
 * named ('undecided'); no candidate at all: 'not-stated'.
 */
export function decideVenues(mentions: readonly PlaceMention[], fallback: readonly PlaceMention[] | (() => readonly PlaceMention[]) = []): VenueDecision {
  const first = decidePlaces(mentions);
  // Nothing the text names places the event: then, and only then, the nation of the body it is about
  // (given as a function, it is read only then).
  if (first.venues.length > 0 || first.absence?.kind === 'unknown-place') return first;
  const others = typeof fallback === 'function' ? fallback() : fallback;
  if (others.length === 0) return first;
  const second = decidePlaces(others);
  if (second.venues.length === 0) return first;
  const losers = first.decision?.candidates ?? [];
  const decision: Decision = { fact: 'venues', threshold: VENUE_THRESHOLD, candidates: [...(second.decision?.candidates ?? second.venues.map(chosenCandidate)), ...losers] };
  return { venues: second.venues, decision: decision.candidates.length > 1 ? decision : null, absence: null };
}

// A lone winner's candidate, for a decision that also lists the places that lost before it.
function chosenCandidate(v: Venue): Decision['candidates'][number] {
  const evidence = [{ feature: 'national-body', weight: VENUE_FEATURES['national-body'].weight, note: VENUE_FEATURES['national-body'].note }];
  return { label: labelOf(v), span: v.span, score: VENUE_FEATURES['national-body'].weight, evidence, chosen: true };
}

function decidePlaces(mentions: readonly PlaceMention[]): VenueDecision {
  const candidates = group(mentions);
  const placing = candidates.filter((c) =>
    c.mentions.some((m) => !m.features.some((f) => NOT_THIS_EVENT.includes(f)) && PLACING.some((f) => f.every((x) => m.features.includes(x)))),
  );
  const scorables = candidates.map((c): Scorable<VenueFeature, PlaceCandidate> => {
    // A place named once for this event and once for another (an office's seat, a pilot in 2017) is judged on the
    // mentions that are about this event: a count against one mention does not follow the place elsewhere.
    const clean = c.mentions.filter((m) => !m.features.some((f) => NOT_THIS_EVENT.includes(f)) && m.features.some((f) => VENUE_FEATURES[f].weight > 0));
    const features = distinct((clean.length > 0 ? clean : c.mentions).flatMap((m) => m.features));
    // The dateline is where the release was issued: the venue only when nothing places the event elsewhere.
    if (features.includes('dateline') && !placing.includes(c) && elsewhere(placing, c)) features.push('named-elsewhere');
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
  if (venues.length > 0) {
    // "held in Samoa … at Togafuafua": placed at the country, and the town it could not place is named.
    const unplaced = venues.every((v) => v.precision === 'country') && decision ? unknownWinner(decision) : null;
    return { venues, decision, absence: unplaced ? unknownAbsence(unplaced) : null };
  }
  const absence = absenceOf(decision);
  const country = absence.kind === 'unknown-place' && decision ? statedCountryOf(absence, candidates, decision) : null;
  return { venues: country ? [country] : [], decision, absence };
}

// A country placing the event ("trained in Kenya") does not place it away from a dateline town in Kenya.
function elsewhere(placing: readonly PlaceCandidate[], c: PlaceCandidate): boolean {
  return placing.some((p) => p !== c && !(p.venue?.precision === 'country' && p.venue.countryCode === c.venue?.countryCode));
}

/**
 * The best candidate is a town no table knows: the event is still in the country the text gives it
 * ("ZARECHNOGORSKAYA, Kazakhstan", "at Togafuafua, Samoa", "the Seychelles Defence Academy at X"),
 * else in a country that reached the threshold on its own (a title's "Ghana:" tag). The town is
 * not guessed: the venue is the country, and the absence names the town.
 */
function statedCountryOf(absence: Absence, candidates: readonly PlaceCandidate[], decision: Decision): Venue | null {
  const reason = `'${absence.name}' is not in the gazetteer: placed at the country the text gives it`;
  const unknown = candidates.find((c) => c.venue === null && c.mentions.some((m) => m.span.start === absence.span?.start));
  // "at the Conference Hall, Bajo, Wangduephodrang": the unit the address puts the town in is more exact than its country.
  const unit = unknown?.mentions.find((m) => m.unit)?.unit;
  if (unit) return unit;
  const stated: StatedCountry | undefined = unknown?.mentions.find((m) => m.stated)?.stated;
  if (stated) return countryVenue(stated.code, stated.span, stated.only ? `'${absence.name}' is not in the gazetteer: placed at the one country the text names` : reason);
  // Only a country the release's head gives (a "Ghana:" tag, a dateline's country): a country the body names
  // may be anyone's ("trained by agencies in the United States").
  const head = (c: Decision['candidates'][number]): boolean => c.evidence.some((e) => HEAD.includes(e.feature as VenueFeature));
  const country = decision.candidates.find((c) => c.score >= decision.threshold && head(c) && candidates.some((p) => p.venue?.precision === 'country' && labelOf(p.venue) === c.label));
  const venue = country ? candidates.find((p) => p.venue?.precision === 'country' && labelOf(p.venue) === country.label)?.venue : null;
  if (!country || !venue?.countryCode) return null;
  country.chosen = true;
  return countryVenue(venue.countryCode, country.span, reason);
}

function unknownWinner(decision: Decision): Decision['candidates'][number] | null {
  return decision.candidates.find((c) => c.label.endsWith(UNKNOWN) && c.score >= decision.threshold) ?? null;
}

function unknownAbsence(c: Decision['candidates'][number]): Absence {
  return { fact: 'venues', kind: 'unknown-place', name: c.label.slice(0, -UNKNOWN.length), span: c.span };
}

function choose(ranked: readonly Scored<PlaceCandidate>[]): Scored<PlaceCandidate>[] {
  const top = ranked[0];
  if (!top) return [];
  // The best is a name no table knows: abstain (with its name) unless the text also holds the event in known places.
  const known = ranked.filter((s) => s.value.venue !== null);
  // (The tests are functions of the module, not closures: a closure made per decision costs more than its tests.)
  const picked = !held(top) ? (top.value.venue ? known.filter((s) => s === top || coDateline(top, s)) : []) : known.filter((s) => joins(top, s));
  return picked.flatMap((s) => (s.value.venue?.precision === 'country' ? moreExact(s, known, ranked.filter((u) => u.value.venue === null)) : [s]));
}

function held(s: Scored<PlaceCandidate>): boolean {
  return s.candidate.evidence.some((e) => HELD.includes(e.feature as VenueFeature));
}

// Others join the best when the text says the event was held there too ("held in A, B and C"); a country
// only after "held in" ("a workshop in Antigua … for counsellors in El Salvador" names their home).
function town(s: Scored<PlaceCandidate>): boolean {
  return s.value.venue?.precision !== 'country';
}

// When the best won on other signals (the title, a place line), a "held in" elsewhere is another frame, not a second venue.
// A place the text gives another event, a past one or the participants' home never joins ("the final one is due to take place in B").
function joins(top: Scored<PlaceCandidate>, s: Scored<PlaceCandidate>): boolean {
  if (s === top) return true;
  if (s.candidate.evidence.some((e) => NOT_THIS_EVENT.includes(e.feature as VenueFeature))) return false;
  return has(top, 'held-in') ? has(s, 'held-in') || (held(s) && town(s)) : held(s) && town(s) && s.candidate.score >= top.candidate.score;
}

// "ALMATY / BISHKEK, 1 June –": a dateline naming several towns gives each.
function coDateline(top: Scored<PlaceCandidate>, s: Scored<PlaceCandidate>): boolean {
  return has(top, 'dateline') && has(s, 'dateline') && s.candidate.score === top.candidate.score;
}

function has(s: Scored<PlaceCandidate>, feature: VenueFeature): boolean {
  return s.candidate.evidence.some((e) => e.feature === feature);
}

// "training in Kazakhstan" (title) and "ASTANA, 11 May –": a town of the chosen country that also reached the threshold is more exact.
function moreExact(country: Scored<PlaceCandidate>, known: readonly Scored<PlaceCandidate>[], unknowns: readonly Scored<PlaceCandidate>[]): Scored<PlaceCandidate>[] {
  // Held in the country ("held throughout the country"): only a town the text itself speaks for, not the dateline's, is more exact.
  const heldIn = has(country, 'held-in');
  const towns = known.filter(
    (s) =>
      s.value.venue?.precision !== 'country' &&
      s.value.venue?.countryCode === country.value.venue?.countryCode &&
      (!heldIn || s.candidate.evidence.some((e) => !DATELINE_ONLY.includes(e.feature as VenueFeature) && e.weight > 0)),
  );
  if (towns.length > 0) return [towns[0]!];
  if (heldIn) return [country];
  // "held at the Seychelles Defence Academy at Ile Perseverance": a named site no table knows, as strong as the country, is the answer to give.
  return unknowns.some((u) => u.candidate.score >= country.candidate.score) ? [] : [country];
}


/**
 * Why no place was chosen. A name no table knows that won: 'unknown-place'. Else the likeliest place
 * is named ('undecided') only when the text states it as a place this event could be at ("in X",
 * the title, a place line, the dateline) and nothing marks it as something else's: an office's seat,
 * the participants' home, another event, a quotation ("the UNDP Office in Suva", "officers from
 * Tajikistan", a project named “… in Egypt, Tunisia and Libya”) are not places the text gives the
 * event, so then the text states none ('not-stated').
 */
function absenceOf(decision: Decision | null): Absence {
  const unknown = decision ? unknownWinner(decision) : null;
  if (unknown) return unknownAbsence(unknown);
  const likeliest = decision?.candidates.find(statedAsPlace);
  if (!likeliest) return { fact: 'venues', kind: 'not-stated', name: null, span: null };
  return { fact: 'venues', kind: 'undecided', name: likeliest.label, span: likeliest.span };
}

function statedAsPlace(c: Decision['candidates'][number]): boolean {
  const features = c.evidence.map((e) => e.feature as VenueFeature);
  return c.score > 0 && features.some((f) => STATED_AS_PLACE.includes(f)) && !features.some((f) => NOT_THIS_EVENT.includes(f) || f === 'quoted');
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
  return c.mentions.reduce((best, m) => (mentionScore(m) > mentionScore(best) ? m : best));
}

function mentionScore(m: PlaceMention): number {
  return m.features.reduce((sum, f) => sum + VENUE_FEATURES[f].weight, 0);
}

function labelOf(v: Venue): string {
  const name = placeLabel(v);
  return v.countryCode && name !== v.countryCode ? `${name}, ${v.countryCode}` : name;
}
