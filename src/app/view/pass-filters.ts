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
  /** Per event, the bits of the facets (and the search) it passes; null on the fast path (see below). */
  flags: Uint8Array | null;
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
  return { facets, all: 0, flags: null, passing, ...datedDays(ix, passing), byPositions: listed };
}

/**
 * The facets and the search, one pass over all events. An event passes a facet if it has ANY of its
 * chosen options, and the filters if it passes every facet and the search (see `SearchFilter`).
 */
export function passFilters(ix: DatasetIndexes, columns: readonly FacetColumn[], view: ViewState, search: SearchFilter): FilterPass {
  const facets = applyFacets(columns, view);
  const hits = search === null ? null : search.hits;
  const chosen = facets.filter((a) => a.chosen !== null);
  const listed = facets.find((a) => a.column.positions);
  if (hits === null && listed && chosen.every((a) => a === listed)) return passByPositions(ix, facets, listed);
  const TEXT = 1 << facets.length;
  const all = facets.reduce((bits, a) => bits | a.bit, TEXT);
  // A facet with nothing chosen passes every event: its bit is set up front, and only the chosen
  // facets are looked up per event.
  const open = facets.reduce((bits, a) => (a.chosen === null ? bits | a.bit : bits), hits === null ? TEXT : 0);
  const n = ix.events.length;
  const flags = new Uint8Array(n);
  const passing = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    let f = open;
    for (let k = 0; k < chosen.length; k++) if (hasChosen(chosen[k]!, i)) f |= chosen[k]!.bit;
    if (hits !== null && hits[i] === 1) f |= TEXT;
    flags[i] = f;
    if (f === all) passing[count++] = i;
  }
  // A copy, so the full-size buffer is not kept alive by a few passing events.
  const kept = passing.slice(0, count);
  return { facets, all, flags, passing: kept, ...datedDays(ix, kept), byPositions: null };
}

/** The filter inputs of a view: two views with equal ones share a pass. */
export function sameFilters(a: ViewState, b: ViewState): boolean {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return a.role === b.role && a.q === b.q && FACETS.every((f) => same(a[f.field], b[f.field]));
}
