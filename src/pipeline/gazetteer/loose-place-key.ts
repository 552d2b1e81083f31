// The Arabic article written before a name ("Al-Mukalla", "As Sulaymaniyah", "El Obeid") is often left out.
const ARTICLE = /^(?:al|el|as|ad|ar|an|at|az|ash|ath|adh) (?=\S{4})/;

/**
 * A spelling-tolerant form of a normalised key, for names transliterated more than one way:
 * every run of vowels (y included) becomes one "a", "kh" becomes "h", doubled letters collapse,
 * a leading Arabic article is dropped and a final "h" after a vowel too ("-iyah" and "-ia"), and spaces go.
 * "atamurat" and "atamyrat" → "atamarat"; "tashkent" and "toshkent" → "tashkant";
 * "as sulaymaniyah" and "sulaymania" → "salamana".
 * Null for keys too short to compare loosely (under five letters), where it would match noise.
 */
export function loosePlaceKey(key: string): string | null {
  if (key.replace(/ /g, '').length < 5) return null;
  return key
    .replace(ARTICLE, '')
    .replace(/kh/g, 'h')
    .replace(/[aeiouy]+/g, 'a')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/ah\b/g, 'a')
    // A compound written as one word or two ("Wangduephodrang", "Wangdue Phodrang") is one name.
    .replace(/ /g, '');
}
