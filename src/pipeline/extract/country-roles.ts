import type { Role } from '../../schema/dataset.ts';
import { findCountry, type CountryMention } from '../lexicon/countries.ts';
import { EXPERT_NOUNS, PARTICIPANT_NOUNS, ROLE_BLOCKERS, TEACHING_VERBS } from '../lexicon/role-words.ts';
import type { Sentence } from '../text/sentences.ts';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|[^\s\p{L}\p{N}]/gu;
// Words that may stand between a country and the people noun it qualifies: "Afghan customs
// officials", "Tajik and Afghan law enforcement officers", "BiH Border Police cadets".
const MAX_MODIFIERS = 3;
const MAX_SCAN = 30;

function nounRole(word: string): Role | null {
  const w = word.toLowerCase().replace(/['’]s?$/, '');
  if (EXPERT_NOUNS.has(w)) return 'expert';
  if (PARTICIPANT_NOUNS.has(w)) return 'participant';
  return null;
}

/**
 * The role a country mention is given in its sentence, or null: a people noun right after it
 * ("Afghan customs officials" → participant, "Lithuanian experts" → expert; "held by two Turkmenistan
 * customs officials" → expert), else the nearest people noun before it with nothing between that
 * breaks the link ("officials from services of Afghanistan, Azerbaijan …", "experts from Georgia").
 * "in X" is a place, and an OSCE body between noun and country makes it a seat, not a nationality.
 */
export function readMentionRole(text: string, sentence: Sentence, mention: CountryMention): Role | null {
  return roleAfter(text, sentence, mention) ?? roleBefore(text, sentence, mention);
}

function roleAfter(text: string, sentence: Sentence, mention: CountryMention): Role | null {
  const rest = text.slice(mention.end, sentence.end).replace(/^['’]s\b/, '');
  const words = [...rest.matchAll(WORD)].map((m) => m[0]);
  let modifiers = 0;
  for (let i = 0; i < words.length && modifiers <= MAX_MODIFIERS; i++) {
    const word = words[i]!;
    const role = nounRole(word);
    if (role) return agentOfTeaching(text, sentence, mention) ? 'expert' : role;
    // "Tajik and Afghan officers", "Czech, Latvian and Polish officers": another country's word
    // continues the same list and is not one of the modifiers.
    if ((word === ',' || word === 'and') && findCountry(words[i + 1] ?? '') !== undefined) {
      i++;
      continue;
    }
    // A verb or a new determiner starts another phrase ("Officials in X heard an expert").
    if (!/^[\p{L}-]+$/u.test(word) || ROLE_BLOCKERS.has(word.toLowerCase()) || /^(?:a|an|the|this|these|its|their|\p{Ll}+ed)$/u.test(word)) return null;
    if (word === 'and' && /^\p{Lu}/u.test(words[i + 1] ?? '')) continue;
    modifiers++;
  }
  return null;
}

function agentOfTeaching(text: string, sentence: Sentence, mention: CountryMention): boolean {
  return TEACHING_VERBS.test(text.slice(Math.max(sentence.start, mention.start - 60), mention.start));
}

function roleBefore(text: string, sentence: Sentence, mention: CountryMention): Role | null {
  const before = text.slice(sentence.start, mention.start);
  if (/\b(?:in|at|near|to|into|inside|within)\s+(?:the\s+)?$/.test(before)) return null;
  const words = [...before.matchAll(WORD)].map((m) => m[0]).reverse();
  for (let i = 0; i < words.length && i < MAX_SCAN; i++) {
    const word = words[i]!;
    const role = nounRole(word);
    // "the National Police Academy of Serbia": a capitalised noun inside a name is not the people.
    if (role && !(/^\p{Lu}/u.test(word) && /^\p{Lu}/u.test(words[i - 1] ?? '') && findCountry(words[i - 1]!) === undefined)) return role;
    if (/^[;:()“”"—]$/.test(word) || ROLE_BLOCKERS.has(word) || /^\p{Ll}+ed$/u.test(word)) return null;
  }
  return null;
}
