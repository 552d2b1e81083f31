/**
 * An expression over ASCII words that ignores case, in its two forms: with the `u` flag, as the
 * extractor writes it, and without, which V8 runs several times faster (under `iu`, every letter and
 * every `\b` must allow for Unicode case folding). The two find the same matches in any text that
 * holds none of the code units on which they can differ (see foldsPlainly): a caller picks the plain
 * form for such a text, so what is found never depends on the choice.
 */
export interface Caseless {
  /** The expression as written, with `iu` (and `g` if asked). */
  unicode: RegExp;
  /** The same source with `i` (and `g`): only for a text of which foldsPlainly holds. */
  plain: RegExp;
}

// Where `i` and `iu` part for a pattern of ASCII characters: ſ (U+017F) folds to "s" and the Kelvin
// sign (U+212A) to "k" under `u` only (and both are word characters for `\b` there), and a surrogate
// pair is one character under `u` but two without (a `[^.;]{0,80}` counts them differently).
const UNICODE_ONLY = /[\u017F\u212A\uD800-\uDFFF]/;

/** True when every caseless expression finds the same matches in `text` with or without `u`. */
export function foldsPlainly(text: string): boolean {
  return !UNICODE_ONLY.test(text);
}

// A source that means something else without `u` (a property class, a code point escape, a character
// beyond ASCII, which `u` may fold to ASCII) cannot have a plain form.
const NEEDS_UNICODE = /\\[pPu]|[^\x00-\x7F]/;

/** Both forms of `source` ('i' or 'gi' as `flags`); throws for a source that needs `u` to mean what it says. */
export function caseless(source: string, flags: 'i' | 'gi' = 'i'): Caseless {
  if (NEEDS_UNICODE.test(source)) throw new Error(`caseless: /${source}/ needs the u flag`);
  return { unicode: new RegExp(source, `${flags}u`), plain: new RegExp(source, flags) };
}

/** The form of `re` to run on a text whose foldsPlainly is `plain`. */
export function pick(re: Caseless, plain: boolean): RegExp {
  return plain ? re.plain : re.unicode;
}
