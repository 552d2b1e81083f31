/**
 * A spelling-tolerant form of a normalised key, for names transliterated more than one way:
 * every run of vowels (y included) becomes one "a", "kh" becomes "h", doubled letters collapse.
 * "atamurat" and "atamyrat" → "atamarat"; "tashkent" and "toshkent" → "tashkant".
 * Null for keys too short to compare loosely (under five letters), where it would match noise.
 */
export function loosePlaceKey(key: string): string | null {
  if (key.replace(/ /g, '').length < 5) return null;
  return key
    .replace(/kh/g, 'h')
    .replace(/[aeiouy]+/g, 'a')
    .replace(/([a-z])\1+/g, '$1');
}
