// How text becomes search terms, for the build step (which indexes every event) and the app (which
// reads a query) alike: one tokenizer, so a word typed matches the word written.

// A word is a run of letters, marks and digits; everything else (spaces, punctuation, symbols)
// separates words, as MiniSearch's own tokenizer splits on spaces and punctuation. Most text is
// ASCII, so that is decided by a table; the rest by this pattern.
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SEPARATOR = /[^\p{L}\p{M}\p{N}]/u;
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[0-9A-Za-z]/.test(String.fromCharCode(c)) ? 1 : 0;

/** Letters NFD does not decompose into a base letter plus a mark, as English texts spell them (the gazetteer's keys fold them too). */
export const FOLDED_LETTERS: Readonly<Record<string, string>> = { ø: 'o', ł: 'l', đ: 'd', ð: 'd', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ħ: 'h' };
/** Every letter of FOLDED_LETTERS. */
export const FOLDED_LETTER = /[øłđðıßæœþħ]/g;
const NON_ASCII = /[^\x00-\x7f]/;

/** A word (or any text) as it is indexed and looked up: lower case, diacritics and ligatures folded ("Öskemen" → "oskemen"). */
export function foldTerm(word: string): string {
  const lower = word.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(FOLDED_LETTER, (c) => FOLDED_LETTERS[c] ?? c);
}

/** The folded words of a text, in order, repeats kept: "Ust-Kamenogorsk, Öskemen" → ust, kamenogorsk, oskemen. */
export function searchTerms(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (word) => out.push(foldTerm(word)));
  return out;
}

/**
 * searchTerms(text) with each term once, where it first occurs ("the OSCE … the" → the, osce): what
 * an index needs of one event's text (a release of 600 words has about half as many distinct ones).
 * Each distinct word as written is folded once, not at every occurrence.
 */
export function distinctSearchTerms(text: string): string[] {
  const written = new Set<string>();
  const terms = new Set<string>();
  forEachWord(text, (word) => {
    if (written.has(word)) return;
    written.add(word);
    terms.add(foldTerm(word));
  });
  return [...terms];
}

/** Calls `visit` with each word of `text` as written, in order (see WORD_CHAR). */
function forEachWord(text: string, visit: (word: string) => void): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    // A surrogate pair (a letter outside the first plane) is tested whole, at its first half.
    const word = c < 128 ? ASCII_WORD[c] === 1 : c >= 0xdc00 && c <= 0xdfff ? start >= 0 : WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(text.slice(start, i));
      start = -1;
    }
  }
}

/**
 * A name of several words as one ("Kara-Kol" → "karakol", "Alma Ata" → "almaata"), or null for a
 * name of one word: places are written with and without their hyphens and spaces, so the build
 * step indexes a place's name both ways and the matcher reads two query words also as one.
 */
export function joinedTerm(name: string): string | null {
  const words = searchTerms(name);
  return words.length > 1 ? words.join('') : null;
}

/** Whether the last word of a query is still being typed (nothing after it): it is then also read as a prefix. */
export function endsInWord(query: string): boolean {
  return query !== '' && !SEPARATOR.test(query.at(-1)!);
}

/**
 * How many letters a query word that matches no word as written may differ by and still match:
 * none below 5 letters ("Iran" is not "Iraq"), one up to 9 ("Kazakstan" → Kazakhstan), two from 10.
 */
export function typoAllowance(word: string): number {
  return word.length < 5 ? 0 : word.length < 10 ? 1 : 2;
}

/** A query word shorter than this is not read as a prefix: one letter would match most of the vocabulary. */
export const MIN_PREFIX = 2;
