import { HEAD_WORDS } from '../lexicon/organization-words.ts';

// "EU Police Mission held training … delivered by EUPOL COPPS police advisers": many bodies' acronyms
// are built from the first letters or syllables of their name's words ("EUPOL" of "EU Police",
// "UNPOL" of "UN Police", "EUBAM" of "EU Border Assistance Mission"), and the body's own head noun
// may be left out ("EUPOL" says nothing of "Mission"). A headline or a sentence may describe the body
// so, and the text name it by its acronym: the two are one body, reported by the acronym's name.
const BARE_RUN = /^(\p{Lu}{4,})(?:[ -]\p{Lu}{2,})*$/u;
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'the', 'and', 'in', 'to']);

/**
 * The one name among `names` that is a bare acronym (or a run of them, "EUPOL COPPS") whose first
 * acronym `description`'s words spell in order, each word giving the first letters of itself (at
 * least one, all its words but a last head noun, one word giving two letters or more).
 */
export function syllabicAcronymOf(description: string, names: readonly string[]): string | undefined {
  return syllabicAcronymAmong(names)(description);
}

/**
 * syllabicAcronymOf over one list of names, for many descriptions: which names are bare acronyms is
 * read once, not once per description asked (the organisers ask it of every body they resolve).
 */
export function syllabicAcronymAmong(names: readonly string[]): (description: string) => string | undefined {
  const bare: { name: string; first: string }[] = [];
  for (const name of names) {
    const first = BARE_RUN.exec(name)?.[1];
    if (first !== undefined) bare.push({ name, first });
  }
  return (description) => {
    if (description.includes('(')) return undefined;
    const words = description.split(/\s+/).filter((w) => !CONNECTORS.has(w));
    if (words.length < 2 || words.every((w) => /^\p{Lu}+$/u.test(w))) return undefined;
    const matches = bare.filter(({ name, first }) => name !== description && spelledBy(first, words));
    return matches.length === 1 ? matches[0]!.name : undefined;
  };
}

// Word prefixes spelling the acronym whole: every word used, or all but a last head noun.
function spelledBy(acronym: string, words: readonly string[]): boolean {
  const upper = words.map((w) => w.toUpperCase());
  const last = words.length - 1;
  const from = (w: number, a: number, syllable: boolean): boolean => {
    if (a === acronym.length) return syllable && (w === words.length || (w === last && HEAD_WORDS.has(words[last]!)));
    if (w === words.length) return false;
    for (let k = Math.min(upper[w]!.length, acronym.length - a); k >= 1; k--) {
      if (upper[w]!.slice(0, k) === acronym.slice(a, a + k) && from(w + 1, a + k, syllable || k >= 2)) return true;
    }
    return false;
  };
  return from(0, 0, false);
}
