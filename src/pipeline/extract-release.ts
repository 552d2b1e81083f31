// What the build does with one release, the same in the main thread (build-dataset.ts) and in a
// worker thread (extract-worker.ts): kept apart from the build so that a worker loads only the
// extractor and the schema, not the readers of every seed format and the steps after extraction.
import { Event, type AtlasEvent } from '../schema/dataset.ts';
import { ownTerms } from './app-files/encode-search-index.ts';
import { eventRow } from './app-files/event-row.ts';
import { formatEventLine } from './format-build-report.ts';
import type { AheadResult, ExtractJob } from './extract-in-workers.ts';
import { extractEvent, type ExtractContext, type ExtractResult } from './extract/extract-event.ts';
import { jsonAroundOrganizers } from './output/event-json-around.ts';
import type { Gazetteer } from './gazetteer/place.ts';
import { reportPrint } from './reports/report-print.ts';
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

/**
 * One job extracted ahead, in a worker thread or in the main thread between its workers' replies:
 * the release extracted, its event checked against the schema as buildEvent checks it, and what the
 * steps after extraction take of each event made beside it. Undefined when extraction threw: the
 * build extracts that release again and rejects it as a one-thread build does.
 */
export function extractAheadJob(job: Omit<ExtractJob, 'cacheKey'>, gazetteer: Gazetteer, cache: boolean): AheadResult | undefined {
  try {
    const result = extractRelease(extractEvent, job.source.text, { file: job.source.file, gazetteer, metadata: job.metadata });
    const parsed = result.ok ? Event.safeParse(eventCandidate(job.id, job.source, job.readerWarnings, result)) : null;
    if (!result.ok || !parsed?.success) return { result };
    const checked = parsed.data;
    const print = reportPrint(checked);
    const terms = ownTerms(checked).join('\n');
    const row = eventRow(checked);
    const line = formatEventLine(checked);
    const jsonAround = jsonAroundOrganizers(checked);
    const { id, startDate, publishedDate, organizers } = checked;
    return {
      order: { id, startDate, publishedDate },
      organizers,
      jsonAround,
      json: jsonAround === null ? JSON.stringify(checked) : null,
      print,
      terms,
      row,
      line,
      resultJson: cache ? JSON.stringify({ ok: true, event: result.event }) : null,
    };
  } catch {
    return undefined;
  }
}
