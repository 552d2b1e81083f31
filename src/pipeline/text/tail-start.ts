import { isSpace } from './code-point-class.ts';

/**
 * Where the last `runs` runs of non-space characters of text[from, to) begin (`from` when there are
 * fewer): a position right after a space, or `from`. An expression anchored at the end ($) whose every
 * match starts on a non-space character and touches at most `runs` runs finds the same match in
 * text.slice(tailStart(…), to) as in text.slice(from, to) — its \b reads the same at a position after a
 * space — while scanning only the tail, not the whole stretch from the sentence's start.
 */
export function tailStart(text: string, from: number, to: number, runs: number): number {
  let i = to;
  for (let n = 0; n < runs; n++) {
    while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
    if (i === from) return from;
    while (i > from && !isSpace(text.charCodeAt(i - 1))) i--;
  }
  return i;
}
