import type { z } from 'zod';
import { Dataset } from './dataset.ts';

export type ParseResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; problems: string[] };

/** "events.0.venue.lat: expected number, received string" — names the wrong field, for people. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.') || '(root)';
    return `${path}: ${issue.message}`;
  });
}

/** Validates untrusted JSON against the contract; never throws. */
export function parseDataset(json: unknown): ParseResult {
  const result = Dataset.safeParse(json);
  return result.success
    ? { ok: true, dataset: result.data }
    : { ok: false, problems: describeIssues(result.error) };
}
