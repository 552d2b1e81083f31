import type { Span, Venue } from '../../schema/dataset.ts';
import type { Gazetteer, GeocodeHints, Place } from '../gazetteer/place.ts';
import { isCommonWord } from '../lexicon/common-words.ts';
import { findCountry, findCountryMentions } from '../lexicon/countries.ts';
import { MONTH_PATTERN } from '../lexicon/months.ts';
import { remembered } from '../text/remembered.ts';
import type { Sentence } from '../text/sentences.ts';
import { maskQuotes } from './date-anchor.ts';
import { placeCase } from './place-case.ts';
import { CONNECTORS, placeRuns, type RunWord } from './place-runs.ts';
import { nameNodes, namePart, type NameNode } from './place-name-tree.ts';
import type { PlaceItem } from './place-list.ts';
import { cityVenue, countryVenue, resolveNationwide, resolvePlace, type PlaceContext } from './venue.ts';
import { eventFramesPlace } from './event-frames-place.ts';
import { findVenueCandidates, isAnnouncement } from './venue-candidates.ts';
import { contextFeatures, FACILITY_WORD, HOSTS, IN_AT_LIST, ORGANISER_WORD, type MentionContext } from './venue-context.ts';
import { institutionMentions } from './venue-institution.ts';
import type { PlacePiece } from './venue-lines.ts';
import type { VenueFeature } from './venue-weights.ts';

/** One place named in the release, with what its context says for and against it being the venue. */
export interface PlaceMention {
  /** The place as a venue; null for a name that reads as a place but that no table knows. */
  venue: Venue | null;
  /** The name as written. */
  name: string;
  span: Span;
  features: VenueFeature[];
  /** Notes that name what was seen, replacing the table's ("the title's country tag"). */
  notes?: Partial<Record<VenueFeature, string>>;
  /** For a name no table knows: the country the text gives it ("at Togafuafua, Samoa", "ZARECHNOGORSKAYA, Kazakhstan"). */
  stated?: StatedCountry;
  /**
   * For a town no table knows in an address: the unit the address puts it in, which a table knows
   * ("at the Conference Hall, Lakeside, Hillcounty" → Hillcounty, placed at the place of that name).
   */
  unit?: Venue;
}

/** A country written beside a place: its code and where the text names it. */
export interface StatedCountry {
  code: string;
  span: Span;
  /** Not written beside the place: the one country the whole release names (its span is then the place's). */
  only?: boolean;
}

export interface MentionInput {
  title: { value: string; start: number };
  /** Body sentences from the lead on (the lead is index 0). */
  body: readonly Sentence[];
  pieces: readonly PlacePiece[];
  ctx: PlaceContext;
  /** Countries the text names, and the dateline's: a town elsewhere is a namesake unless it is large. */
  textCountries: ReadonlySet<string>;
  releaseYear: number | null;
}

const WEEKDAY_OR_MONTH = new RegExp(`^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|${MONTH_PATTERN})$`, 'u');
// An adjective or a people's name written with a capital ("Andean countries", "Balinese dancers").
const ADJECTIVE = /(?:ean|ian|ese|ish|ic)$/u;
// A name the text says is a place, though no table may know it.
// "Saint-Cyr-au-Mont- d’Or": a French or Italian elided article joins a name's parts.
const NAME = "\\p{Lu}[\\p{L}\\p{M}’'\\-]*(?:\\s(?:[dl][’'])?\\p{Lu}[\\p{L}\\p{M}’'\\-]*){0,2}";
// What a site's own name ends with that only says what kind of site it is: "the McGregor Police Barracks" is McGregor's.
const SITE_KIND_WORDS = /(?:\s+(?:Police|Military|Army|Naval|Navy|Air|Border|Customs|National|Regional|Training|Fire|Guard|Coast))+$/u;
// The last word of a name of a place events are held at, which often opens with its town ("Kigali Serena Hotel").
const VENUE_SITE_END = /^(?:Hotel|Hall|Resort|Lodge|Inn|Club|Stadium|Complex|Arena)$/u;
// "held in KOICA Pakistan office": an office, not a town.
const OFFICE_AFTER = /^\s+(?:office|offices|headquarters|premises|building|compound|branch)\b/u;
// "a training in the Lakeside border area": a named area, though no table knows it.
const AREA_NAME = new RegExp(`\\bin\\s+the\\s+(${NAME})\\s+(?:border\\s+)?(?:area|zone|county|municipality)\\b`, 'gu');
// An address after a site: "at the Conference Hall, Lakeside, Hillcounty": the first of two names that follow is the town.
const ADDRESS = new RegExp(`\\bat\\s+the\\s+(?:\\p{Lu}[\\p{L}\\p{M}-]*\\s+){0,4}(?:Camp|Centre|Center|Academy|College|School|Hall|Hotel|Base|Barracks|Station)\\s*,\\s+(${NAME})(?=,\\s*\\p{Lu})`, 'gu');
// The unit an address names after its town: "…, Lakeside, Hillcounty".
const UNIT_AFTER_TOWN = new RegExp(`^,\\s*(${NAME})(?=$|[\\s,.;:)])`, 'u');
// A known town a name no table knows is said to lie by: "located in Lakeside, near Hillcounty".
const NEAR_TOWN = new RegExp(`^\\s*,?\\s*(?:near|close\\s+to|on\\s+the\\s+outskirts\\s+of)\\s+(?:the\\s+(?:city|town|capital)\\s+of\\s+)?(${NAME})(?=$|[\\s,.;:)])`, 'u');
const SITE_NAMES: readonly RegExp[] = [
  new RegExp(`\\b(?:village|town|city|settlement|hamlet|municipality|commune) of\\s+(${NAME})`, 'gu'),
  new RegExp(`\\b(?:located|based|situated|headquartered) in\\s+(${NAME})`, 'gu'),
  AREA_NAME,
  new RegExp(`\\bat\\s+(?:the\\s+)?(${NAME})\\s+(?:[Bb]order\\s+[Pp]ost|[Bb]order\\s+[Cc]rossing|[Cc]rossing\\s+[Pp]oint|[Bb]arracks|[Cc]amp)\\b`, 'gu'),
  new RegExp(`\\b(?:[Cc]amp|[Cc]entre|[Cc]enter|Academy|College|School|[Hh]all|Hotel|[Bb]ase|[Bb]arracks|Post|Station|[Ff]acility)\\s*,?\\s+(?:at|in)\\s+(${NAME})`, 'gu'),
  ADDRESS,
];
// Gate for a place found by its name alone: in a country the text names, or a town anyone would know.
const KNOWN_TOWN_POPULATION = 100_000;
const MIN_NAME = 4;
// A town named with nothing around it but a capitalised run this long is someone's or something's name.
const MAX_RUN_WORDS = 8;

/**
 * Every place the release names, each mention with its features: the phrases that place the event
 * ("held in X", "a study visit to Poland"), then any name a table knows in the title, the lines under
 * it and the body, and names that read as places though no table knows them ("in the village of X",
 * "at the X Border Post"). Same span found twice: one mention with both sets of features.
 */
export function findPlaceMentions(input: MentionInput): PlaceMention[] {
  const out: PlaceMention[] = [];
  const { title, body, pieces, releaseYear } = input;
  const announcement = lazyAnnouncement(title.value, body);
  input.body.forEach((s, i) => out.push(...phraseMentions(s, i, input, announcement)));
  scanSegment(title.value, title.start, { kind: 'title', lead: false, releaseYear }, input, out);
  // "Baku / 02.11.17 / Turan:": a line names its place first; what follows is an agency's name.
  const placed = new Set<number>();
  for (const p of pieces) {
    if (p.classic || !placed.has(p.line)) {
      const before = out.length;
      scanPiece(p, input, out);
      if (out.length > before && out.slice(before).some((m) => m.venue !== null)) placed.add(p.line);
    }
  }
  // A dateline or a place line is read as such, not again as a sentence of the body.
  const inPieces = new Set(pieces.map((p) => p.start));
  const bodyFound: PlaceMention[] = [];
  body.forEach((s, i) => scanSegment(s.text, s.start, { kind: 'body', lead: i === 0, releaseYear }, input, bodyFound));
  out.push(...bodyFound.filter((m) => !inPieces.has(m.span.start)));
  out.push(...institutionMentions(title, body, input.textCountries, input.ctx.gazetteer, releaseYear));
  return merge(out);
}

// Whether the release is an announcement, read only when first asked (made by a function: tsx names a closure a const holds, at a cost per release).
function lazyAnnouncement(title: string, body: readonly Sentence[]): () => boolean {
  let announced: boolean | undefined;
  return () => (announced ??= isAnnouncement([title, ...body.map((s) => s.text)]));
}

// The phrases venue-candidates reads ("held in X", the lead's "in X"), each place with its context.
function phraseMentions(s: Sentence, index: number, input: MentionInput, announcement: () => boolean): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const c of findVenueCandidates(s.text, s.start, index, announcement, input.body[index + 1]?.text)) {
    const base: VenueFeature = c.strong ? 'held-in' : 'lead-in';
    if (c.nationwide) {
      const r = resolveNationwide(c.nationwide, input.ctx);
      for (const v of r.venues) out.push({ venue: v, name: 'the country', span: c.nationwide, features: [base] });
      continue;
    }
    // "in the Chui and Naryn regions": what stands before the list speaks for each of its places.
    const listFeatures = c.items[0] ? contextAt(s.text, s.start, c.items[0].span, { kind: 'body', lead: index === 0, releaseYear: input.releaseYear }) : [];
    for (const item of c.items) {
      // The first item's own context is the list's, read just above (most lists have one item).
      const own = item === c.items[0] ? listFeatures : contextAt(s.text, s.start, item.span, { kind: 'body', lead: index === 0, releaseYear: input.releaseYear });
      const ctxFeatures = distinct(listFeatures.filter((f) => f !== 'participants-origin'), own);
      for (const v of resolvePlace(item, c.strong, input.ctx).venues) {
        // A town no table knows, or a region with neither a point nor a country ("Lima's Rimac district"): named, not placed.
        const unknown = (v.precision === 'city' && v.geonameId === null && v.lat === null) || (item.kind === 'region' && v.lat === null && v.countryCode === null);
        if (unknown && (c.knownOnly || !isPlaceLike(item.name) || OFFICE_AFTER.test(s.text.slice(item.span.end - s.start)))) continue;
        const stated = unknown ? hintSpan(s, item) : undefined;
        const unit = unknown ? nearTown(s.text, item.span.end - s.start, s.start, item.name, input) : null;
        out.push({ venue: unknown ? null : v, name: item.label ?? item.name, span: v.span ?? item.span, features: [base, ...ctxFeatures], ...(stated ? { stated } : {}), ...(unit ? { unit } : {}) });
      }
    }
  }
  return out;
}

type SegmentKind = Pick<MentionContext, 'kind' | 'lead' | 'releaseYear'>;

function contextAt(text: string, offset: number, span: Span, kind: SegmentKind): VenueFeature[] {
  return contextFeatures({ text, start: span.start - offset, end: span.end - offset, ...kind });
}

// A dateline's or a location line's piece: its places, and its first name even when no table knows it.
function scanPiece(p: PlacePiece, input: MentionInput, out: PlaceMention[]): void {
  const kind: SegmentKind = { kind: p.kind, lead: false, releaseYear: input.releaseYear };
  const found: PlaceMention[] = [];
  const hint = p.country ? (findCountry(p.country)?.code ?? null) : null;
  scanSegment(p.text, p.start, kind, input, found, p.kind === 'dateline', hint);
  const extra: VenueFeature[] = p.kind === 'dateline' && p.range ? ['dateline-range'] : [];
  for (const m of found) {
    // A dateline's country ("KARAGANDA, Kazakhstan") says where its town is, not where the event was.
    if (m.venue?.precision === 'country' && !p.first) continue;
    out.push({ ...m, features: [...m.features, ...extra] });
  }
  if (found.length === 0 && p.first && p.dash && p.kind === 'dateline' && !findCountry(p.text) && isPlaceLike(p.text)) {
    // "ZARECHNOGORSKAYA, Kazakhstan –": the line's country is the unknown town's.
    const written = p.country ? input.pieces.find((o) => o.line === p.line && o.text === p.country) : undefined;
    const code = p.country ? findCountry(p.country)?.code : undefined;
    const stated = code && written ? { code, span: { start: written.start, end: written.start + written.text.length } } : undefined;
    out.push({ venue: null, name: placeCase(p.text), span: { start: p.start, end: p.start + p.text.length }, features: ['dateline', ...extra], ...(stated ? { stated } : {}) });
  }
}

/**
 * The places a table knows in one sentence or line. Each capitalised run is read from the left for
 * the longest name a table knows; the rest of the run must be a site's or an office's words
 * ("Moshi Police Academy", "ILEA San Salvador"), else the run is someone's or something's name.
 */
function scanSegment(text: string, offset: number, kind: SegmentKind, input: MentionInput, out: PlaceMention[], anyCountry = false, hint: string | null = null): void {
  // Words in quotation marks are a speaker's or a title's ("the project “… in Egypt and Libya”"): weaker than the release's own account.
  const masked = kind.kind === 'body' && /["“]/u.test(text) ? maskQuotes(text) : null;
  for (const run of placeRuns(text)) {
    const words = run.words;
    if (words.length > MAX_RUN_WORDS) continue;
    for (let i = 0; i < words.length; ) {
      const hit = longestPlace(text, words, i, kind, input, anyCountry, hint);
      if (!hit) {
        i++;
        continue;
      }
      const rest = [...words.slice(0, i), ...words.slice(hit.end)].map((w) => w.text);
      // A Title Case headline or place line capitalises every word: the rest of its run says nothing of a person's name.
      const headline = kind.kind === 'title' || kind.kind === 'location-line';
      // Still, a headline's "Drug Control Agency" is a body's name: an office's word after the place makes it one.
      const officeAfter = words.slice(hit.end).some((w) => ORGANISER_WORD.test(w.text));
      const named = headline && siteOf(rest) === 'name' ? (officeAfter ? 'office' : 'plain') : siteOf(rest);
      // "at Kigali Serena Hotel": a town opening a hotel's or a hall's name, in a country the text names, is the site's town.
      const venueName = named === 'name' && i === 0 && rest.length <= 3 && VENUE_SITE_END.test(rest[rest.length - 1] ?? '') && input.textCountries.has(hit.venue.countryCode ?? '');
      const site = venueName ? 'facility' : named;
      if (site !== 'name') {
        const start = words[i]!.at;
        const end = words[hit.end - 1]!.at + words[hit.end - 1]!.text.length - (hit.based ? '-based'.length : 0);
        const span = { start: offset + start, end: offset + end };
        // A place inside a quotation is read within it: the seminar outside does not make "“Fair Courts in Moldova”" its place.
        const q = quotedAt(masked, text, start) ? Math.max(text.lastIndexOf('“', start), text.lastIndexOf('"', start)) : 0;
        const features = contextFeatures({ text: text.slice(q), start: run.at - q, end: run.end - q, ...kind });
        // "at the Fiji Police Academy": an institution's nation, not its town; the "at" is the institution's.
        if (hit.venue.precision === 'country' && site === 'facility') {
          out.push({ venue: { ...hit.venue, span }, name: hit.name, span, features: features.filter((f) => f !== 'in-place' && f !== 'event-in') });
          i = hit.end;
          continue;
        }
        if (site === 'facility' || hit.based) features.push('facility');
        if (site === 'office' && !features.includes('organiser-seat')) features.push('organiser-seat');
        if (hit.venue.countryCode && input.textCountries.size > 0 && !input.textCountries.has(hit.venue.countryCode)) features.push('abroad');
        if (quotedAt(masked, text, start)) features.push('quoted');
        out.push({ venue: { ...hit.venue, span }, name: hit.name, span, features });
      }
      i = hit.end;
    }
  }
  for (const re of SITE_NAMES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const name = m[1]!.replace(SITE_KIND_WORDS, '');
      const at = m.index + m[0].lastIndexOf(m[1]!);
      if (!isPlaceLike(name) || resolveName(name, input, kind, true)) continue;
      const span = { start: offset + at, end: offset + at + name.length };
      // An area no table knows, in a release that names one country only, lies in that country.
      const only = re === AREA_NAME && input.textCountries.size === 1 ? { code: [...input.textCountries][0]!, span, only: true } : undefined;
      const stated = siteCountry(text, m.index, at + name.length, offset) ?? only;
      const unit = (re === ADDRESS ? addressUnit(text, at + name.length, offset, name, input) : null) ?? nearTown(text, at + name.length, offset, name, input);
      out.push({ venue: null, name, span, features: [...contextFeatures({ text, start: at, end: at + name.length, ...kind }), 'facility'], ...(stated ? { stated } : {}), ...(unit ? { unit } : {}) });
    }
  }
}

// Whether the text's character at `at` is inside a quotation (its mask, when it has one, blanked it).
function quotedAt(masked: string | null, text: string, at: number): boolean {
  return masked !== null && masked[at] === ' ' && text[at] !== ' ';
}

interface Hit {
  venue: Venue;
  name: string;
  end: number;
  based: boolean;
}

function longestPlace(
  text: string,
  words: readonly RunWord[],
  i: number,
  kind: SegmentKind,
  input: MentionInput,
  anyCountry: boolean,
  lineCountry: string | null,
): Hit | null {
  // A name neither opens nor closes with a connector: a run's "of" starts none.
  if (CONNECTORS.has(words[i]!.text)) return null;
  const sentence = kind.kind === 'body' || kind.kind === 'title';
  const top = Math.min(words.length, i + 4);
  const nodes = sentence ? nameNodes(input.ctx.gazetteer, words, i, top) : null;
  for (let j = top; j > i; j--) {
    if (CONNECTORS.has(words[j - 1]!.text)) continue;
    // In a sentence or the title, a name that is neither a country nor any town's exact name is no
    // place whatever its context (resolveName): most capitalised words, so their context is not read.
    // Asked first: a memo's answer, and no for most runs, so the tests below are seldom read.
    if (nodes !== null && !isSomePlace(nodes[j - i - 1]!, words, i, j, input.ctx.gazetteer)) continue;
    const written = j - i === 1 ? words[i]!.text : joinWords(words, i, j);
    const unpossessed = written.endsWith('’s') || written.endsWith("'s") ? written.slice(0, -2) : written;
    const based = unpossessed.endsWith('-based');
    const name = based ? unpossessed.slice(0, -'-based'.length) : unpossessed;
    // "Kazakhstan's capital", "Azerbaijan's urban centres": a country's attribute, not the place.
    if (unpossessed !== written && findCountry(unpossessed)) continue;
    // Short words are codes and abbreviations far more often than towns ("Phl", "PAL").
    if (j - i === 1 && ((name.length < MIN_NAME && sentence) || WEEKDAY_OR_MONTH.test(name) || adjectiveBefore(text, words[i]!, name))) continue;
    // A town named by a common word ("Mobile", "Split", "Drug") is the place only where the sentence
    // frames it as one: "in Split", "to Mobile, Alabama"; else it is the word ("Mobile Detection Team").
    if (j - i === 1 && sentence && isCommonPlaceWord(name) && !inOrTo(text, words[i]!.at) && !countryAfter(text, words[i]!.at + words[i]!.text.length)) continue;
    const end = words[j - 1]!.at + words[j - 1]!.text.length;
    const hosts = HOSTS.test(text.slice(end)) && !/\bof\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, words[i]!.at - 8), words[i]!.at));
    // Framed as a place, a town needs no size: "…course in Namanga" (headline), a place line's first name.
    const framed =
      (kind.kind === 'title' && (/\b(?:in|at)\s+$/u.test(text.slice(Math.max(0, words[i]!.at - 4), words[i]!.at)) || IN_AT_LIST.test(text.slice(Math.max(0, words[i]!.at - 120), words[i]!.at)))) ||
      ((kind.kind === 'dateline' || kind.kind === 'location-line') && words[i]!.at === 0) ||
      // "took part in a training … in X": the event noun, then "in" (event-frames-place.ts).
      (kind.kind === 'body' && eventFramesPlace(text, words[i]!.at)) ||
      // "Stepanakert hosts negotiation training": a headline's place that hosts the event.
      (kind.kind === 'title' && hosts);
    const venue = resolveName(name, input, kind, anyCountry || hosts || inOrTo(text, words[i]!.at), countryAfter(text, end) ?? lineCountry, framed);
    if (venue) return { venue, name, end: j, based };
  }
  return null;
}

// The words of a run from i to j (exclusive), one space between them, as a name is looked up.
function joinWords(words: readonly { text: string }[], i: number, j: number): string {
  let out = words[i]!.text;
  for (let k = i + 1; k < j; k++) out += ' ' + words[k]!.text;
  return out;
}

// Per name, whether it is a common English word ("Mobile", "Split"): asked of each one-word place a sentence names, mostly the same few hundred.
const COMMON_WORD = new Map<string, boolean>();
const COMMON_WORD_LIMIT = 100_000;

function isCommonPlaceWord(name: string): boolean {
  let common = COMMON_WORD.get(name);
  if (common === undefined) {
    common = isCommonWord(name);
    if (COMMON_WORD.size >= COMMON_WORD_LIMIT) COMMON_WORD.clear();
    COMMON_WORD.set(name, common);
  }
  return common;
}

// Whether the name of words i to j is a country or any town's exact name, kept in its node.
function isSomePlace(node: NameNode, words: readonly RunWord[], i: number, j: number, gazetteer: Gazetteer): boolean {
  if (node.some === undefined) {
    const name = (j - i === 1 ? '' : joinWords(words, i, j - 1) + ' ') + namePart(words[j - 1]!.text);
    node.some = findCountry(name) !== undefined || lookUp(gazetteer, placeCase(name), {}) !== null;
  }
  return node.some;
}

// A gazetteer's answer for a caller that only reads it: not copied where the gazetteer can say so.
function lookUp(gazetteer: Gazetteer, name: string, hints: GeocodeHints): Readonly<Place> | null {
  return gazetteer.geocodeShared ? gazetteer.geocodeShared(name, hints) : gazetteer.geocode(name, hints);
}

/**
 * A name as a venue: a country only after "in"/"at"/"to" (elsewhere a country is the topic or the
 * participants' origin), a region the table knows, or a town the gazetteer knows exactly, in a
 * country the text names or large enough to be the one meant.
 */
function resolveName(name: string, input: MentionInput, kind: SegmentKind, countryAllowed: boolean, hint: string | null = null, framed = false): Venue | null {
  const ctx = input.ctx;
  const country = findCountry(name);
  if (country) return countryAllowed && namesWholeCountry(name) ? countryVenue(country.code, null, null) : null;
  const caseName = placeCase(name);
  // Asked first without hints: hints only reorder a name's exact matches and add respellings, which
  // are never taken here, so a name with no exact match is no town whatever the release. This answer
  // is the same in every release (the hinted one is not), so a memo of the gazetteer answers it.
  const plain = lookUp(ctx.gazetteer, caseName, {});
  const hinted = plain ? lookUp(ctx.gazetteer, caseName, { countryCodes: hintFirst(hint, ctx.countryCodes) }) : null;
  // A country merely named does not outweigh a national capital ("Cairo" in a text naming the US and Egypt).
  const capital = hinted && hinted.featureCode !== 'PPLC' && hinted.countryCode !== (hint ?? ctx.datelineCountryCode) ? plain : null;
  const place = capital?.featureCode === 'PPLC' && capital.match === undefined ? capital : hinted;
  if (place && place.match === undefined) {
    const plausible = framed || input.textCountries.has(place.countryCode) || place.population >= KNOWN_TOWN_POPULATION || place.featureCode === 'PPLC';
    if (plausible) return cityVenue(caseName, place, null);
  }
  if (kind.kind === 'body' || kind.kind === 'title') return null;
  const item: PlaceItem = { kind: 'place', name: caseName, label: null, span: { start: 0, end: 0 }, countryHint: null, twoCountries: false };
  const region = resolvePlace(item, false, ctx).venues.find((v) => v.precision === 'region' && v.lat !== null);
  return region ?? null;
}

// Whether a name a country table knows is that country's name as a whole, not its adjective ("Kazakh")
// or a longer name opening with it: asked of each country a sentence names, the same few hundred names.
const namesWholeCountry = remembered((name) => {
  const m = findCountryMentions(name)[0];
  return m !== undefined && m.start === 0 && m.end >= name.length && m.form !== 'adjective';
});

// "the Moshi Police Academy" → facility; "the UNDP Office" → office; "Laura Thompson" → name.
function siteOf(rest: readonly string[]): 'plain' | 'facility' | 'office' | 'name' {
  if (rest.length === 0) return 'plain';
  const words = rest.filter((w) => !CONNECTORS.has(w));
  if (!words.every((w) => FACILITY_WORD.test(w) || findCountry(w) || ORGANISER_WORD.test(w) || /^(?:Police|Military|National|Regional|International|Border|Defence|Defense|Security|Customs|Public|Federal|State|Special|Higher|Sciences?|Studies|Law|Enforcement|Training|Conference|Central)$/u.test(w) || /^\p{Lu}{2,6}\d?$/u.test(w))) return 'name';
  if (words.some((w) => FACILITY_WORD.test(w))) return 'facility';
  if (words.some((w) => ORGANISER_WORD.test(w))) return 'office';
  return 'plain';
}

function inOrTo(text: string, at: number): boolean {
  return /\b(?:in|at|to)\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, at - 12), at));
}

// "Andean countries": a capitalised adjective before a lower-case noun is not a place.
function adjectiveBefore(text: string, word: RunWord, name: string): boolean {
  return ADJECTIVE.test(name) && /^\s+\p{Ll}/u.test(text.slice(word.at + word.text.length));
}

// "in Bunj (South Sudan)", "at Togafuafua, Samoa": the country a phrase gives its town, with its span.
function hintSpan(s: Sentence, item: PlaceItem): StatedCountry | undefined {
  const code = item.countryHint ? findCountry(item.countryHint)?.code : undefined;
  if (!code) return undefined;
  const at = s.text.indexOf(item.countryHint!, item.span.end - s.start);
  return at === -1 ? undefined : { code, span: { start: s.start + at, end: s.start + at + item.countryHint!.length } };
}

/**
 * The country a named site gives the unknown town it stands in: written after the town ("at
 * Togafuafua, Samoa") or naming the site itself ("the Seychelles Defence Academy at Ile
 * Perseverance", "the Fiji Police Academy in X"): a national institution stands in its nation.
 */
function siteCountry(text: string, siteStart: number, nameEnd: number, offset: number): StatedCountry | undefined {
  const after = /^\s*(?:,\s*|\(\s*)(?:the\s+)?(\p{Lu}[\p{L}\s]{2,30}?)(?=$|[,.;:)|]|\s+\p{Ll})/u.exec(text.slice(nameEnd));
  const afterCode = after ? findCountry(after[1]!.trim())?.code : undefined;
  if (after && afterCode) {
    const start = nameEnd + after[0].indexOf(after[1]!);
    return { code: afterCode, span: { start: offset + start, end: offset + start + after[1]!.trim().length } };
  }
  // The capitalised run the site's word closes: "Seychelles Defence Academy".
  const run = /(?:\p{Lu}[\p{L}\p{M}’'\-]*\s+){1,5}$/u.exec(text.slice(Math.max(0, siteStart - 60), siteStart));
  if (!run) return undefined;
  const runStart = Math.max(0, siteStart - 60) + run.index;
  const m = findCountryMentions(run[0])[0];
  return m ? { code: m.code, span: { start: offset + runStart + m.start, end: offset + runStart + m.end } } : undefined;
}

/**
 * The unit an address names after a town no table knows ("…, Bajo, Wangdue District" or "…, Bajo,
 * Wangduephodrang"), as a region placed at the gazetteer's place of that name in a country the
 * text points to: the event is in that unit, its town not guessed. Null for a country (the stated
 * country says that) or a name no table knows.
 */
function addressUnit(text: string, nameEnd: number, offset: number, town: string, input: MentionInput): Venue | null {
  const m = UNIT_AFTER_TOWN.exec(text.slice(nameEnd));
  if (!m || findCountry(m[1]!)) return null;
  const written = m[1]!;
  const codes = input.ctx.countryCodes;
  // A text naming no country at all points to none: then only a name the gazetteer knows exactly, as written or as
  // the compound it writes as one word, and in one place only.
  const place = codes.length > 0 ? input.ctx.gazetteer.geocode(placeCase(written), { countryCodes: codes }) : exactPlace(input.ctx.gazetteer, placeCase(written));
  if (!place || (codes.length > 0 && !codes.includes(place.countryCode))) return null;
  const start = offset + nameEnd + m[0].indexOf(written);
  const reason = `'${town}' is not in the gazetteer: placed at ${place.name}, the place the address puts it in ('${written}')`;
  return { city: null, name: place.name, region: written, countryCode: place.countryCode, lat: place.lat, lon: place.lon, geonameId: null, precision: 'region', span: { start, end: start + written.length }, reason };
}

/**
 * The one administrative seat the gazetteer knows by this exact name, or by the two-word name it
 * writes as one ("Wangduephodrang" for Wangdue Phodrang), with no hint of a country: an address's
 * unit is a district or a province, named for its seat. Null when the only match is a respelling or a
 * village, or the one word splits into names of more than one place.
 */
function exactPlace(gazetteer: Gazetteer, name: string): Place | null {
  const seat = (p: Place | null): p is Place => p !== null && p.match !== 'approximate' && /^PPL[AC]/.test(p.featureCode);
  const whole = gazetteer.geocode(name);
  if (whole) return seat(whole) ? whole : null;
  if (/\s/u.test(name) || name.length < MIN_COMPOUND) return null;
  const found = new Map<number, Place>();
  for (let i = MIN_PART; i <= name.length - MIN_PART; i++) {
    const p = gazetteer.geocode(`${name.slice(0, i)} ${name.slice(i)}`);
    if (p) found.set(p.geonameId, p);
  }
  const [only] = found.values();
  return found.size === 1 && seat(only!) ? only! : null;
}

// A one-word name is read as a compound only when long enough that both parts are names, not syllables.
const MIN_COMPOUND = 10;
const MIN_PART = 4;

/**
 * The known town a name no table knows is said to be near ("located in Lakeside, near Hillcounty",
 * "close to", "on the outskirts of"), as a region placed at that town, in a country the text points
 * to: the event is by that town, its own town not guessed (the absence still names it). Null when
 * no table knows the town either, or it lies in a country the text does not name.
 */
function nearTown(text: string, nameEnd: number, offset: number, town: string, input: MentionInput): Venue | null {
  const m = NEAR_TOWN.exec(text.slice(nameEnd));
  if (!m || findCountry(m[1]!) || input.ctx.countryCodes.length === 0) return null;
  const written = m[1]!;
  const place = input.ctx.gazetteer.geocode(placeCase(written), { countryCodes: input.ctx.countryCodes });
  if (!place || place.match === 'approximate' || !input.ctx.countryCodes.includes(place.countryCode)) return null;
  const start = offset + nameEnd + m[0].lastIndexOf(written);
  const near = m[0].slice(0, m[0].lastIndexOf(written)).replace(/^\s*,?\s*/, '');
  const reason = `'${town}' is not in the gazetteer: placed at ${place.name}, the town the text says it is ${near.trim()}`;
  return { city: null, name: place.name, region: `${near}${written}`, countryCode: place.countryCode, lat: place.lat, lon: place.lon, geonameId: null, precision: 'region', span: { start, end: start + written.length }, reason };
}

// "Livingstone, Zambia": the country written after a town.
function countryAfter(text: string, end: number): string | null {
  const m = /^\s*(?:,\s*|\(\s*)(?:the\s+)?(\p{Lu}[\p{L}\s]{2,30}?)(?=$|[,.;:)|]|\s+\p{Ll})/u.exec(text.slice(end));
  return m ? (findCountry(m[1]!.trim())?.code ?? null) : null;
}

function isPlaceLike(name: string): boolean {
  const words = name.split(/\s+/);
  // "KOICA Pakistan": an acronym beside other words is a body's name, as is a name holding a country's ("Pakistan").
  const acronymAmong = words.length > 1 && words.some((w) => /^\p{Lu}{2,}$/u.test(w)) && !words.every((w) => /^\p{Lu}{2,}$/u.test(w));
  const countryAmong = words.length > 1 && words.some((w) => findCountry(w));
  return words.length <= 3 && !acronymAmong && !countryAmong && !words.some((w) => WEEKDAY_OR_MONTH.test(w) || FACILITY_WORD.test(w) || ORGANISER_WORD.test(w) || /^\p{Lu}{2,}$/u.test(w) && w.length <= 4);
}

// One mention per span: the phrase reader's and the scan's features together.
function merge(mentions: readonly PlaceMention[]): PlaceMention[] {
  const byStart = new Map<number, PlaceMention>();
  for (const m of mentions) {
    const seen = byStart.get(m.span.start);
    if (!seen) byStart.set(m.span.start, { ...m, features: distinct(m.features) });
    else {
      // "held in Port of Spain": the longest name a table knows there ("Port of Spain", not the "Port" a list read).
      if (seen.venue && m.venue && m.span.end > seen.span.end) {
        byStart.set(m.span.start, { ...m, features: distinct(seen.features, m.features), notes: { ...seen.notes, ...m.notes } });
        continue;
      }
      // "the Fiji Police Academy": the site's seat the table knows, not the nation its name opens with.
      const venue = m.features.includes('institution-seat') ? m.venue : (seen.venue ?? m.venue);
      // The unit an address puts a town in is kept whichever reader found the town first.
      const unit = seen.unit ?? m.unit;
      byStart.set(m.span.start, { ...seen, venue, features: distinct(seen.features, m.features), notes: { ...m.notes, ...seen.notes }, ...(unit ? { unit } : {}) });
    }
  }
  return [...byStart.values()].sort((a, b) => a.span.start - b.span.start);
}

/** The items of a and then b, each once, in order of first appearance (as a Set keeps them): a mention's few features, without a Set per mention. */
export function distinct<T>(a: readonly T[], b: readonly T[] = []): T[] {
  const out: T[] = [];
  for (const x of a) if (!out.includes(x)) out.push(x);
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
}

// The hinted country first, then the others, each once: the country hints of one lookup.
function hintFirst(hint: string | null, codes: readonly string[]): string[] {
  return distinct(hint ? [hint] : [], codes);
}
