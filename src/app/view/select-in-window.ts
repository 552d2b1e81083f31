import { toDay } from '../components/days.ts';
import type { DatasetIndexes } from '../dataset/build-indexes.ts';
import { countOptions, type AppliedFacet } from './facets.ts';
import { lowerBound } from './lower-bound.ts';
import type { FilterPass } from './pass-filters.ts';
import type { ViewState } from './view-state.ts';

/** The events a time window can hold: positions [lo, hi), of which those ending before `from` are out. */
export interface WindowBounds {
  windowed: boolean;
  from: number;
  lo: number;
  hi: number;
}

/**
 * An undated event cannot be placed in a window; a dated one overlaps it if it starts by `to` and
 * ends on or after `from` (so it started at most maxSpan days before `from`).
 */
export function windowBounds(ix: DatasetIndexes, view: Pick<ViewState, 'from' | 'to'>): WindowBounds {
  const windowed = view.from !== null || view.to !== null;
  if (!windowed) return { windowed, from: -Infinity, lo: 0, hi: ix.events.length };
  const from = view.from ? toDay(view.from) : -Infinity;
  const to = view.to ? toDay(view.to) : Infinity;
  return { windowed, from, lo: lowerBound(ix.startDays, ix.datedCount, from - ix.maxSpan), hi: lowerBound(ix.startDays, ix.datedCount, to + 1) };
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
    if (w.windowed && ix.endDays[i]! < w.from) continue;
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
  const chosen = new Int32Array(Math.max(0, w.hi - w.lo));
  let n = 0;
  for (let i = w.lo; i < w.hi; i++) {
    if (w.windowed && ix.endDays[i]! < w.from) continue;
    const f = flags[i]!;
    for (let k = 0; k < facets.length; k++) if ((f | facets[k]!.bit) === all) countOptions(facets[k]!, i, optionCounts[k]!);
    if (f === all) chosen[n++] = i;
  }
  return { chosen: chosen.subarray(0, n), optionCounts };
}

/** The filter pass narrowed to a time window. Cost: only the events the window can hold. */
export function selectInWindow(ix: DatasetIndexes, pass: FilterPass, w: WindowBounds): WindowCounts {
  return pass.byPositions ? selectByPositions(ix, pass, w) : selectByFlags(ix, pass, w);
}
