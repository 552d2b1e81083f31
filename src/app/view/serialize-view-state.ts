import type { ViewState } from './view-state.ts';

const enc = (s: string) => encodeURIComponent(s);

/**
 * ViewState → query string (no leading "?") in a stable order, defaults left out, list items
 * joined by literal commas so links stay readable: `country=AF,LT&role=expert&from=2015-01-01`.
 */
export function serializeViewState(view: ViewState): string {
  const parts: string[] = [];
  if (view.countries.length > 0) parts.push(`country=${view.countries.map(enc).join(',')}`);
  if (view.role !== 'any') parts.push(`role=${view.role}`);
  if (view.from) parts.push(`from=${view.from}`);
  if (view.to) parts.push(`to=${view.to}`);
  if (view.event) parts.push(`event=${enc(view.event)}`);
  if (view.topics.length > 0) parts.push(`topic=${view.topics.map(enc).join(',')}`);
  if (view.organizers.length > 0) parts.push(`org=${view.organizers.map(enc).join(',')}`);
  if (view.q) parts.push(`q=${enc(view.q)}`);
  return parts.join('&');
}
