import { spellsSameAcronym } from './acronym-spelling.ts';
import { bracketedAcronym } from './organization-key.ts';
import { isSpecificOwnedName, seatFreeName } from './seat-free-name.ts';

/** Sets of organisation keys that name one body (union-find, see mergeOrganizations). */
export interface KeySets {
  find(key: string): string;
  join(a: string, b: string): void;
}

/**
 * "OSCE Border Management Staff College (BMSC)" is the "OSCE Border Management Staff College in
 * Dushanbe": a specific owned name (see `isSpecificOwnedName`) is the body of that name in a town
 * when the archive names it in one town only. With "… in Osh" as well, the name without a town
 * could be either and stays apart; so does a name whose brackets give another acronym.
 */
export function joinSeatFreeNames(names: readonly string[], sets: KeySets, keyOf: (name: string) => string): void {
  const seated = new Map<string, { roots: Set<string>; acronyms: Set<string> }>();
  for (const name of names) {
    const bare = seatFreeName(name);
    if (bare === null || !isSpecificOwnedName(bare)) continue;
    let entry = seated.get(keyOf(bare));
    if (!entry) seated.set(keyOf(bare), (entry = { roots: new Set(), acronyms: new Set() }));
    entry.roots.add(sets.find(keyOf(name)));
    const acronym = bracketedAcronym(name);
    if (acronym) entry.acronyms.add(acronym);
  }
  for (const name of names) {
    const entry = seatFreeName(name) === null ? seated.get(keyOf(name)) : undefined;
    if (!entry || entry.roots.size !== 1) continue;
    const acronym = bracketedAcronym(name);
    if (acronym && [...entry.acronyms].some((a) => a !== acronym)) continue;
    sets.join(keyOf(name), [...entry.roots][0]!);
  }
}

/**
 * "OSCE Secretariat's Action against Terrorism Unit" is the "OSCE Action Against Terror Unit
 * (ATU)": a spelling that spells out, word for word of one stem, the acronym another gives in
 * brackets (see `spellsSameAcronym`), when one body only gives that acronym and the spelling
 * matches no other body's.
 */
export function joinAcronymSpellings(names: readonly string[], sets: KeySets, keyOf: (name: string) => string): void {
  const givers = new Map<string, string[]>();
  for (const name of names) {
    const acronym = bracketedAcronym(name);
    if (acronym) givers.set(acronym, [...(givers.get(acronym) ?? []), name]);
  }
  const bodies = [...givers].filter(([, given]) => new Set(given.map((n) => sets.find(keyOf(n)))).size === 1);
  for (const name of names) {
    const own = bracketedAcronym(name);
    const matched = new Set<string>();
    for (const [acronym, given] of bodies) {
      if (own && own !== acronym) continue;
      if (given.some((full) => full !== name && spellsSameAcronym(full, acronym, name))) matched.add(sets.find(keyOf(given[0]!)));
    }
    if (matched.size === 1) sets.join(keyOf(name), [...matched][0]!);
  }
}
