import type { Span } from '../../schema/dataset.ts';
import { splitSentences } from './sentences.ts';

/**
 * One pass after extraction: every span of the event that points into its own release (no
 * `release`, or 0) gets the sentence it lies in, as `splitSentences` splits the text knowing
 * abbreviations ("The U.S. Embassy and Dr. Smith trained 30 officers" is one sentence). A span
 * across a sentence break gets the sentences from its start's to its end's. The event is copied,
 * never changed; anything that is not a span is kept as it is (an object or array with no span
 * inside is the same object in the copy).
 */
export function withSpanSentences<T extends object>(event: T, text: string): T {
  const sentences = splitSentences(text);
  return walk(event, { sentences, starts: sentences.map((s) => s.start) }) as T;
}

/** The release's sentences and their starts, where walk places the spans it meets. */
interface Placer {
  sentences: readonly Span[];
  starts: readonly number[];
}

// Module functions over a Placer, not closures made per event: the build runs under tsx, whose
// esbuild names every named closure with a call to Object.defineProperty each time one is made.

/** The last sentence starting at or before the offset. */
function sentenceAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function place({ sentences, starts }: Placer, span: Span, bare: boolean): Span {
  if ((span.release ?? 0) !== 0 || sentences.length === 0) return span;
  const first = sentenceAt(starts, span.start);
  const last = sentenceAt(starts, Math.max(span.start, span.end - 1));
  if (first < 0 || last < 0) return span;
  const sentence = { start: sentences[first]!.start, end: Math.max(sentences[last]!.end, span.end) };
  // Most spans are a bare { start, end }: built as a literal (the keys in the order the spread
  // gives them), without copying an object of unknown shape for each of them.
  return bare ? { start: span.start, end: span.end, sentence } : { ...span, sentence };
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

// Copy on write: an array or object none of whose values changed (no span inside: the evidence of a
// decision, a country's roles, the warnings) is kept as it is, not copied, like a span into another
// release: a quarter of an event's objects, allocated for nothing before.
function walk(value: unknown, placer: Placer): unknown {
  // Most values are strings, numbers and nulls: returned as they are without a call for each.
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let items: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item === null || typeof item !== 'object') continue;
      const placed = walk(item, placer);
      if (placed === item) continue;
      if (items === undefined) {
        // As before: a new dense array (a hole read as undefined), the items before this one as they are.
        items = new Array<unknown>(value.length);
        for (let j = 0; j < value.length; j++) items[j] = value[j];
      }
      items[i] = placed;
    }
    return items ?? value;
  }
  const record = value as Record<string, unknown>;
  const shape = spanShape(record);
  if (shape !== NOT_SPAN) return place(placer, record as Span, shape === BARE);
  // A changed object as Object.fromEntries(Object.entries(…)) gives it (the same keys in the same
  // order), without the arrays of pairs.
  const keys = Object.keys(record);
  let out: Record<string, unknown> | undefined;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (k === '__proto__') return Object.fromEntries(Object.entries(record).map(([key, v]) => [key, walk(v, placer)]));
    const v = record[k];
    const placed = v === null || typeof v !== 'object' ? v : walk(v, placer);
    if (out === undefined) {
      if (placed === v) continue;
      out = {};
      for (let j = 0; j < i; j++) out[keys[j]!] = record[keys[j]!];
    }
    out[k] = placed;
  }
  return out ?? record;
}
