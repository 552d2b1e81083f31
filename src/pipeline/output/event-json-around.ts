// An event's JSON made where the event was extracted, as UTF-8 with a place left for its organisers'
// array: the writer puts the organisers there once each carries its merged body's id (known only
// after the last event is built; withBodyIds changes nothing else), instead of serialising every
// event again. Bytes rather than text: a worker hands them to the main thread without a copy
// (their buffer is transferred), and the main thread holds 10,000 events' JSON outside the
// JavaScript heap, where its garbage collector neither copies nor traces them (as text they were
// about 100 MB of it at 10,000 releases: most releases hold a character outside Latin-1, so two bytes a character).
import type { AtlasEvent } from '../../schema/dataset.ts';

/** An event's JSON as UTF-8 without its organisers' array, which goes at byte `at`. */
export interface JsonAround {
  bytes: Uint8Array;
  at: number;
}

/** Stands for the organisers in the JSON split by jsonAroundOrganizers: a string no event holds whole. */
const ORGANIZERS_MARK = '\u0000organizers\u0000';
/** The mark as it is in the JSON: ASCII, so its bytes are found where its characters are, and nowhere else. */
const MARK_JSON = JSON.stringify(ORGANIZERS_MARK);
const MARK_BYTES = Buffer.from(MARK_JSON);
const ENCODER = new TextEncoder();

/**
 * JSON.stringify(event) without its organisers' array, as bytes (in a buffer of their own, which
 * can be transferred) and where the array goes. Null when the mark is found other than once (a
 * text holding it whole): then the event is serialised whole.
 */
export function jsonAroundOrganizers(event: AtlasEvent): JsonAround | null {
  const json = JSON.stringify({ ...event, organizers: ORGANIZERS_MARK });
  const at = json.indexOf(MARK_JSON);
  if (at < 0 || json.indexOf(MARK_JSON, at + 1) >= 0) return null;
  // Encoded once, whole (an exact-size buffer of its own, unlike Buffer.from's pooled small ones), then the mark cut out.
  const encoded = ENCODER.encode(json);
  const byteAt = Buffer.from(encoded.buffer, encoded.byteOffset, encoded.byteLength).indexOf(MARK_BYTES);
  encoded.copyWithin(byteAt, byteAt + MARK_BYTES.length);
  return { bytes: encoded.subarray(0, encoded.byteLength - MARK_BYTES.length), at: byteAt };
}

/**
 * The event's JSON as bytes, with `organizersJson` (its organisers' array as JSON) in its place:
 * three pieces, written one after another (not joined: a new buffer for each of 10,000 events).
 */
export function piecesWith(around: JsonAround, organizersJson: string): Uint8Array[] {
  const { bytes, at } = around;
  return [bytes.subarray(0, at), Buffer.from(organizersJson), bytes.subarray(at)];
}

/** The event's JSON as text, with `organizersJson` in its place: for the few events the build parses or hashes. */
export function jsonWith(around: JsonAround, organizersJson: string): string {
  const { bytes, at } = around;
  const text = (from: number, to: number) => Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString('utf8');
  return `${text(0, at)}${organizersJson}${text(at, bytes.byteLength)}`;
}
