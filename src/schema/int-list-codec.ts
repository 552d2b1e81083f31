// Lists of small non-negative integers (the summary's compressed rows) as short JSON-safe strings,
// in the digits the search postings use too (posting-codec.ts): each value a variable-length group
// of base64url digits, 5 bits of value and a "more follows" bit per digit, lowest bits first. At
// 100,000 events the rows are 1.7 million numbers: as JSON arrays the browser's parser made an
// array element of each (over half of parsing the summary, the countries' rows alone a third),
// where one string is copied at once and read back here by a loop over its characters.

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE_OF = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) VALUE_OF[DIGITS.charCodeAt(i)] = i;
/** The "more follows" bit of a digit's value; the other 5 bits are the value's. */
export const MORE = 32;

/** `out` with one non-negative integer's group of digits after it. */
export function appendInt(out: string, value: number): string {
  let v = value;
  while (v >= MORE) {
    out += DIGITS[(v & 31) | MORE];
    v = Math.floor(v / 32);
  }
  return out + DIGITS[v];
}

/** The value of the digit a character code writes, or -1 for a character outside the alphabet. */
export function digitValue(code: number): number {
  return code < 128 ? VALUE_OF[code]! : -1;
}

/** Non-negative integers → their string. */
export function encodeInts(values: ArrayLike<number>): string {
  let out = '';
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!;
    if (!Number.isInteger(v) || v < 0 || v > 0x7fffffff) throw new Error(`expected integers from 0 to 2^31 - 1, got ${v} at ${k}`);
    out = appendInt(out, v);
  }
  return out;
}

/** The integers a string encodes; throws on a character outside the alphabet, a cut-off group or a value over 2^31 - 1. */
export function decodeInts(text: string): Int32Array {
  const out = new Int32Array(text.length);
  let n = 0;
  let value = 0;
  let scale = 1;
  for (let i = 0; i < text.length; i++) {
    const digit = digitValue(text.charCodeAt(i));
    if (digit < 0) throw new Error(`not a digit: '${text[i]}' at ${i}`);
    value += (digit & 31) * scale;
    if (value > 0x7fffffff) throw new Error(`a value over 2^31 - 1 at ${i}`);
    if (digit & MORE) {
      scale *= 32;
      continue;
    }
    out[n++] = value;
    value = 0;
    scale = 1;
  }
  if (scale !== 1) throw new Error('the last value is cut off');
  return out.slice(0, n);
}

/** Compressed rows' starts (0, then never decreasing) → the string of each row's size. */
export function encodeStarts(start: readonly number[]): string {
  if (start[0] !== 0) throw new Error(`rows must start at 0, got ${start[0]}`);
  return encodeInts(start.slice(1).map((s, i) => s - start[i]!));
}

/** The starts whose rows' sizes a string encodes: 0, then each row's end. */
export function decodeStarts(text: string): Int32Array {
  const sizes = decodeInts(text);
  const start = new Int32Array(sizes.length + 1);
  for (let i = 0; i < sizes.length; i++) start[i + 1] = start[i]! + sizes[i]!;
  return start;
}
