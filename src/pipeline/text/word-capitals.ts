import { classOf, codePointBefore, LETTER_OR_NUMBER, UPPER } from './code-point-class.ts';

/**
 * Where the next capital that opens a word stands, at or after `from` (-1 where none does): an
 * upper-case letter (\p{Lu}) with no letter or number right before it, nor one of the characters of
 * `notAfter` (each one code unit): where an expression that opens with (?<![\p{L}\p{N}…])\p{Lu} under
 * the u flag can match. Read by hand with the class table: such an expression, run over a whole
 * release, tries its lookbehind at every character. `from` must not fall inside a surrogate pair.
 */
export function nextWordCapital(text: string, from: number, notAfter = ''): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let upper: boolean;
    if (c < 0x80) upper = c >= 0x41 && c <= 0x5a;
    else {
      const cp = text.codePointAt(i)!;
      upper = (classOf(cp) & UPPER) !== 0;
      if (!upper && cp > 0xffff) i++;
    }
    if (upper && (i === 0 || ((classOf(codePointBefore(text, i)) & LETTER_OR_NUMBER) === 0 && !notAfter.includes(text[i - 1]!)))) return i;
  }
  return -1;
}

/**
 * Every match of `sticky` (a sticky expression under the u flag that can match only where a capital
 * opens a word, as nextWordCapital reads it with `notAfter`) in `text`, in order: what the same
 * expression with the g flag instead of y finds, tried only at those capitals.
 */
export function wordCapitalMatches(sticky: RegExp, text: string, notAfter = ''): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (let at = nextWordCapital(text, 0, notAfter); at !== -1; ) {
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    // A match is never empty: it opens with a capital.
    const next = m ? at + m[0].length : at + (text.codePointAt(at)! > 0xffff ? 2 : 1);
    if (m) found.push(m);
    at = nextWordCapital(text, next, notAfter);
  }
  sticky.lastIndex = 0;
  return found;
}
