import { SEARCH_SHARD_CHARS, type Organization, type SearchIndex, type SearchShard } from '../../schema/app-files.ts';
import type { AtlasEvent } from '../../schema/dataset.ts';
import { encodePositions } from '../../schema/posting-codec.ts';
import { searchTerms } from '../../schema/search-terms.ts';
import { COUNTRY_TABLE } from '../lexicon/country-table.ts';

/** Every name a country goes by in the lexicon (name, other names, adjectives), so "Kazakh" finds Kazakhstan's events. */
const NAMES_OF = new Map(COUNTRY_TABLE.map(([code, name, aliases, adjectives]) => [code, [name, ...aliases, ...adjectives].join('\n')]));
const countryNames = (code: string) => NAMES_OF.get(code) ?? code;

// Only the names the archive uses: a body's former name may name another town ("OSCE Centre in
// Almaty" became the Centre in Astana), and a search for the town must not find the other one.
const namesOfBody = (b: Organization) => [b.name, ...b.variants];

/**
 * What a search looks in for one event: its title, each venue with the gazetteer's other names for
 * it, the countries taking part or hosting under all their names, its organisers under every
 * spelling of their merged body, the people and quotes, and the release text itself.
 */
export function searchTextOf(e: AtlasEvent, bodies: readonly Organization[]): string {
  const countries = new Set([...e.venues.flatMap((v) => (v.countryCode ? [v.countryCode] : [])), ...e.countries.filter((c) => c.roles.length > 0).map((c) => c.code)]);
  return [
    e.title,
    ...e.venues.flatMap((v) => [v.city, v.name, v.region, ...(v.alsoKnownAs ?? [])]).filter((s) => s !== null),
    ...[...countries].map(countryNames),
    ...bodies.flatMap(namesOfBody),
    // People and quotes come from the text, but a correction by hand may add ones it does not hold.
    ...e.people.map((p) => `${p.name} ${p.role ?? ''}`),
    ...e.quotes.map((q) => `${q.speaker ?? ''} ${q.text}`),
    ...e.source.text.split('\n'),
  ].join('\n');
}

/**
 * The search index of events in summary order (see `SearchIndex`): the vocabulary, and the postings
 * cut into shards of consecutive terms of about `shardChars` characters. `bodiesOf[i]` are event
 * i's merged organisers. A term's positions come out ascending, each once.
 */
export function encodeSearchIndex(
  events: readonly AtlasEvent[],
  bodiesOf: readonly (readonly Organization[])[],
  stamp: { schemaVersion: 2; generatedAt: string },
  shardChars = SEARCH_SHARD_CHARS,
): { index: SearchIndex; shards: SearchShard[] } {
  const positions = new Map<string, number[]>();
  events.forEach((e, i) => {
    for (const term of searchTerms(searchTextOf(e, bodiesOf[i] ?? []))) {
      const list = positions.get(term);
      if (list === undefined) positions.set(term, [i]);
      // Events come in order, so a term already counted for this one ends its list with i.
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  // Code-unit order (not localeCompare): the order the app's binary searches and the schema check assume.
  const terms = [...positions.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const starts: number[] = [];
  const shards: SearchShard[] = [];
  let size = Infinity;
  terms.forEach((term, t) => {
    const postings = encodePositions(positions.get(term)!);
    if (size + postings.length > shardChars) {
      starts.push(t);
      shards.push({ ...stamp, shard: shards.length, postings: [] });
      size = 0;
    }
    shards.at(-1)!.postings.push(postings);
    size += postings.length;
  });
  return { index: { ...stamp, count: events.length, terms, shards: starts }, shards };
}
