import { findCountry } from '../lexicon/countries.ts';
import type { GazetteerRow } from './geonames-row.ts';
import { loosePlaceKey } from './loose-place-key.ts';
import { isLatinKey, isNonLatinScript, normalizePlaceName } from './normalize-place-name.ts';
import { NOT_PLACE_NAMES } from './not-place-names.ts';
import type { GeocodeHints, Gazetteer, Place } from './place.ts';
import { rankPlace } from './rank-place.ts';

export interface GazetteerOptions {
  /** The ISO code of the country a name denotes, if it is a country name; defaults to the lexicon's findCountry. */
  countryOf?: (name: string) => string | undefined;
}

// A candidate is packed into one number, (place index << 1) | primary, and a key with a single
// candidate stores that number rather than an array: most keys have one, and this keeps the index
// of ~800 k keys compact.
export type Candidates = number | readonly number[];

/**
 * What geocode reads: built from GeoNames rows here (indexRows), or read from the prebuilt file
 * (gazetteer-file.ts) with the same answers for every key and place.
 */
export interface PlaceIndex {
  /** The place of row i. */
  place(i: number): Place;
  /** A key's candidates, in the order `add` gave them. */
  entry(key: string): Candidates | undefined;
  /** Row i's alternate names, as GeoNames lists them. */
  alternates(i: number): readonly string[];
  /** One country's places' own name keys as flat [key, place index] pairs, in row order (see RowIndex.primaryKeys). */
  primaryKeysIn(country: string): readonly (string | number)[];
}

/**
 * Builds an in-memory gazetteer from GeoNames rows. Every name, ASCII name and Latin-script
 * alternate name becomes a key (see normalizePlaceName); geocode() is one hash lookup plus a
 * ranking of that key's few candidates. Tests build tiny ones from a handful of rows.
 */
export function createGazetteer(rows: Iterable<GazetteerRow>, options: GazetteerOptions = {}): Gazetteer {
  return gazetteerOver(placeIndexOf(indexRows(rows)), options);
}

/** The PlaceIndex of rows indexed in memory. */
export function placeIndexOf({ places, index, primaryKeys, alternates }: RowIndex): PlaceIndex {
  let byCountry: Map<string, (string | number)[]> | undefined;
  return {
    place: (i) => places[i]!,
    entry: (key) => index.get(key),
    alternates: (i) => alternates[i]!,
    primaryKeysIn: (country) => (byCountry ??= groupByCountry(primaryKeys, places)).get(country) ?? [],
  };
}

/** A gazetteer answering from `index`. */
export function gazetteerOver(index: PlaceIndex, options: GazetteerOptions = {}): Gazetteer {
  const countryOf = options.countryOf ?? ((name: string) => findCountry(name)?.code);
  // Respellings of one country's own names, built on the first hinted miss in that country: a
  // respelling counts only in a hinted country, and a run hints at a few dozen of the ~250, so
  // building them all (~150 k keys) at the first miss cost most of a second per process for nothing.
  const looseByCountry = new Map<string, Map<string, Candidates>>();
  const looseIndexOf = (country: string): Map<string, Candidates> => {
    let loose = looseByCountry.get(country);
    if (loose === undefined) looseByCountry.set(country, (loose = buildLooseIndex(index.primaryKeysIn(country))));
    return loose;
  };
  // The same unknown names are respelt again and again (once per hinted lookup); the respelling is pure.
  const looseKeys = new Map<string, string | null>();
  // Per place, its alsoKnownAs once computed (sparse: only places ever found).
  const knownAs: (string[] | undefined)[] = [];

  /** Candidates for a key: exact ones, else respellings within the hinted countries. */
  function lookup(key: string, hinted: readonly string[]): { candidates: readonly number[]; approximate: boolean } {
    const entry = index.entry(key);
    if (entry !== undefined) return { candidates: typeof entry === 'number' ? [entry] : entry, approximate: false };
    if (hinted.length === 0) return { candidates: [], approximate: true };
    let loose = looseKeys.get(key);
    if (loose === undefined) looseKeys.set(key, (loose = loosePlaceKey(key)));
    if (loose === null) return { candidates: [], approximate: true };
    // A respelling is a guess, so it must land in a country the text points to: otherwise
    // "During" would become Deering (US) and "While" Whyalla (AU).
    const candidates: number[] = [];
    for (const country of new Set(hinted)) {
      const entry = looseIndexOf(country).get(loose);
      if (entry === undefined) continue;
      if (typeof entry === 'number') candidates.push(entry);
      else candidates.push(...entry);
    }
    return { candidates, approximate: true };
  }

  return {
    geocode(name: string, hints: GeocodeHints = {}): Place | null {
      const key = normalizePlaceName(name);
      if (!isLatinKey(key) || NOT_PLACE_NAMES.has(key)) return null;
      const hinted = hints.countryCodes ?? [];
      const found = lookup(key, hinted);
      let candidates = found.candidates;
      if (candidates.length === 0) return null;
      const country = countryOf(name);
      if (country !== undefined) {
        // A country name is never a town that happens to list it as an alternate name; it can only
        // be that country's own capital called by the same name (Luxembourg, Djibouti, Singapore).
        candidates = candidates.filter((c) => {
          const p = index.place(c >> 1);
          return (c & 1) === 1 && p.countryCode === country && p.featureCode === 'PPLC';
        });
      }
      const at = best(index, candidates, hinted);
      if (at < 0) return null;
      const place = index.place(at);
      // Normalising every alternate name is the costly part of an answer, and the same places are found again and again.
      const also = (knownAs[at] ??= alsoKnownAs(place.name, index.alternates(at)));
      // Keys set one by one after the copy: a spread after the first costs several times that.
      const answer: Place = { ...place };
      if (also.length > 0) answer.alsoKnownAs = also;
      if (found.approximate) answer.match = 'approximate';
      return answer;
    },
  };
}

export interface RowIndex {
  places: Place[];
  index: Map<string, Candidates>;
  /** Every place's own name keys (name, ASCII name) as [key, place index] pairs, flat: the only keys ever respelt. */
  primaryKeys: (string | number)[];
  /** Per place, GeoNames' alternate names as listed (kept, not copied: read only for a place found). */
  alternates: (readonly string[])[];
}

export function indexRows(rows: Iterable<GazetteerRow>): RowIndex {
  const places: Place[] = [];
  const index = new Map<string, Candidates>();
  const primaryKeys: (string | number)[] = [];
  const alternates: (readonly string[])[] = [];
  for (const row of rows) {
    const i = places.length;
    places.push(toPlace(row));
    alternates.push(row.alternateNames);
    const nameKey = normalizePlaceName(row.name);
    const asciiKey = row.asciiName === row.name ? nameKey : normalizePlaceName(row.asciiName);
    add(index, nameKey, (i << 1) | 1);
    if (asciiKey !== nameKey) add(index, asciiKey, (i << 1) | 1);
    primaryKeys.push(nameKey, i);
    if (asciiKey !== nameKey) primaryKeys.push(asciiKey, i);
    for (const alt of row.alternateNames) {
      if (alt === row.name || alt === row.asciiName || isNonLatinScript(alt)) continue;
      add(index, normalizePlaceName(alt), i << 1);
    }
  }
  return { places, index, primaryKeys, alternates };
}

// Airport and station codes ("UKK", "KGF") and postal codes GeoNames lists among a town's names.
const CODE = /^[A-Z0-9]{2,4}$|\d/;
// A name as people write it starts with a capital; GeoNames' lower-case romanisations of names in
// other scripts ("a la mu tu", "xal mati") are keys, not names anyone would type or read.
const WRITTEN_NAME = /^\p{Lu}/u;

/**
 * Every Latin-script name of a place other than its own, one per spelling key (so "Ust-Kamenogorsk"
 * and "Ust' Kamenogorsk" are one), codes and lower-case romanisations left out, in GeoNames' order.
 * All of them, not the first few: GeoNames lists a town's former names anywhere among its
 * transliterations ("Frunze" is Bishkek's 26th), and a search by a former name must find it.
 */
export function alsoKnownAs(name: string, alternateNames: readonly string[]): string[] {
  const seen = new Set([normalizePlaceName(name)]);
  const out: string[] = [];
  for (const alt of alternateNames) {
    const trimmed = alt.trim();
    if (trimmed.length < 3 || CODE.test(trimmed) || !WRITTEN_NAME.test(trimmed) || isNonLatinScript(trimmed)) continue;
    const key = normalizePlaceName(trimmed);
    if (!isLatinKey(key) || seen.has(key)) continue;
    seen.add(key);
    out.push(trimmed);
  }
  return out;
}

function add(index: Map<string, Candidates>, key: string, candidate: number): void {
  if (!isLatinKey(key)) return;
  const entry = index.get(key);
  if (entry === undefined) index.set(key, candidate);
  else if (typeof entry === 'number') {
    if (entry >> 1 !== candidate >> 1) index.set(key, [entry, candidate]);
  } else if (!entry.some((c) => c >> 1 === candidate >> 1)) (entry as number[]).push(candidate);
}

// Each country's own name keys, as flat [key, place index] pairs like primaryKeys.
function groupByCountry(primaryKeys: readonly (string | number)[], places: readonly Place[]): Map<string, (string | number)[]> {
  const byCountry = new Map<string, (string | number)[]>();
  for (let k = 0; k < primaryKeys.length; k += 2) {
    const country = places[primaryKeys[k + 1] as number]!.countryCode;
    let keys = byCountry.get(country);
    if (keys === undefined) byCountry.set(country, (keys = []));
    keys.push(primaryKeys[k]!, primaryKeys[k + 1]!);
  }
  return byCountry;
}

function buildLooseIndex(primaryKeys: readonly (string | number)[]): Map<string, Candidates> {
  const loose = new Map<string, Candidates>();
  for (let k = 0; k < primaryKeys.length; k += 2) {
    // Only places' own names are respelt (alternate names are already variants, and folding
    // them all too would take several times longer); a loose match then ranks as an alternate one.
    const looseKey = loosePlaceKey(primaryKeys[k] as string);
    if (looseKey !== null) add(loose, looseKey, (primaryKeys[k + 1] as number) << 1);
  }
  return loose;
}

/** The index of the best place: hinted countries first, in the order given; then the highest rankPlace score; ties → lower id. -1 for none. */
function best(index: PlaceIndex, candidates: readonly number[], hinted: readonly string[]): number {
  let winner: Place | null = null;
  let winnerAt = -1;
  let winnerHint = Infinity;
  let winnerScore = -Infinity;
  for (const c of candidates) {
    const place = index.place(c >> 1);
    const h = hinted.indexOf(place.countryCode);
    const hint = h === -1 ? hinted.length : h;
    const score = rankPlace(place, (c & 1) === 1);
    const better =
      hint < winnerHint ||
      (hint === winnerHint && (score > winnerScore || (score === winnerScore && place.geonameId < winner!.geonameId)));
    if (better) [winner, winnerAt, winnerHint, winnerScore] = [place, c >> 1, hint, score];
  }
  return winnerAt;
}

function toPlace(row: GazetteerRow): Place {
  const { geonameId, name, countryCode, lat, lon, population, featureCode } = row;
  return { geonameId, name, countryCode, lat, lon, population, featureCode };
}
