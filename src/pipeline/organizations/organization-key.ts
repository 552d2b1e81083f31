/** Spellings of "United States" that name the same country inside a body's name. */
const UNITED_STATES = /\b(?:united states(?: of america)?|u s a|u s)\b/g;

/**
 * The identity of an organising body's name, conservatively: case, punctuation, diacritics, a
 * leading "the" and the spelling of "United States" do not matter; every other word does.
 * "U.S. Embassy in Kazakhstan", "the United States Embassy in Kazakhstan" → "us embassy in kazakhstan";
 * "OSCE Centre in Bishkek" and "OSCE Programme Office in Bishkek" stay apart (renamed bodies,
 * transliterations and acronyms are not merged here).
 */
export function organizationKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(UNITED_STATES, 'us')
    .replace(/^the\s+/, '');
}
