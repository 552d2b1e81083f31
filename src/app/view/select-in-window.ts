import { toDay } from '../helpers/days.ts';
import { DATE_KIND, type DatasetIndexes } from '../dataset/build-indexes.ts';
import { countOptions, type AppliedFacet } from './facets.ts';
import { lowerBound } from '../helpers/lower-bound.ts';
import type { FilterPass } from './pass-filters.ts';
import type { ViewState } from './view-state.ts';

/** The events a time window can hold: positions [lo, hi), of which those ending before `from` are out. */
export interface WindowBounds {
  windowed: boolean;
  /**
   * Whether undated events are selected: only with no window, as the undated choice says. A dated
   * window never holds one (it would count events that do not match it: "5 of 100" where 4 do);
   * the choice then lists them apart (`undatedPassing`).
   */
  undated: boolean;
  from: number;
  lo: number;
  hi: number;
}

/**
 * An undated event cannot be placed in a window; a dated one overlaps it if it starts by `to` and
 * ends on or after `from` (so it started at most maxSpan days before `from`).
 */
export function windowBounds(ix: DatasetIndexes, view: Pick<ViewState, 'from' | 'to' | 'undated'>): WindowBounds {
  const windowed = view.from !== null || view.to !== null;
  const undated = view.undated === 'include' && !windowed;
  if (!windowed) return { windowed, undated, from: -Infinity, lo: 0, hi: ix.events.length };
  const from = view.from ? toDay(view.from) : -Infinity;
  const to = view.to ? toDay(view.to) : Infinity;
  return { windowed, undated, from, lo: lowerBound(ix.startDays, ix.datedCount, from - ix.maxSpan), hi: lowerBound(ix.startDays, ix.datedCount, to + 1) };
}

/** The undated events passing every filter (the window aside), ascending: listed apart from a dated window. */
export function undatedPassing(ix: DatasetIndexes, pass: FilterPass): Int32Array {
  const { undatedPositions: undated } = ix;
  const { flags, all, passing } = pass;
  // Undated events filed by their publication day lie among the dated ones: each is looked up.
  return flags ? undated.filter((i) => flags[i] === all) : undated.filter((i) => passing[lowerBound(passing, passing.length, i)] === i);
}

/** The events passing every filter and the window, and per facet its options' counts in the window. */
export interface WindowCounts {
  /** Positions of the selected events, ascending. */
  chosen: Int32Array;
  /** Per facet (in FACETS order), per option: the events in the window passing every OTHER filter. */
  optionCounts: Int32Array[];
}

/**
 * One facet's option counts from its position lists: per option, the events in the window (two
 * binary searches), less those starting before the window that also end before it.
 */
function countByPositions(ix: DatasetIndexes, a: AppliedFacet, w: WindowBounds, counts: Int32Array): void {
  const lists = a.column.positions!(a.want) ?? [];
  const startOfFrom = w.windowed ? lowerBound(ix.startDays, ix.datedCount, w.from, w.lo) : w.lo;
  lists.forEach((list, o) => {
    const first = lowerBound(list, list.length, w.lo);
    let count = lowerBound(list, list.length, w.hi, first) - first;
    for (let k = first; k < list.length && list[k]! < startOfFrom; k++) if (ix.endDays[list[k]!]! < w.from) count--;
    counts[o] = count;
  });
  // Undated events were counted by the day they are filed under (their publication): each counts
  // as the undated choice says instead.
  const { undatedPositions: undated } = ix;
  for (let k = 0; k < undated.length; k++) {
    const i = undated[k]!;
    const counted = i >= w.lo && i < w.hi && !(i < startOfFrom && ix.endDays[i]! < w.from) ? 1 : 0;
    const delta = (w.undated ? 1 : 0) - counted;
    if (delta !== 0) addOptions(a, i, counts, delta);
  }
}

/** Adds `delta` to the counts of the facet's options event i has (with the wanted bits). */
function addOptions(a: AppliedFacet, i: number, counts: Int32Array, delta: number): void {
  const { start, items } = a.rows;
  const bits = a.itemBits;
  for (let k = start[i]!, end = start[i + 1]!; k < end; k++) if (bits === null || bits[k]! & a.want) counts[items[k]!]! += delta;
}

/**
 * Whether event i is in the window: an undated event only when there is no window and the undated
 * choice includes it.
 */
function inWindow(ix: DatasetIndexes, w: WindowBounds, i: number): boolean {
  if (ix.dateKinds[i] === DATE_KIND.undated) return w.undated && !w.windowed;
  return !w.windowed || ix.endDays[i]! >= w.from;
}

/**
 * Fast path (one facet with position lists chosen, or none; no search): only the passing events
 * are visited, and that facet counts its options from its lists. Every other facet counts the
 * passing events in the window, which pass every filter but its own since it has none chosen.
 */
function selectByPositions(ix: DatasetIndexes, pass: FilterPass, w: WindowBounds): WindowCounts {
  const optionCounts = pass.facets.map((a) => new Int32Array(a.size));
  const { passing } = pass;
  const first = lowerBound(passing, passing.length, w.lo);
  const end = lowerBound(passing, passing.length, w.hi);
  const chosen = new Int32Array(end - first);
  let n = 0;
  const counted = pass.facets.filter((a) => a !== pass.byPositions);
  const countsOf = counted.map((a) => optionCounts[pass.facets.indexOf(a)]!);
  for (let p = first; p < end; p++) {
    const i = passing[p]!;
    if (!inWindow(ix, w, i)) continue;
    for (let f = 0; f < counted.length; f++) countOptions(counted[f]!, i, countsOf[f]!);
    chosen[n++] = i;
  }
  countByPositions(ix, pass.byPositions!, w, optionCounts[pass.facets.indexOf(pass.byPositions!)]!);
  return { chosen: chosen.subarray(0, n), optionCounts };
}

/**
 * Every event in the window: it is selected if its flags say it passes everything, and each
 * facet's options are counted with every check but its own, so a count says what choosing that
 * option would add.
 */
function selectByFlags(ix: DatasetIndexes, pass: FilterPass, w: WindowBounds): WindowCounts {
  const { facets, all } = pass;
  const flags = pass.flags!;
  const optionCounts = facets.map((a) => new Int32Array(a.size));
  const chosen = new Int32Array(Math.max(0, pass.found ? Math.min(pass.found.length, w.hi - w.lo) : w.hi - w.lo));
  let n = 0;
  const visit = (i: number) => {
    const f = flags[i]!;
    for (let k = 0; k < facets.length; k++) if ((f | facets[k]!.bit) === all) countOptions(facets[k]!, i, optionCounts[k]!);
    return f === all;
  };
  const { found } = pass;
  if (found) {
    // With a search only the events it found can be chosen or counted (see FilterPass.found).
    for (let k = lowerBound(found, found.length, w.lo), end = lowerBound(found, found.length, w.hi, k); k < end; k++) {
      const i = found[k]!;
      if (inWindow(ix, w, i) && visit(i)) chosen[n++] = i;
    }
  } else for (let i = w.lo; i < w.hi; i++) if (inWindow(ix, w, i) && visit(i)) chosen[n++] = i;
  return { chosen: chosen.subarray(0, n), optionCounts };
}

/** The filter pass narrowed to a time window. Cost: only the events the window can hold. */
export function selectInWindow(ix: DatasetIndexes, pass: FilterPass, w: WindowBounds): WindowCounts {
  return pass.byPositions ? selectByPositions(ix, pass, w) : selectByFlags(ix, pass, w);
}
