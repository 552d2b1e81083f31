/**
 * Every match of a global expression in `text`, in order, by an exec loop over the expression
 * itself. String.prototype.matchAll copies the expression on every call (the species constructor),
 * and copying one of the extractor's long alternations (number words, months, people nouns) costs
 * about ten times reading a short sentence with it: several such copies per sentence of every
 * release were a few per cent of a build. For an expression that cannot match the empty string, the
 * matches are matchAll's; the caller must not run the same expression while it reads them (they are
 * all collected before it returns, so a caller that only loops over them never does).
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m);
  re.lastIndex = 0;
  return out;
}
