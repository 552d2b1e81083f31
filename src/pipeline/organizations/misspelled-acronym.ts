// "jointly organized by UPOL and the UN Refugee Agency" beside "conducted by UN Police (UNPOL)": a bare
// acronym the text spells nowhere, one letter away from the acronym of a body it does name, is that
// body's acronym mistyped (a letter dropped or added), not another body. A changed letter is another
// body as often as a typo ("UNMIL" and "UNMIS" are two missions), and so is an acronym the text spells.
const BARE = /^\p{Lu}{4,}$/u;
const BRACKETED = /\((\p{Lu}{4,})\)\s*$/u;

/** The name among `names` whose acronym `acronym` misspells by one letter, if exactly one does. */
export function misspelledAcronymOf(acronym: string, names: readonly string[]): string | undefined {
  if (!BARE.test(acronym)) return undefined;
  const matches = names.filter((name) => {
    const other = BRACKETED.exec(name)?.[1];
    return other !== undefined && other !== acronym && oneLetterMore(acronym, other);
  });
  return matches.length === 1 ? matches[0] : undefined;
}

/** One letter dropped or added, anywhere: "UPOL" and "UNPOL". */
export function oneLetterMore(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) !== 1) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}
