import { classOf, isSpace, LETTER_OR_NUMBER } from './code-point-class.ts';

// The words the role readers split around every country mention, as the expression
// /[\p{L}\p{N}][\p{L}\p{N}'’-]*|[^\s\p{L}\p{N}]/gu finds them: a letter or a number with the letters,
// numbers, apostrophes and hyphens after it, or one other character that is not a space. Read by
// hand: an expression's exec, with the match array it builds for each word, was most of that reading.

/** Where the next word of `text` at or after `from` starts, or -1 when none is left. */
export function wordStart(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (!isSpace(cp)) return i;
    i += cp > 0xffff ? 2 : 1;
  }
  return -1;
}

/** Where the word that starts at `start` (a `wordStart`) ends. */
export function wordEnd(text: string, start: number): number {
  const cp = text.codePointAt(start)!;
  let i = start + (cp > 0xffff ? 2 : 1);
  if ((classOf(cp) & LETTER_OR_NUMBER) === 0) return i;
  while (i < text.length) {
    const c = text.codePointAt(i)!;
    if (c !== 0x27 && c !== 0x2019 && c !== 0x2d && (classOf(c) & LETTER_OR_NUMBER) === 0) return i;
    i += c > 0xffff ? 2 : 1;
  }
  return i;
}

/** Every word of `text`, as [...text.matchAll(WORD)] gives their texts. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (let start = wordStart(text, 0); start >= 0; ) {
    const end = wordEnd(text, start);
    words.push(text.slice(start, end));
    start = wordStart(text, end);
  }
  return words;
}
