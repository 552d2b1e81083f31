import { DATE_KIND, type DatasetIndexes } from '../dataset/build-indexes.ts';
import type { SearchResult } from '../dataset/search-matcher.ts';
import { applyFacets, FACETS, hasChosen, type AppliedFacet, type FacetColumn } from './facets.ts';
import type { ViewState } from './view-state.ts';

/**
 * The search's part in a pass: the matcher's result for the view's query, or null when there is
 * nothing to search by (no words, or the index still loading: the app then says it is searching).
 */
export type SearchFilter = SearchResult | null;

/** Which events pass the filters other than the time window. */
export interface FilterPass {
  facets: readonly AppliedFacet[];
  /** Bits of every facet plus the search: what an event passing everything has in `flags`. */
  all: number;
  /**
   * Per event, the bits of the facets (and the search) it passes; null on the fast path (see below).
   * With a search, only the events it found (`found`) have flags: the others stay 0, as nothing they
   * could pass makes them selected or counted.
   */
  flags: Uint8Array | null;
  /**
   * With a search, the events it found, ascending: the only ones that can pass or count for an
   * option (the search is no facet, so no count leaves it out). Null without a search.
   */
  found: Int32Array | null;
  /** Positions of the events passing every filter, ascending (so in event order). */
  passing: Int32Array;
  /** The timeline days of the dated ones among them and their DATE_KINDs (the timeline highlights these). */
  filteredDays: Int32Array;
  filteredKinds: Uint8Array;
  /** How many of them have no date at all (counted beside the timeline). */
  undated: number;
  /** The one chosen facet with position lists (or none chosen), no search: counts can use the lists. */
  byPositions: AppliedFacet | null;
}

/**
 * The timeline days and kinds of the dated events among `passing`, and the number of undated ones.
 * Typed arrays and an index loop: the events of a country are thousands, and a for-of or a
 * growing array allocated more than the rest of a filter change together.
 */
function datedDays(ix: DatasetIndexes, passing: Int32Array): Pick<FilterPass, 'filteredDays' | 'filteredKinds' | 'undated'> {
  const days = new Int32Array(passing.length);
  const kinds = new Uint8Array(passing.length);
  let n = 0;
  for (let k = 0; k < passing.length; k++) {
    const i = passing[k]!;
    const kind = ix.dateKinds[i]!;
    if (kind === DATE_KIND.undated) continue;
    days[n] = ix.timelineDays[i]!;
    kinds[n++] = kind;
  }
  return { filteredDays: days.subarray(0, n), filteredKinds: kinds.subarray(0, n), undated: passing.length - n };
}

/** Positions present in any of the sorted lists, ascending. */
function union(lists: readonly Int32Array[]): Int32Array {
  if (lists.length === 1) return lists[0]!;
  const all = new Int32Array(lists.reduce((n, l) => n + l.length, 0));
  let at = 0;
  for (const list of lists) all.set(list, (at += list.length) - list.length);
  all.sort();
  return all.filter((x, k) => k === 0 || x !== all[k - 1]);
}

/** Only one facet with position lists is chosen: the passing events are its chosen options' lists. */
function passByPositions(ix: DatasetIndexes, facets: readonly AppliedFacet[], listed: AppliedFacet): FilterPass {
  const lists = listed.column.positions!(listed.want) ?? [];
  const passing = listed.chosen === null ? Int32Array.from(ix.events, (_, i) => i) : union(lists.filter((_, o) => listed.chosen![o]));
  return { facets, all: 0, flags: null, found: null, passing, ...datedDays(ix, passing), byPositions: listed };
}

/** The positions a search answer holds (one byte an event, `count` of them 1), ascending. */
function foundPositions(search: NonNullable<SearchFilter>): Int32Array {
  const { hits, count } = search;
  const found = new Int32Array(count);
  let n = 0;
  for (let i = 0; i < hits.length && n < count; i++) if (hits[i] === 1) found[n++] = i;
  return found;
}

/**
 * The facets and the search, one pass over all events. An event passes a facet if it has ANY of its
 * chosen options, and the filters if it passes every facet and the search (see `SearchFilter`).
 */
export function passFilters(ix: DatasetIndexes, columns: readonly FacetColumn[], view: ViewState, search: SearchFilter): FilterPass {
  const facets = applyFacets(columns, view);
  const chosen = facets.filter((a) => a.chosen !== null);
  const listed = facets.find((a) => a.column.positions);
  if (search === null && listed && chosen.every((a) => a === listed)) return passByPositions(ix, facets, listed);
  const TEXT = 1 << facets.length;
  const all = facets.reduce((bits, a) => bits | a.bit, TEXT);
  // A facet with nothing chosen passes every event: its bit is set up front, and only the chosen
  // facets are looked up per event.
  const open = facets.reduce((bits, a) => (a.chosen === null ? bits | a.bit : bits), search === null ? TEXT : 0);
  const n = ix.events.length;
  const flags = new Uint8Array(n);
  // A search usually finds a few thousand events of 100,000: only those are looked at (a keystroke
  // then costs what it found, not the whole dataset).
  const found = search === null ? null : foundPositions(search);
  const visited = found ? found.length : n;
  const passing = new Int32Array(visited);
  let count = 0;
  for (let v = 0; v < visited; v++) {
    const i = found ? found[v]! : v;
    let f = found ? open | TEXT : open;
    for (let k = 0; k < chosen.length; k++) if (hasChosen(chosen[k]!, i)) f |= chosen[k]!.bit;
    flags[i] = f;
    if (f === all) passing[count++] = i;
  }
  // A copy, so the full-size buffer is not kept alive by a few passing events.
  const kept = passing.slice(0, count);
  return { facets, all, flags, found, passing: kept, ...datedDays(ix, kept), byPositions: null };
}

/**
 * The filter inputs of a view besides the search: two views with equal ones and the same search
 * answer share a pass. The query typed (`q`) is not one: the pass reads the answer, and the answer
 * shown may be a previous query's while the new one's loads.
 */
export function sameFilters(a: ViewState, b: ViewState): boolean {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return a.role === b.role && FACETS.every((f) => same(a[f.field], b[f.field]));
}
