import { STEM_SUFFIXES } from '../lexicon/organization-words.ts';
import { isFunctionWord, nameTokens, ownersAgree } from './name-parts.ts';
import { words } from './organization-key.ts';

const BRACKETS = /\s*\([^()]*\)\s*$/u;

/**
 * A name split where `acronym` begins: the significant words whose initials spell it, from the
 * end ("OSCE Action Against Terror Unit" and ATU → owner [OSCE], words [Action, Terror, Unit]), or
 * null when they do not spell it. A hyphenated word is one word ("Co-operation").
 */
export function splitByAcronym(name: string, acronym: string): { owner: string[]; words: string[] } | null {
  const tokens = nameTokens(name.replace(BRACKETS, ''));
  const spelled: string[] = [];
  let at = tokens.length;
  while (at > 0 && spelled.length < acronym.length) {
    const token = tokens[--at]!;
    if (!isFunctionWord(token)) spelled.unshift(token);
  }
  if (spelled.length < acronym.length) return null;
  const initials = spelled.map((w) => w[0]!.toUpperCase()).join('');
  if (initials !== acronym.toUpperCase()) return null;
  const owner = tokens.slice(0, at);
  return { owner: owner[0]?.toLowerCase() === 'the' ? owner.slice(1) : owner, words: spelled };
}

/** "Terror" and "Terrorism", "Border" and "Borders": one word, or one with an English ending added. */
export function sameStem(a: string, b: string): boolean {
  const [x, y] = [words(a), words(b)].sort((p, q) => p.length - q.length) as [string, string];
  return x === y || (x.length >= 4 && y.startsWith(x) && STEM_SUFFIXES.has(y.slice(x.length)));
}

/**
 * Whether `other` names the body that `full` names and abbreviates in brackets: both spell the
 * acronym by their significant words' initials, word for word of one stem, under owners that agree
 * (see `ownersAgree`). "OSCE Action Against Terror Unit (ATU)" and "OSCE Secretariat's Action
 * against Terrorism Unit" are one unit; "OSCE Anti-Terrorism Unit" is not (Action ≠ Anti), nor is
 * "UNODC Action against Terrorism Unit" (another owner).
 */
export function spellsSameAcronym(full: string, acronym: string, other: string): boolean {
  if (acronym.length < 3) return false;
  const a = splitByAcronym(full, acronym);
  const b = splitByAcronym(other, acronym);
  return !!a && !!b && ownersAgree(a.owner, b.owner) && a.words.every((w, i) => sameStem(w, b.words[i]!));
}
