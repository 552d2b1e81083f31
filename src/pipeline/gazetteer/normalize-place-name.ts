import { FOLDED_LETTER, FOLDED_LETTERS } from '../../schema/search-terms.ts';

const NON_ASCII = /[^\x00-\x7f]/;
// Greek, Cyrillic, Armenian, Hebrew, Arabic, Indic, CJK … (everything from U+0370 except combining
// marks, Latin Extended Additional and punctuation): names written in them are never looked up.
const NON_LATIN_SCRIPT = /[\u0370-\u1dbf\u2c00-\uffff]/;

/** Whether a name is written in a script we never look names up in; cheap, so the index can skip it before normalising. */
export function isNonLatinScript(name: string): boolean {
  return NON_LATIN_SCRIPT.test(name);
}

/**
 * The key a place name is looked up by: lower case, diacritics removed, hyphens, apostrophes and
 * dots as spaces, whitespace collapsed. "Ust-Kamenogorsk" → "ust kamenogorsk",
 * "Sant Julià de Lòria" → "sant julia de loria", "St. John's" → "st john s".
 */
export function normalizePlaceName(name: string): string {
  let s = name.toLowerCase();
  // Most names are plain ASCII; NFD is the slow part of building the index, so skip it when it can do nothing.
  if (NON_ASCII.test(s)) {
    s = s
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(FOLDED_LETTER, (c) => FOLDED_LETTERS[c] ?? c)
      // Typographic apostrophes, primes and dashes mean the same as their ASCII forms in names.
      .replace(/[\u2018\u2019\u02bc\u02b9\u2032`´]/g, "'")
      .replace(/[\u2010-\u2015\u2212]/g, '-');
  }
  // Most names need no separator folding; testing first avoids building a new string for them.
  return SEPARATORS_OR_EDGE_SPACE.test(s) ? s.replace(SEPARATORS, ' ').trim() : s;
}

const SEPARATORS = /[-'.\s]+/g;
const SEPARATORS_OR_EDGE_SPACE = /[-'.]|\s\s|^\s|\s$|[^\S ]/;

/** Keys worth indexing: Latin letters, digits and spaces only (at least one letter) — our releases are English. */
export function isLatinKey(key: string): boolean {
  return LATIN_KEY.test(key);
}

const LATIN_KEY = /^[a-z0-9 ]*[a-z][a-z0-9 ]*$/;
