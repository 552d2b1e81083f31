// Loaded with the search index, on the first search: MiniSearch's radix tree finds the indexed
// terms a query word matches (itself, its completions, its near spellings), and their postings say
// which events contain them. No ranking: a search is a filter like the others, so the list keeps
// the event order.
import SearchableMap from 'minisearch/SearchableMap';
import type { SearchIndex } from '../../schema/app-files.ts';
import { decodePositions } from '../../schema/posting-codec.ts';
import { endsInWord, MIN_PREFIX, searchTerms, typoAllowance } from '../../schema/search-terms.ts';

/** More words than this in one query are left out (a byte counts the words an event has matched). */
export const MAX_QUERY_WORDS = 32;

export interface SearchResult {
  /** One byte per event position: 1 when the event contains every word of the query. */
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
  /** The events matching a query, or null when it has no words (nothing to filter by). */
  match(query: string): SearchResult | null;
}

export function createSearchMatcher(index: SearchIndex): SearchMatcher {
  const tree = SearchableMap.from<number>(index.terms.map((term, i) => [term, i]));
  // Decoded once per term, on first use: a term typed again as the query grows costs nothing.
  const decoded = new Map<number, Int32Array>();
  const positionsOf = (term: number): Int32Array => {
    let list = decoded.get(term);
    if (list === undefined) decoded.set(term, (list = decodePositions(index.postings[term]!, index.count)));
    return list;
  };

  /**
   * The terms a query word matches: itself and, while it is being typed, its completions. Only a
   * word that matches none is read with its typo allowance: "kazakstan" finds Kazakhstan, but
   * "Minsk", which is written in the releases, does not also find Pinsk.
   */
  function termsFor(word: string, typing: boolean): { terms: Set<number>; readAs: string[] } {
    const terms = new Set<number>();
    const exact = tree.get(word);
    if (exact !== undefined) terms.add(exact);
    if (typing && word.length >= MIN_PREFIX) for (const [, i] of tree.atPrefix(word)) terms.add(i);
    const allowance = typoAllowance(word);
    if (terms.size > 0 || allowance === 0) return { terms, readAs: [] };
    const fuzzy = tree.fuzzyGet(word, allowance);
    for (const [, [i]] of fuzzy) terms.add(i);
    return { terms, readAs: [...fuzzy.keys()].sort() };
  }

  return {
    match(query) {
      const words = [...new Set(searchTerms(query))].slice(0, MAX_QUERY_WORDS);
      if (words.length === 0) return null;
      const typingLast = endsInWord(query);
      const all = searchTerms(query);
      const last = all.at(-1);
      // Per event, how many words it has matched so far: a word counts only for events that matched all before it.
      const seen = new Uint8Array(index.count);
      const readAs: { word: string; as: string[] }[] = [];
      words.forEach((word, k) => {
        const found = termsFor(word, typingLast && word === last);
        if (found.readAs.length > 0) readAs.push({ word, as: found.readAs });
        for (const term of found.terms) {
          const list = positionsOf(term);
          for (let j = 0; j < list.length; j++) if (seen[list[j]!] === k) seen[list[j]!] = k + 1;
        }
      });
      const full = words.length;
      let count = 0;
      for (let i = 0; i < seen.length; i++) {
        const hit = seen[i] === full ? 1 : 0;
        seen[i] = hit;
        count += hit;
      }
      return { hits: seen, count, readAs };
    },
  };
}
