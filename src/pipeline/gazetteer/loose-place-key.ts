// The Arabic article written before a name ("Al-Mukalla", "As Sulaymaniyah", "El Obeid") is often left out.
const ARTICLE = /^(?:al|el|as|ad|ar|an|at|az|ash|ath|adh) (?=\S{4})/;

/**
 * A spelling-tolerant form of a normalised key, for names transliterated more than one way:
 * every run of vowels (y included) becomes one "a", "kh" becomes "h", doubled letters collapse,
 * a leading Arabic article is dropped and a final "h" after a vowel too ("-iyah" and "-ia"), and spaces go.
 * "atamurat" and "atamyrat" → "atamarat"; "tashkent" and "toshkent" → "tashkant";
 * "as sulaymaniyah" and "sulaymania" → "salamana".
 * Null for keys too short to compare loosely (under five letters), where it would match noise.
 *
 * Read by hand, in the order the rules apply (each on what the one before made): the respellings of
 * a country are built from every place's own name keys on its first hinted miss (tens of thousands
 * of keys per build thread), and a chain of six replacements cost most of that.
 */
export function loosePlaceKey(key: string): string | null {
  let letters = 0;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== SPACE) letters++;
  if (letters < 5) return null;
  return withoutFinalH(foldedLetters(key.replace(ARTICLE, '')));
}

// The character codes each pass makes, reused: a string grown one character at a time cost more than the rules.
const codes: number[] = [];
const kept: number[] = [];

const SPACE = 0x20;
const A = 0x61;
const H = 0x68;
const K = 0x6b;

// "kh" → "h", every run of vowels → "a", then each run of one letter (a–z) → that letter once.
function foldedLetters(text: string): number[] {
  codes.length = 0;
  // The last character the first two rules made, which the third compares with.
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c === K && text.charCodeAt(i + 1) === H) {
      c = H;
      i++;
    } else if (isVowel(c)) {
      while (isVowel(text.charCodeAt(i + 1))) i++;
      c = A;
    }
    if (!(c === last && c >= A && c <= 0x7a)) codes.push(c);
    last = c;
  }
  return codes;
}

// "ah" at a word's end → "a"; then the spaces go.
function withoutFinalH(text: readonly number[]): string {
  kept.length = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === SPACE) continue;
    if (c === H && i > 0 && text[i - 1] === A && !isWordCharacter(text[i + 1] ?? -1)) continue;
    kept.push(c);
  }
  return String.fromCharCode(...kept);
}

function isVowel(c: number): boolean {
  return c === A || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75 || c === 0x79;
}

// What \b counts as a word's character: ASCII letters, digits and "_".
function isWordCharacter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}
