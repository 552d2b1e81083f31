// Each search term's events (ascending positions) as a short JSON-safe string: the gaps between
// positions as variable-length groups of base64url digits, 5 bits of value and a "more follows"
// bit per digit, lowest bits first. A term in most events costs one character an event, a rare one
// a few, and the app decodes only the terms a query matches (no base64 pass over the whole file).
// The digits and their groups are int-list-codec.ts's.
import { appendInt, digitValue, MORE } from './int-list-codec.ts';

/** Ascending, distinct, non-negative positions → their string. */
export function encodePositions(positions: readonly number[]): string {
  let out = '';
  let previous = -1;
  for (const p of positions) {
    if (!Number.isInteger(p) || p <= previous) throw new Error(`positions must be ascending integers ≥ 0, got ${p} after ${previous}`);
    out = appendInt(out, p - previous - 1);
    previous = p;
  }
  return out;
}

/** The positions a string encodes; throws on a character outside the alphabet, a cut-off group or a position ≥ `count`. */
export function decodePositions(text: string, count: number): Int32Array {
  const out = new Int32Array(text.length);
  let n = 0;
  let position = -1;
  let gap = 0;
  let scale = 1;
  for (let i = 0; i < text.length; i++) {
    const digit = digitValue(text.charCodeAt(i));
    if (digit < 0) throw new Error(`not a position digit: '${text[i]}' at ${i}`);
    gap += (digit & 31) * scale;
    if (digit & MORE) {
      scale *= 32;
      continue;
    }
    position += gap + 1;
    if (position >= count) throw new Error(`position ${position} is past the ${count} events`);
    out[n++] = position;
    gap = 0;
    scale = 1;
  }
  if (scale !== 1) throw new Error('the last position is cut off');
  return out.subarray(0, n);
}
