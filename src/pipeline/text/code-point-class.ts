// Character classes by code point, each read once with the Unicode property expressions and kept:
// the readers that walk text by hand (country names, a release's subject words) ask of every
// character, where an expression with \p{…} over the whole text cost most of their time.

/** A letter (\p{L}). */
export const LETTER = 1;
/** A letter or a number ([\p{L}\p{N}]). */
export const LETTER_OR_NUMBER = 2;
/** An upper-case letter (\p{Lu}). */
export const UPPER = 4;
/** A lower-case letter (\p{Ll}). */
export const LOWER = 8;
/** A combining mark (\p{M}). */
export const MARK = 16;

const UNKNOWN = 0xff;
const BMP_CLASSES = new Uint8Array(0x10000).fill(UNKNOWN);
const ASTRAL_CLASSES = new Map<number, number>();

function readClass(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return (
    (/\p{L}/u.test(ch) ? LETTER : 0) |
    (/[\p{L}\p{N}]/u.test(ch) ? LETTER_OR_NUMBER : 0) |
    (/\p{Lu}/u.test(ch) ? UPPER : 0) |
    (/\p{Ll}/u.test(ch) ? LOWER : 0) |
    (/\p{M}/u.test(ch) ? MARK : 0)
  );
}

/** White space as a regular expression's \s reads it (ECMAScript's WhiteSpace and LineTerminator). */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The classes of a code point, as bits (LETTER | LETTER_OR_NUMBER | UPPER | LOWER | MARK). */
export function classOf(cp: number): number {
  if (cp < 0x10000) {
    let c = BMP_CLASSES[cp]!;
    if (c === UNKNOWN) BMP_CLASSES[cp] = c = readClass(cp);
    return c;
  }
  let c = ASTRAL_CLASSES.get(cp);
  if (c === undefined) ASTRAL_CLASSES.set(cp, (c = readClass(cp)));
  return c;
}

/** The code point that ends at `i` (a surrogate pair read whole, as a regex's lookbehind reads it). */
export function codePointBefore(text: string, i: number): number {
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}
