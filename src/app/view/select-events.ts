import type { EventSummary } from '../../schema/app-files.ts';
import type { DatasetIndexes } from '../dataset/build-indexes.ts';
import { facetColumns, type FacetColumn, type FacetField } from './facets.ts';
import { groupByPlace } from './group-by-place.ts';
import { passFilters, sameFilters, type FilterPass, type SearchFilter } from './pass-filters.ts';
import { selectInWindow, undatedPassing, windowBounds } from './select-in-window.ts';
import type { CountryVenueGroup, VenueGroup } from './venue-group.ts';
import type { ViewState } from './view-state.ts';

export interface Selection {
  /** Events passing every filter and the time window, in event order (by date). */
  events: readonly EventSummary[];
  /** The same events grouped by place, in order of their first event (an event held in three towns is in three groups). */
  venues: readonly VenueGroup[];
  /** Venues known only by their country (the map draws them at the country, marked as such). */
  countryVenues: readonly CountryVenueGroup[];
  /** Selected events with no place the map can draw, in event order ("Not on the map"). */
  unplaced: readonly EventSummary[];
  /** Timeline days of the dated events passing every filter, ignoring the window, and their DATE_KINDs (the timeline highlights these). */
  filteredDays: ArrayLike<number>;
  filteredKinds: ArrayLike<number>;
  /** Undated events passing every filter (counted beside the timeline; the undated choice says if they are selected). */
  undated: number;
  /**
   * With a dated window and the undated choice "keep", the undated events passing every filter:
   * listed apart, never counted in `events` (nor on the map): a window cannot hold them.
   */
  undatedApart: readonly EventSummary[];
  /** ISO2 → selected events the country takes part in (any role), for map shading. */
  countryCounts: ReadonlyMap<string, number>;
  /** Per facet, option key → events it would select, counted over the window and the *other* filters. */
  optionCounts: Readonly<Record<FacetField, ReadonlyMap<string, number>>>;
  total: number;
}

const NONE: readonly EventSummary[] = [];

/** The facet pass narrowed to the view's window, grouped by place. */
function fromPass(ix: DatasetIndexes, pass: FilterPass, view: ViewState): Selection {
  const bounds = windowBounds(ix, view);
  const { chosen, optionCounts } = selectInWindow(ix, pass, bounds);
  const apart = bounds.windowed && view.undated === 'include' ? undatedPassing(ix, pass) : null;
  // One empty list for every view without any, so a memoised list is not redrawn for a new [].
  const undatedApart = apart && apart.length > 0 ? Array.from(apart, (i) => ix.eventAt[i]!) : NONE;
  const { events, venues, countryVenues, unplaced, countryCounts } = groupByPlace(ix, chosen);
  const counts = {} as Record<FacetField, Map<string, number>>;
  pass.facets.forEach(({ column }, f) => {
    const map = new Map<string, number>();
    optionCounts[f]!.forEach((n, o) => n > 0 && map.set(column.options[o]!.key, n));
    counts[column.facet.field] = map;
  });
  return { events, undatedApart, venues, countryVenues, unplaced, filteredDays: pass.filteredDays, filteredKinds: pass.filteredKinds, undated: pass.undated, countryCounts, optionCounts: counts, total: ix.events.length };
}

/**
 * Dataset + view → what to show, in three named passes: the facets and search (`passFilters`),
 * the time window (`selectInWindow`), the places (`groupByPlace`). Pure. `search` is the search
 * index's answer for `view.q` (see `SearchFilter`).
 */
export function selectEvents(ix: DatasetIndexes, view: ViewState, search: SearchFilter = null): Selection {
  return fromPass(ix, passFilters(ix, facetColumns(ix), view, search), view);
}

export interface EventSelector {
  /** Every facet's column for this dataset: its options with their totals (the filter lists). */
  facets: readonly FacetColumn[];
  select(view: ViewState, search: SearchFilter): Selection;
}

/**
 * `selectEvents` for one dataset: the facets' columns read once, and the last filter pass kept
 * while only the window moves, so scrubbing and playing cost only the events in the window. The
 * cache is this object's, made by whoever holds the dataset (the app, once per load).
 *
 * The pass is kept by the events the search's answer holds, not by the query typed: while a new
 * query's answer is on its way the previous answer stays shown (useSearch), and that is the same
 * pass; and a letter more often finds the same events ("kazak", "kazaks", … "kazakstan"). A view
 * whose pass and window are the same as the last one's gets the same Selection object back, so
 * such a keystroke does not select, group and draw the same events again, and nothing memoised
 * on the selection is redrawn.
 */
export function createEventSelector(ix: DatasetIndexes): EventSelector {
  const facets = facetColumns(ix);
  let last: { view: ViewState; search: SearchFilter; pass: FilterPass } | null = null;
  let shown: { pass: FilterPass; view: ViewState; selection: Selection } | null = null;
  return {
    facets,
    select(view, search) {
      if (last && sameFilters(last.view, view) && sameEvents(last.search, search)) last.search = search;
      else last = { view, search, pass: passFilters(ix, facets, view, search) };
      if (shown?.pass === last.pass && sameWindow(shown.view, view)) return shown.selection;
      shown = { pass: last.pass, view, selection: fromPass(ix, last.pass, view) };
      return shown.selection;
    },
  };
}

/** Whether two search answers (or none) hold the same events: all a pass reads of them. */
function sameEvents(a: SearchFilter, b: SearchFilter): boolean {
  if (a === b) return true;
  if (a === null || b === null || a.count !== b.count || a.hits.length !== b.hits.length) return false;
  if (a.hits === b.hits) return true;
  const [x, y] = [a.hits, b.hits];
  // Four bytes at a time where both start on a word (a fresh answer's bytes do): 100,000 events in 25,000 steps.
  let i = 0;
  if (x.byteOffset % 4 === 0 && y.byteOffset % 4 === 0) {
    const words = x.length >> 2;
    const [wx, wy] = [new Int32Array(x.buffer, x.byteOffset, words), new Int32Array(y.buffer, y.byteOffset, words)];
    for (let w = 0; w < words; w++) if (wx[w] !== wy[w]) return false;
    i = words << 2;
  }
  for (; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** The view's parts `fromPass` reads besides the pass: two views with equal ones select the same. */
function sameWindow(a: ViewState, b: ViewState): boolean {
  return a.from === b.from && a.to === b.to && a.undated === b.undated;
}
