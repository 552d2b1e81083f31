import type { AtlasEvent } from '../../schema/dataset.ts';
import type { Orderable } from '../../schema/event-order.ts';
import type { EventRow } from '../app-files/event-row.ts';
import type { JsonAround } from '../output/event-json-around.ts';

/**
 * An event as the build holds it between extraction and writing: its order, its key and its JSON,
 * parsed only when asked. Here rather than in build-dataset.ts so that the steps after extraction
 * (reports of one event) can name it without importing the build back. `Print` is the reports
 * step's print of an event (ReportPrint), named there: this folder does not import that one back.
 */
export interface BuiltEvent<Print = unknown> extends Orderable {
  file: string;
  /**
   * What the event's final JSON is made of, hashed: equal keys, equal JSON text. For an event
   * spliced from the extraction cache, its cache key (the text, its metadata, the extractor),
   * id, file and url; for one corrected by hand or carrying warnings from its reader, the hash of
   * its JSON itself. Null when built without a cache.
   */
  key: string | null;
  event(): AtlasEvent;
  /** JSON.stringify(event()), without serialising it again: as the earlier build wrote it, or spliced from the cached result. */
  json(): string;
  /** reportPrint(event()), when it was made ahead (in a worker thread, beside the extraction). */
  print?: Print;
  /** ownTerms(event()) joined by line breaks, when it was made ahead (see print and CheckedAhead.terms). */
  terms?: string;
  /** eventRow(event()), when it was made ahead (see print). */
  row?: EventRow;
  /** formatEventLine(event()), when it was made ahead (see print). */
  line?: string;
  /**
   * JSON.stringify(event()) as UTF-8 with a place for its organisers' array, when it was made ahead
   * (see print): the event's JSON with its organisers as they end up (each with its merged body's
   * id, known only once every event is built) is jsonWith / bytesWith it and their JSON.
   */
  jsonAround?: JsonAround;
  /** event().organizers, when it was made ahead (see print): with jsonAround, the event is written without being parsed. */
  organizers?: AtlasEvent['organizers'];
}
