import { findCountry } from '../lexicon/countries.ts';
import { NAME_FUNCTION_WORDS } from '../lexicon/organization-words.ts';
import { words } from './organization-key.ts';

/** An organisation's own acronym as a name's first word ("OSCE", "UNODC"), not a country's ("US", "BiH"). */
const ACRONYM = /^[\p{Lu}]{2,10}$/u;
const POSSESSIVE = /['’]s$/u;

/** "OSCE Secretariat's Action against Terrorism Unit" → its words as written, without the
 * punctuation around them (a possessive and inner hyphens stay). */
export function nameTokens(name: string): string[] {
  return name
    .split(/\s+/)
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’]+$/gu, ''))
    .filter((t) => t !== '');
}

/** Whether a word says nothing of which body a name means ("of", "against", "the"). */
export function isFunctionWord(token: string): boolean {
  return NAME_FUNCTION_WORDS.has(token.toLowerCase());
}

/** "OSCE" yes; "US", "Office" no: a body that owns others and names them after itself. */
export function isOwnerAcronym(token: string): boolean {
  const bare = token.replace(POSSESSIVE, '');
  return ACRONYM.test(bare) && findCountry(bare) === undefined;
}

/**
 * Whether two owners written before a name are one: "OSCE" and "OSCE’s", or "OSCE" and "OSCE
 * Secretariat's" (a possessive naming the part of the OSCE that holds the unit). Both must begin
 * with one organisation's acronym; the longer may add one possessive word, nothing else ("OSCE
 * Mission to Serbia's" is not the OSCE's). No owner agrees only with no owner.
 */
export function ownersAgree(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length === 0) return true;
  if (short.length === 0 || !isOwnerAcronym(short[0]!) || long.length - short.length > 1) return false;
  const same = (x: string, y: string) => words(x.replace(POSSESSIVE, '')) === words(y.replace(POSSESSIVE, ''));
  if (!short.every((t, i) => same(t, long[i]!))) return false;
  return long.length === short.length || POSSESSIVE.test(long[long.length - 1]!);
}
