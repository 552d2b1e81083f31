// Loaded with the search index, on the first search: MiniSearch's radix tree finds the indexed
// terms a query word matches (itself, its completions, its near spellings); the shards holding
// their postings are fetched as needed, and the postings say which events contain them. No
// ranking: a search is a filter like the others, so the list keeps the event order.
import SearchableMap from 'minisearch/SearchableMap';
import type { SearchIndex, SearchShard } from '../../schema/app-files.ts';
import { decodePositions } from '../../schema/posting-codec.ts';
import { endsInWord, MIN_PREFIX, searchTerms, typoAllowance } from '../../schema/search-terms.ts';
import { lowerBound } from '../helpers/lower-bound.ts';

/** More words than this in one query are left out (a byte counts the words an event has matched). */
export const MAX_QUERY_WORDS = 32;

export interface SearchResult {
  /** The query this answers. */
  query: string;
  /**
   * One byte per event position: 1 when the event contains every word of the query. Read only:
   * an answer whose words match the same terms as the last one's shares its array.
   */
  hits: Uint8Array;
  /** How many events that is. */
  count: number;
  /**
   * Per query word found only with its typo allowance, the indexed words it was read as
   * ("kazakstan" → kazakhstan): shown, so nobody wonders why an event matched.
   */
  readAs: readonly { word: string; as: readonly string[] }[];
}

export interface SearchMatcher {
  /** The shards a query needs whose postings are not added yet (none for a query with no words). */
  missingShards(query: string): number[];
  /** A shard's postings, once fetched. */
  addShard(shard: SearchShard): void;
  /** The events matching a query, or null when it has no words; throws when a shard it needs is missing. */
  match(query: string): SearchResult | null;
}

interface WordTerms {
  terms: readonly number[];
  readAs: readonly string[];
}

export function createSearchMatcher(index: SearchIndex): SearchMatcher {
  const tree = SearchableMap.from<number>(index.terms.map((term, i) => [term, i]));
  const shards = new Map<number, readonly string[]>();
  // Decoded once per term, on first use: a term typed again as the query grows costs nothing.
  const decoded = new Map<number, Int32Array>();
  const byWord = new Map<string, WordTerms>();
  // The terms each word of the last query matched, and its events: a letter more often matches
  // the same terms ("kaz", "kaza"; "kazaks" … "kazakstan"), and then the same events.
  let last: { terms: string; hits: Uint8Array; count: number } | null = null;

  /** The shard holding term t: the last whose first term is at or before it. */
  const shardOf = (t: number) => lowerBound(index.shards, index.shards.length, t + 1) - 1;
  const positionsOf = (t: number): Int32Array => {
    let list = decoded.get(t);
    if (list === undefined) {
      const k = shardOf(t);
      const postings = shards.get(k);
      if (postings === undefined) throw new Error(`search shard ${k} is not loaded`);
      decoded.set(t, (list = decodePositions(postings[t - index.shards[k]!]!, index.count)));
    }
    return list;
  };

  /**
   * The terms a query word matches: itself and, while it is being typed, its completions. Only a
   * word that matches none is read with its typo allowance: "kazakstan" finds Kazakhstan, but
   * "Minsk", which is written in the releases, does not also find Pinsk.
   */
  function termsFor(word: string, typing: boolean, fuzzy = true): WordTerms {
    const key = `${typing ? '+' : '='}${fuzzy ? '~' : ''}${word}`;
    const known = byWord.get(key);
    if (known) return known;
    const terms = new Set<number>();
    const exact = tree.get(word);
    if (exact !== undefined) terms.add(exact);
    if (typing && word.length >= MIN_PREFIX) for (const [, i] of tree.atPrefix(word)) terms.add(i);
    const allowance = fuzzy ? typoAllowance(word) : 0;
    let readAs: string[] = [];
    if (terms.size === 0 && allowance > 0) {
      const fuzzy = tree.fuzzyGet(word, allowance);
      for (const [, [i]] of fuzzy) terms.add(i);
      readAs = [...fuzzy.keys()].sort();
    }
    const found = { terms: [...terms], readAs };
    byWord.set(key, found);
    return found;
  }

  /**
   * Each distinct word of a query (at most MAX_QUERY_WORDS) with the terms it matches, and those
   * its neighbours and it match written as one: "Kara-Kol" (kara, kol) also matches "karakol", so
   * an event at Karakol has both words.
   */
  function read(query: string): { word: string; found: WordTerms }[] {
    const all = searchTerms(query).slice(0, MAX_QUERY_WORDS);
    const typing = endsInWord(query);
    const joined = all.map((word, k) => (k + 1 < all.length ? termsFor(word + all[k + 1]!, typing && k + 2 === all.length, false).terms : []));
    const words = new Map<string, WordTerms>();
    all.forEach((word, k) => {
      const own = termsFor(word, typing && k + 1 === all.length);
      const extra = [...(joined[k - 1] ?? []), ...joined[k]!];
      const before = words.get(word);
      const terms = new Set([...(before?.terms ?? []), ...own.terms, ...extra]);
      words.set(word, { terms: [...terms], readAs: before?.readAs ?? own.readAs });
    });
    return [...words].map(([word, found]) => ({ word, found }));
  }

  return {
    missingShards(query) {
      const needed = new Set<number>();
      for (const { found } of read(query)) for (const t of found.terms) if (!decoded.has(t)) needed.add(shardOf(t));
      return [...needed].filter((k) => !shards.has(k)).sort((a, b) => a - b);
    },
    addShard(shard) {
      const first = index.shards[shard.shard];
      const end = index.shards[shard.shard + 1] ?? index.terms.length;
      if (first === undefined || shard.postings.length !== end - first) throw new Error(`search shard ${shard.shard} holds ${shard.postings.length} terms, expected ${first === undefined ? 'no such shard' : end - first}`);
      shards.set(shard.shard, shard.postings);
    },
    match(query) {
      const words = read(query);
      if (words.length === 0) return null;
      const readAs: { word: string; as: readonly string[] }[] = [];
      for (const { word, found } of words) if (found.readAs.length > 0) readAs.push({ word, as: found.readAs });
      const terms = words.map(({ found }) => found.terms.join(',')).join(' ');
      if (last?.terms === terms) return { query, hits: last.hits, count: last.count, readAs };
      // Per event, how many words it has matched so far: a word counts only for events that matched all before it.
      const seen = new Uint8Array(index.count);
      words.forEach(({ found }, k) => {
        for (const t of found.terms) {
          const list = positionsOf(t);
          for (let j = 0; j < list.length; j++) if (seen[list[j]!] === k) seen[list[j]!] = k + 1;
        }
      });
      let count = 0;
      for (let i = 0; i < seen.length; i++) {
        const hit = seen[i] === words.length ? 1 : 0;
        seen[i] = hit;
        count += hit;
      }
      last = { terms, hits: seen, count };
      return { query, hits: seen, count, readAs };
    },
  };
}

/** A matcher with every shard added: for the command line and tests, which hold all the files. */
export function createLoadedSearchMatcher(index: SearchIndex, shards: readonly SearchShard[]): SearchMatcher {
  const matcher = createSearchMatcher(index);
  for (const shard of shards) matcher.addShard(shard);
  return matcher;
}
