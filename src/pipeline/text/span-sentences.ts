import type { Span } from '../../schema/dataset.ts';
import { splitSentences } from './sentences.ts';

/**
 * One pass after extraction: every span of the event that points into its own release (no
 * `release`, or 0) gets the sentence it lies in, as `splitSentences` splits the text knowing
 * abbreviations ("The U.S. Embassy and Dr. Smith trained 30 officers" is one sentence). A span
 * across a sentence break gets the sentences from its start's to its end's. The event is copied,
 * never changed; anything that is not a span is kept as it is.
 */
export function withSpanSentences<T extends object>(event: T, text: string): T {
  const sentences = splitSentences(text);
  const starts = sentences.map((s) => s.start);
  const sentenceAt = (offset: number): number => {
    // The last sentence starting at or before the offset.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
  const place = (span: Span, bare: boolean): Span => {
    if ((span.release ?? 0) !== 0 || sentences.length === 0) return span;
    const first = sentenceAt(span.start);
    const last = sentenceAt(Math.max(span.start, span.end - 1));
    if (first < 0 || last < 0) return span;
    const sentence = { start: sentences[first]!.start, end: Math.max(sentences[last]!.end, span.end) };
    // Most spans are a bare { start, end }: built as a literal (the keys in the order the spread
    // gives them), without copying an object of unknown shape for each of them.
    return bare ? { start: span.start, end: span.end, sentence } : { ...span, sentence };
  };
  return walk(event, place) as T;
}

const SPAN_KEYS = new Set(['start', 'end', 'sentence', 'release']);

/** NOT_SPAN, SPAN, or BARE: a span whose keys are exactly `start`, then `end`. */
function spanShape(value: Record<string, unknown>): number {
  if (typeof value.start !== 'number' || typeof value.end !== 'number') return NOT_SPAN;
  // One loop over the keys, not Object.keys(…).every(…) and a spread: asked of every span of every event.
  let n = 0;
  let bare = true;
  for (const k in value) {
    if (!Object.hasOwn(value, k)) continue;
    if (!SPAN_KEYS.has(k)) return NOT_SPAN;
    bare &&= n === 0 ? k === 'start' : n === 1 && k === 'end';
    n++;
  }
  return bare && n === 2 ? BARE : SPAN;
}
const NOT_SPAN = 0;
const SPAN = 1;
const BARE = 2;

function walk(value: unknown, place: (span: Span, bare: boolean) => Span): unknown {
  // Most values are strings, numbers and nulls: returned as they are without a call for each.
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      items[i] = item === null || typeof item !== 'object' ? item : walk(item, place);
    }
    return items;
  }
  const record = value as Record<string, unknown>;
  const shape = spanShape(record);
  if (shape !== NOT_SPAN) return place(record as Span, shape === BARE);
  // As Object.fromEntries(Object.entries(…)) gives it (the same keys in the same order), without the
  // arrays of pairs: every object of every event passes here.
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(record)) {
    if (k === '__proto__') return Object.fromEntries(Object.entries(record).map(([key, v]) => [key, walk(v, place)]));
    const v = record[k];
    out[k] = v === null || typeof v !== 'object' ? v : walk(v, place);
  }
  return out;
}
