import { classOf, codePointBefore, LETTER_OR_NUMBER, UPPER } from './code-point-class.ts';

/**
 * Where the next capital that opens a word stands, at or after `from` (-1 where none does): an
 * upper-case letter (\p{Lu}) with no letter or number right before it, which is where an expression
 * that opens with (?<![\p{L}\p{N}])\p{Lu} under the u flag can match. Read by hand with the class
 * table: such an expression, run over a whole release, tries its lookbehind at every character.
 * `from` must not fall inside a surrogate pair.
 */
export function nextWordCapital(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let upper: boolean;
    if (c < 0x80) upper = c >= 0x41 && c <= 0x5a;
    else {
      const cp = text.codePointAt(i)!;
      upper = (classOf(cp) & UPPER) !== 0;
      if (!upper && cp > 0xffff) i++;
    }
    if (upper && (i === 0 || (classOf(codePointBefore(text, i)) & LETTER_OR_NUMBER) === 0)) return i;
  }
  return -1;
}
