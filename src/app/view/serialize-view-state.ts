import { FACETS, type Facet } from './facets.ts';
import type { MapView, ViewState } from './view-state.ts';

const enc = (s: string) => encodeURIComponent(s);

/** `43.238,76.946,5`: about 100 m is plenty for a view, and keeps links short. */
export const mapParam = (m: MapView): string => `${+m.lat.toFixed(3)},${+m.lon.toFixed(3)},${+m.zoom.toFixed(2)}`;

/**
 * ViewState → query string (no leading "?") in a stable order, defaults left out, list items
 * joined by literal commas so links stay readable: `country=AF,LT&role=expert&from=2015-01-01`.
 */
export function serializeViewState(view: ViewState): string {
  const parts: string[] = [];
  const facet = (f: Facet) => view[f.field].length > 0 && parts.push(`${f.param}=${view[f.field].map(enc).join(',')}`);
  // The first facet (countries) leads, with its role, as links have always read; the others follow the event.
  const [first, ...rest] = FACETS;
  if (first) facet(first);
  if (view.role !== 'any') parts.push(`role=${view.role}`);
  if (view.from) parts.push(`from=${view.from}`);
  if (view.to) parts.push(`to=${view.to}`);
  if (view.event) parts.push(`event=${enc(view.event)}`);
  rest.forEach(facet);
  if (view.q) parts.push(`q=${enc(view.q)}`);
  if (view.undated !== 'include') parts.push(`undated=${view.undated}`);
  if (view.display !== 'map') parts.push(`view=${view.display}`);
  if (view.sort) parts.push(`sort=${view.sort.direction === 'descending' ? '-' : ''}${view.sort.key}`);
  if (view.map) parts.push(`map=${mapParam(view.map)}`);
  return parts.join('&');
}

/** The filters of a view as one string (no time window, event, map or table): the map refits when it changes. */
export function filtersKey(view: ViewState): string {
  return serializeViewState({ ...view, from: null, to: null, event: null, map: null, display: 'map', sort: null });
}
