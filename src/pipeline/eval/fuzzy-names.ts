// Lenient comparison of names as annotators and extractors write them: "the OSCE’s Transnational
// Threats Department" and "OSCE Transnational Threats Department" are the same body.
import { findCountryMentions } from '../lexicon/countries.ts';

const STOP = new Set(['the', 'of', 'in', 'and', 'for', 'to', 's']);

// "Mission to BiH" and "Mission to Bosnia and Herzegovina" name the same body: a country, however
// written, becomes its code before words are compared.
function withCountryCodes(name: string): string {
  let out = '';
  let at = 0;
  for (const m of findCountryMentions(name)) {
    out += `${name.slice(at, m.start)} country${m.code} `;
    at = m.end;
  }
  return out + name.slice(at);
}

function tokens(name: string): Set<string> {
  const words = withCountryCodes(name)
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP.has(w));
  return new Set(words);
}

// "IMO" and "International Maritime Organisation", "UNODC" and "UN Office on Drugs and Crime (UNODC)":
// a body written by its acronym alone is the body whose name gives that acronym in brackets, or whose
// capitalised words' initials spell it. Only a whole acronym counts ("OSCE" is not "OSCE Mission to
// Skopje": an owner's acronym at the head of a longer name is another body).
const ACRONYM = /^(?:the\s+)?(\p{Lu}{2,}\d*)$/u;

function acronymOf(acronym: string, name: string): boolean {
  if (name.includes(`(${acronym})`)) return true;
  const initials = name
    .replace(/\([^)]*\)/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return initials === acronym;
}

/**
 * True when the two names share most of their words (Jaccard ≥ 0.6), the shorter (two words or more)
 * lies within the longer, or one is the other's acronym.
 */
export function sameName(a: string, b: string): boolean {
  const acronymA = ACRONYM.exec(a.trim())?.[1];
  const acronymB = ACRONYM.exec(b.trim())?.[1];
  if (acronymA && acronymB) return acronymA === acronymB;
  if (acronymA && acronymOf(acronymA, b)) return true;
  if (acronymB && acronymOf(acronymB, a)) return true;
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.size === 0 || tb.size === 0) return false;
  const shared = [...ta].filter((w) => tb.has(w)).length;
  const union = new Set([...ta, ...tb]).size;
  const smaller = Math.min(ta.size, tb.size);
  return shared / union >= 0.6 || (smaller >= 2 && shared === smaller);
}

/** Every name on each side has a counterpart on the other. */
export function sameNameSets(expected: readonly string[], got: readonly string[]): boolean {
  return expected.every((e) => got.some((g) => sameName(e, g))) && got.every((g) => expected.some((e) => sameName(e, g)));
}
