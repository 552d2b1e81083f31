import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { EventChunk, SEARCH_FILE, SUMMARY_FILE, SearchIndex, SearchShard, Summary, chunkFile, searchShardFile } from '../../schema/app-files.ts';
import type { AtlasEvent } from '../../schema/dataset.ts';
import { describeIssues } from '../../schema/parse-dataset.ts';
import { decodeSummary } from './build-indexes.ts';
import type { SearchMatcher } from './search-matcher.ts';

/** The file arrived but breaks the contract; `problems` name the wrong fields. */
export class InvalidDatasetError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`The dataset does not match the schema: ${problems.slice(0, 3).join('; ')}`);
    this.name = 'InvalidDatasetError';
    this.problems = problems;
  }
}

/** Fetches one of the data files and checks it against its schema. */
async function fetchChecked<T>(file: string, schema: z.ZodType<T>, signal: AbortSignal): Promise<T> {
  const response = await fetch(`${import.meta.env.BASE_URL}data/${file}`, { signal });
  if (!response.ok) throw new Error(`The server answered ${response.status} ${response.statusText}`.trim());
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new InvalidDatasetError(['(root): the file is not valid JSON']);
  }
  const result = schema.safeParse(json);
  if (!result.success) throw new InvalidDatasetError(describeIssues(result.error));
  return result.data;
}

/** A chunk or search file written by another build than the summary (rebuilt while the page was open). */
function sameBuild(file: { generatedAt: string }, generatedAt: string): void {
  if (file.generatedAt !== generatedAt) {
    throw new InvalidDatasetError([`generatedAt: expected ${generatedAt} (the loaded summary), got ${file.generatedAt}; the data was rebuilt, reload the page`]);
  }
}

const MAX_RETRIES = 3;

/**
 * A 404 or a dropped connection may pass, so it is retried (up to 3 times); a file that breaks
 * the contract will be just as broken on the next request, so it is shown at once.
 */
export function retryUnlessInvalid(failureCount: number, error: unknown): boolean {
  return !(error instanceof InvalidDatasetError) && failureCount < MAX_RETRIES;
}

// The files are static, so they never go stale. A failed load is not refetched when the tab
// regains focus either: that would re-request an invalid file, and a failure that may pass has
// already been retried and offers a Retry button.
const STATIC = { staleTime: Infinity, refetchOnWindowFocus: false } as const;

/** The summary every view is drawn from, decoded as it arrives (the cache keeps no second copy of its rows and dates). */
export function datasetQueryOptions() {
  return queryOptions({ queryKey: ['dataset', 'summary'], queryFn: async ({ signal }) => decodeSummary(await fetchChecked(SUMMARY_FILE, Summary, signal)), ...STATIC });
}

/** The full records of one chunk of events, fetched when one of them is opened. */
export function chunkQueryOptions(generatedAt: string, chunk: number) {
  return queryOptions({
    queryKey: ['dataset', generatedAt, 'chunk', chunk],
    queryFn: async ({ signal }): Promise<ReadonlyMap<string, AtlasEvent>> => {
      const file = await fetchChecked(chunkFile(chunk), EventChunk, signal);
      sameBuild(file, generatedAt);
      return new Map(file.events.map((e) => [e.id, e]));
    },
    ...STATIC,
  });
}

/**
 * The search index's vocabulary and the matcher over it (MiniSearch's radix tree), fetched on the
 * first search (or when the search box is focused): most sessions never search. The matcher's code
 * is a chunk of its own, so it is not in the initial load. The postings come in shards, fetched as
 * queries need them (`searchShardQueryOptions`).
 */
export function searchQueryOptions(generatedAt: string) {
  return queryOptions({
    queryKey: ['dataset', generatedAt, 'search'],
    queryFn: async ({ signal }): Promise<SearchMatcher> => {
      const [file, { createSearchMatcher }] = await Promise.all([fetchChecked(SEARCH_FILE, SearchIndex, signal), import('./search-matcher.ts')]);
      sameBuild(file, generatedAt);
      return createSearchMatcher(file);
    },
    ...STATIC,
  });
}

/** One shard of the search index's postings. */
export function searchShardQueryOptions(generatedAt: string, shard: number) {
  return queryOptions({
    queryKey: ['dataset', generatedAt, 'search', shard],
    queryFn: async ({ signal }): Promise<SearchShard> => {
      const file = await fetchChecked(searchShardFile(shard), SearchShard, signal);
      sameBuild(file, generatedAt);
      if (file.shard !== shard) throw new InvalidDatasetError([`shard: expected ${shard}, got ${file.shard}`]);
      return file;
    },
    ...STATIC,
  });
}
