import { queryOptions } from '@tanstack/react-query';
import type { Dataset } from '../../schema/dataset.ts';
import { parseDataset } from '../../schema/parse-dataset.ts';

/** The file arrived but breaks the contract; `problems` name the wrong fields. */
export class InvalidDatasetError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`The dataset does not match the schema: ${problems.slice(0, 3).join('; ')}`);
    this.name = 'InvalidDatasetError';
    this.problems = problems;
  }
}

async function fetchDataset({ signal }: { signal: AbortSignal }): Promise<Dataset> {
  const response = await fetch(`${import.meta.env.BASE_URL}data/dataset.json`, { signal });
  if (!response.ok) throw new Error(`The server answered ${response.status} ${response.statusText}`.trim());
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new InvalidDatasetError(['(root): the file is not valid JSON']);
  }
  const result = parseDataset(json);
  if (!result.ok) throw new InvalidDatasetError(result.problems);
  return result.dataset;
}

const MAX_RETRIES = 3;

/**
 * A 404 or a dropped connection may pass, so it is retried (up to 3 times); a file that breaks
 * the contract will be just as broken on the next request, so it is shown at once.
 */
export function retryUnlessInvalid(failureCount: number, error: unknown): boolean {
  return !(error instanceof InvalidDatasetError) && failureCount < MAX_RETRIES;
}

/**
 * The one query for the dataset: a static file, so it never goes stale. A failed load is not
 * refetched when the tab regains focus either: that would re-request an invalid file, and a
 * failure that may pass has already been retried and offers a Retry button.
 */
export function datasetQueryOptions() {
  return queryOptions({ queryKey: ['dataset'], queryFn: fetchDataset, staleTime: Infinity, refetchOnWindowFocus: false });
}
