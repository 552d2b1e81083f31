// How text becomes search terms, for the build step (which indexes every event) and the app (which
// reads a query) alike: one tokenizer, so a word typed matches the word written.

// MiniSearch's default tokenizer splits on these (spaces, line breaks, punctuation); a test checks
// the two agree, so the index the build writes and the library's matching read words alike.
const SEPARATORS = /[\n\r\p{Z}\p{P}]+/u;

// Letters NFD does not decompose into a base letter plus a mark, as English texts spell them.
const FOLDED: Readonly<Record<string, string>> = { ø: 'o', ł: 'l', đ: 'd', ð: 'd', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ħ: 'h' };
const NON_ASCII = /[^\x00-\x7f]/;

/** A word as it is indexed and looked up: lower case, diacritics and ligatures folded ("Öskemen" → "oskemen"). */
export function foldTerm(word: string): string {
  const lower = word.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øłđðıßæœþħ]/g, (c) => FOLDED[c] ?? c);
}

/** The folded words of a text, in order, repeats kept: "Ust-Kamenogorsk, Öskemen" → ust, kamenogorsk, oskemen. */
export function searchTerms(text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(SEPARATORS)) if (word !== '') out.push(foldTerm(word));
  return out;
}

/** Whether the last word of a query is still being typed (no space or punctuation after it): it is then also read as a prefix. */
export function endsInWord(query: string): boolean {
  return query !== '' && !SEPARATORS.test(query.at(-1)!);
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
