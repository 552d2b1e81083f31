// What the build does with one release, the same in the main thread (build-dataset.ts) and in a
// worker thread (extract-worker.ts): kept apart from the build so that a worker loads only the
// extractor and the schema, not the readers of every seed format and the steps after extraction.
import type { AtlasEvent } from '../schema/dataset.ts';
import type { ExtractContext, ExtractResult } from './extract/extract-event.ts';
import { withSpanSentences } from './text/span-sentences.ts';

/**
 * Extraction and the one pass after it: each span gets the sentence it lies in, so nothing
 * downstream splits the text again.
 */
export function extractRelease(extract: (text: string, context: ExtractContext) => ExtractResult, text: string, context: ExtractContext): ExtractResult {
  const result = extract(text, context);
  return result.ok ? { ...result, event: withSpanSentences(result.event, text) } : result;
}

/** What is checked against the schema: the extracted event with its id and source, and its reader's warnings first. */
export function eventCandidate(id: string, source: AtlasEvent['source'], readerWarnings: readonly string[], extracted: ExtractResult & { ok: true }): unknown {
  return { id, source, ...extracted.event, warnings: [...readerWarnings, ...(extracted.event.warnings ?? [])] };
}
