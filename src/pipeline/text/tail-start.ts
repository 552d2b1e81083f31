// The white space of a regular expression's \s (ECMAScript WhiteSpace and LineTerminator).
function isSpace(code: number): boolean {
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
