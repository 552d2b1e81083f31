import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { searchTerms } from '../../schema/search-terms.ts';
import { searchQueryOptions, searchShardQueryOptions } from './dataset-query-options.ts';
import type { SearchResult } from './search-matcher.ts';

/** Where a search is: answered, loading (the list says "Searching…"), or failed with a way to retry. */
export type SearchStatus = 'ready' | 'loading' | { error: string; retry(): void };

// An answer is one byte an event: a few hundred kB at 100,000 events, so old ones are let go soon.
const ANSWER_GC_MS = 30_000;

/**
 * The search of a query: the index's vocabulary is fetched on the first search (or `prefetch`,
 * when the search box is focused), then each query fetches the shards of postings its words need
 * and is answered (at once when it needs none it lacks). While a new query's shards load, the
 * previous answer stays (typing does not flash "Searching…" at every key); only the first search
 * waits with nothing to show.
 */
export function useSearch(generatedAt: string, query: string): { result: SearchResult | null; status: SearchStatus; prefetch(): void } {
  const searching = searchTerms(query).length > 0;
  const queryClient = useQueryClient();
  const index = useQuery({ ...searchQueryOptions(generatedAt), enabled: searching });
  const matcher = index.data;
  const answer = useQuery({
    queryKey: ['dataset', generatedAt, 'search', 'answer', query],
    enabled: searching && matcher !== undefined,
    queryFn: async () => {
      const shards = await Promise.all(matcher!.missingShards(query).map((k) => queryClient.fetchQuery(searchShardQueryOptions(generatedAt, k))));
      for (const shard of shards) matcher!.addShard(shard);
      return matcher!.match(query);
    },
    // When every shard the query needs is already here (a keystroke usually narrows the words
    // before it), the answer is made at once, in the render of the keystroke itself: no task after
    // it, no frame drawn with the previous answer first, and the step ends one frame sooner.
    initialData: () => (matcher !== undefined && matcher.missingShards(query).length === 0 ? (matcher.match(query) ?? undefined) : undefined),
    placeholderData: keepPreviousData,
    // Each shard's fetch is retried as every data file is; the answer itself only waits on them.
    retry: false,
    staleTime: Infinity,
    gcTime: ANSWER_GC_MS,
    refetchOnWindowFocus: false,
  });
  const prefetch = useCallback(() => void queryClient.prefetchQuery(searchQueryOptions(generatedAt)), [queryClient, generatedAt]);
  if (!searching) return { result: null, status: 'ready', prefetch };
  const failed = index.isError ? { error: index.error, retry: () => void index.refetch() } : answer.isError ? { error: answer.error, retry: () => void answer.refetch() } : null;
  if (failed) return { result: null, status: { error: failed.error.message, retry: failed.retry }, prefetch };
  const result = answer.data ?? null;
  return { result, status: result ? 'ready' : 'loading', prefetch };
}
