import { HEAD_WORDS, IN_PHRASE_NOUNS } from '../lexicon/organization-words.ts';
import { isFunctionWord, isOwnerAcronym, nameTokens } from './name-parts.ts';
import { bracketedAcronym } from './organization-key.ts';

/** "… in Dushanbe": a place the name ends with, the words before it being the body's name. */
const IN_SEAT = /,?\s+in\s+\p{Lu}[\p{L}'’.-]*(?:[\s-]\p{Lu}[\p{L}'’.-]*){0,2}$/u;
const BRACKETS = /\s*\([^()]*\)\s*$/u;

/**
 * The name without the place it ends with: "OSCE Border Management Staff College in Dushanbe" →
 * "OSCE Border Management Staff College"; null when it names no place. "in" after trafficking or
 * trade continues the name ("Office for Combating Trafficking in Human Beings": no place).
 */
export function seatFreeName(name: string): string | null {
  const bare = bracketedAcronym(name) ? name.replace(BRACKETS, '') : name.trim();
  const seat = IN_SEAT.exec(bare);
  if (!seat) return null;
  const before = bare.slice(0, seat.index);
  const lastWord = nameTokens(before).at(-1) ?? '';
  return IN_PHRASE_NOUNS.has(lastWord) || before.trim() === '' ? null : before.trim();
}

/**
 * Whether a name, without a place, can mean only one body: an organisation's own acronym first,
 * then at least two words that are neither a kind of body nor a function word. "OSCE Border
 * Management Staff College" (border, management, staff) is one college; "OSCE Office", "OSCE
 * Programme Office" or "OSCE Academy" are kinds the OSCE has in many towns, and "Ministry of
 * Internal Affairs" (no owner) is a kind every country has.
 */
export function isSpecificOwnedName(name: string): boolean {
  const tokens = nameTokens(name.replace(BRACKETS, ''));
  const [owner, ...rest] = tokens[0]?.toLowerCase() === 'the' ? tokens.slice(1) : tokens;
  if (!owner || !isOwnerAcronym(owner)) return false;
  return rest.filter((t) => !isFunctionWord(t) && !HEAD_WORDS.has(t) && !isOwnerAcronym(t)).length >= 2;
}
