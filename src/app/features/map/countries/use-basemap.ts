import { queryOptions, useQuery, type QueryStatus } from '@tanstack/react-query';
import type { Basemap } from './build-basemap.ts';
import { BASEMAP_KEY, loadBasemap } from './load-basemap.ts';

/** Whether the shapes are there yet: the legend says so while they load or when they failed. */
export type BasemapStatus = QueryStatus;

/**
 * The country shapes through the app's query cache (like the dataset's files): fetched once per
 * page, shared by every map mounted, never stale, and retried by the client's policy.
 */
export const basemapQuery = queryOptions({
  queryKey: BASEMAP_KEY,
  queryFn: ({ signal }) => loadBasemap(signal),
  staleTime: Infinity,
  gcTime: Infinity,
});

export function useBasemap(): { status: BasemapStatus; basemap: Basemap | undefined } {
  const { status, data } = useQuery(basemapQuery);
  return { status, basemap: data };
}
