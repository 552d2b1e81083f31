// "jointly organized by UPOL and the UN Refugee Agency" beside "conducted by UN Police (UNPOL)": a bare
// acronym the text spells nowhere, one letter away from the acronym of a body it does name, is that
// body's acronym mistyped (a letter dropped or added), not another body. A changed letter is another
// body as often as a typo ("UNMIL" and "UNMIS" are two missions), and so is an acronym the text spells.
const BARE = /^\p{Lu}{4,}$/u;
const BRACKETED = /\((\p{Lu}{4,})\)\s*$/u;

/** The name among `names` whose acronym `acronym` misspells by one letter, if exactly one does. */
export function misspelledAcronymOf(acronym: string, names: readonly string[]): string | undefined {
  return misspelledAcronymAmong(names)(acronym);
}

/**
 * misspelledAcronymOf over one list of names, for many acronyms: each name's bracketed acronym is
 * read once, not once per acronym asked (the organisers ask it of every body they resolve).
 */
export function misspelledAcronymAmong(names: readonly string[]): (acronym: string) => string | undefined {
  const bracketed: { name: string; other: string }[] = [];
  for (const name of names) {
    const other = BRACKETED.exec(name)?.[1];
    if (other !== undefined) bracketed.push({ name, other });
  }
  return (acronym) => {
    if (!BARE.test(acronym)) return undefined;
    const matches = bracketed.filter(({ other }) => other !== acronym && oneLetterMore(acronym, other));
    return matches.length === 1 ? matches[0]!.name : undefined;
  };
}

/** One letter dropped or added, anywhere: "UPOL" and "UNPOL". */
export function oneLetterMore(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) !== 1) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}
