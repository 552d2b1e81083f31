/**
 * Every match of the global expression `re` in `text`, as [...text.matchAll(re)] gives them, read
 * with `re.exec` and handed back whole; `re.lastIndex` is left as it was. matchAll builds a copy of
 * the expression on every call, and a copy made after the engine dropped its compiled code (it does
 * at garbage collections) compiles it again: for the organiser cues, tried on every sentence, that
 * was most of their cost.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global expression: /${re.source}/${re.flags}`);
  const from = re.lastIndex;
  const found: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      found.push(m);
      // An empty match moves on by one character (a whole code point under the u or v flag), as matchAll does.
      if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
    }
  } finally {
    re.lastIndex = from;
  }
  return found;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const high = text.charCodeAt(index);
  const low = text.charCodeAt(index + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? index + 2 : index + 1;
}
