import { SEARCH_SHARD_CHARS, type Body, type SearchIndex, type SearchShard } from '../../schema/app-files.ts';
import type { AtlasEvent } from '../../schema/dataset.ts';
import { decodePositions, encodePositions } from '../../schema/posting-codec.ts';
import { distinctSearchTerms, joinedTerm, searchTerms } from '../../schema/search-terms.ts';
import { COUNTRY_TABLE } from '../lexicon/country-table.ts';

/** Every name a country goes by in the lexicon (name, other names, adjectives), so "Kazakh" finds Kazakhstan's events. */
const NAMES_OF = new Map(COUNTRY_TABLE.map(([code, name, aliases, adjectives]) => [code, [name, ...aliases, ...adjectives].join('\n')]));
const countryNames = (code: string) => NAMES_OF.get(code) ?? code;

// Only the names the archive uses: a body's former name may name another town ("OSCE Centre in
// Almaty" became the Centre in Astana), and a search for the town must not find the other one.
const namesOfBody = (b: Body) => [b.name, ...b.variants];

/**
 * What a search looks in for one event: its title, each venue with every other name the gazetteer
 * gives it (each name of several words also written as one: "Kara-Kol" is found as "Karakol"), the countries taking part or hosting under all their names, its organisers under every
 * spelling of their merged body, the people and quotes, and the release text itself.
 */
export function searchTextOf(e: AtlasEvent, bodies: readonly Body[]): string {
  const countries = new Set([...e.venues.flatMap((v) => (v.countryCode ? [v.countryCode] : [])), ...e.countries.filter((c) => c.roles.length > 0).map((c) => c.code)]);
  return [
    e.title,
    ...e.venues.flatMap((v) => [v.city, v.name, v.region, ...(v.alsoKnownAs ?? [])]).flatMap(bothWays),
    ...[...countries].map(countryNames),
    ...bodies.flatMap(namesOfBody),
    // People and quotes come from the text, but a correction by hand may add ones it does not hold.
    ...e.people.map((p) => `${p.name} ${p.role ?? ''}`),
    ...e.quotes.map((q) => `${q.speaker ?? ''} ${q.text}`),
    e.source.text,
  ].join('\n');
}

/** A place's name, and its words written as one when it has several. */
function bothWays(name: string | null): string[] {
  const joined = name === null ? null : joinedTerm(name);
  return name === null ? [] : joined === null ? [name] : [name, joined];
}

/** A term's events as their encoded positions (posting-codec), by term, in no order. */
export type Postings = Map<string, string>;

/**
 * An event's own words: everything `searchTextOf` reads but its organisers' merged names, which
 * depend on the whole archive. Each once, where it first occurs: the postings count an event once
 * per term whatever its repeats, and a worker sends these to the main thread, which keeps them
 * until the index is written (every repeat of 10,000 releases' words was a string to copy and hold).
 */
export function ownTerms(e: AtlasEvent): string[] {
  return distinctSearchTerms(searchTextOf(e, []));
}

/** Adds event `i`'s terms to `positions`; events come in ascending order, so a term already counted for i ends its list with i. */
export function addTerms(positions: Map<string, number[]>, terms: readonly string[], i: number): void {
  for (const term of terms) {
    const list = positions.get(term);
    if (list === undefined) positions.set(term, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  }
}

/** The own words of events in summary order, as postings (see `ownTerms`). */
export function ownPostings(events: readonly AtlasEvent[]): Postings {
  return postingsOfTerms(events.map((e) => () => ownTerms(e)));
}

/** ownPostings from each event's own terms, some of them made earlier (in a worker thread, beside the extraction). */
export function postingsOfTerms(termsOf: readonly (() => readonly string[])[]): Postings {
  const positions = new Map<string, number[]>();
  termsOf.forEach((terms, i) => addTerms(positions, terms(), i));
  return new Map([...positions].map(([term, list]) => [term, encodePositions(list)]));
}

/** The search index as written: the vocabulary, and its postings in shards (see `SearchIndex`). */
export interface SearchFiles {
  index: SearchIndex;
  shards: SearchShard[];
}

/**
 * The search index of `count` events in summary order from their own words' postings and their
 * merged organisers (`bodiesOf[i]` are event i's): a term's positions are ascending, each once,
 * so the index is the one `searchTextOf` gives whether the own words were read now or kept from
 * an earlier build. The postings are cut into shards of consecutive terms of about `shardChars`
 * characters (a term with more has a shard of its own).
 */
export function searchIndexOf(
  own: ReadonlyMap<string, string>,
  bodiesOf: readonly (readonly Body[])[],
  count: number,
  stamp: { schemaVersion: 2; generatedAt: string },
  shardChars = SEARCH_SHARD_CHARS,
): SearchFiles {
  const named = new Map<string, number[]>();
  const termsOfBody = new Map<string, string[]>();
  bodiesOf.forEach((bodies, i) => {
    for (const b of bodies) {
      let terms = termsOfBody.get(b.id);
      if (terms === undefined) termsOfBody.set(b.id, (terms = searchTerms(namesOfBody(b).join('\n'))));
      addTerms(named, terms, i);
    }
  });
  // Code-unit order (not localeCompare): the order the app's binary searches and the schema check assume.
  const terms = [...new Set([...own.keys(), ...named.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const starts: number[] = [];
  const shards: SearchShard[] = [];
  let size = Infinity;
  terms.forEach((term, t) => {
    const byName = named.get(term);
    const mine = own.get(term);
    const postings = byName === undefined ? mine! : encodePositions(mine === undefined ? byName : mergeAscending(decodePositions(mine, count), byName));
    if (size + postings.length > shardChars) {
      starts.push(t);
      shards.push({ ...stamp, shard: shards.length, postings: [] });
      size = 0;
    }
    shards.at(-1)!.postings.push(postings);
    size += postings.length;
  });
  return { index: { ...stamp, count, terms, shards: starts }, shards };
}

/** Two ascending lists → one, each position once. */
export function mergeAscending(a: ArrayLike<number>, b: ArrayLike<number>): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (out.length === 0 || out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

/**
 * The search index of events in summary order (see `SearchIndex`). `bodiesOf[i]` are event i's
 * merged organisers. A term's positions come out ascending, each once.
 */
export function encodeSearchIndex(events: readonly AtlasEvent[], bodiesOf: readonly (readonly Body[])[], stamp: { schemaVersion: 2; generatedAt: string }, shardChars = SEARCH_SHARD_CHARS): SearchFiles {
  return searchIndexOf(ownPostings(events), bodiesOf.slice(0, events.length), events.length, stamp, shardChars);
}
