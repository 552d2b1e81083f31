// STUB — interface agreed between the build step and the extractors; the extraction helper replaces the body.
import type { AtlasEvent } from '../../schema/dataset.ts';
import type { Gazetteer } from '../gazetteer/place.ts';

export interface ExtractContext {
  /** File name, for messages only: extraction never depends on it. */
  file: string;
  gazetteer: Gazetteer;
}

/** Everything in an event except what the build step adds (id, source). */
export type ExtractedEvent = Omit<AtlasEvent, 'id' | 'source'>;

export type ExtractResult =
  | { ok: true; event: ExtractedEvent }
  /** reason: a sentence a person can act on; line: 1-based, where known. */
  | { ok: false; reason: string; line: number | null };

/**
 * Pure: (normalised text, context) → event or a rejection. Never throws.
 * `text` has had its BOM removed and line endings normalised to \n; spans index into it.
 */
export function extractEvent(text: string, ctx: ExtractContext): ExtractResult {
  void text;
  void ctx;
  return { ok: false, reason: 'extraction not implemented yet', line: null };
}
