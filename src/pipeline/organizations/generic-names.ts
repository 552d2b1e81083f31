import { findCountryMentions } from '../lexicon/countries.ts';
import { HEAD_WORDS } from '../lexicon/organization-words.ts';
import { isFunctionWord, isOwnerAcronym, nameTokens } from './name-parts.ts';
import { words } from './organization-key.ts';

// Both are asked of every organiser's name of every event when the build merges organisers, and
// again for each name it is compared with: pure, so each name is read once.
const MINISTRY_KEYS = new Map<string, string | null>();
const GENERIC = new Map<string, boolean>();

function remembered<T>(memo: Map<string, T>, name: string, read: (name: string) => T): T {
  if (memo.has(name)) return memo.get(name)!;
  if (memo.size >= 100_000) memo.clear();
  const value = read(name);
  memo.set(name, value);
  return value;
}

const BRACKETS = /\s*\([^()]*\)\s*$/u;
// What a ministry is for, however written: "Interior Ministry", "Ministry of the Interior",
// "Ministry of Internal Affairs" are one kind of ministry.
const MINISTRY_TOPICS: readonly (readonly [RegExp, string])[] = [
  [/^(?:interior|internal affairs|home affairs)$/, 'interior'],
  [/^(?:foreign|foreign affairs|external affairs|foreign affairs and international trade)$/, 'foreign'],
  [/^justice$/, 'justice'],
  [/^(?:defence|defense)$/, 'defence'],
  [/^finance$/, 'finance'],
];
const MINISTRY_BEFORE = /^(?:the\s+)?(?:federal\s+)?([a-z ]+?)\s+ministry$/;
const MINISTRY_OF = /^(?:the\s+)?(?:federal\s+)?ministry\s+of\s+(?:the\s+)?([a-z ]+)$/;

/**
 * A ministry's kind and country, whatever the word order: "Austrian Interior Ministry" and
 * "Austrian Federal Ministry of the Interior" → "ministry interior AT"; "Interior Ministry" →
 * "ministry interior". Null for any other name.
 */
export function ministryKey(name: string): string | null {
  return remembered(MINISTRY_KEYS, name, readMinistryKey);
}

function readMinistryKey(name: string): string | null {
  const bare = name.replace(BRACKETS, '');
  let country = '';
  let rest = bare;
  // The owner, written before ("Austrian", "Kazakhstan's") or after ("… of the Republic of North Macedonia").
  for (const m of findCountryMentions(bare)) {
    country = m.code;
    rest = `${bare.slice(0, m.start)} ${bare.slice(m.end)}`;
    break;
  }
  const plain = words(rest.replace(/['’]s\b/g, ''))
    .replace(/\s+of(?:\s+the)?(?:\s+republic(?:\s+of)?)?$/, '')
    .replace(/^(?:republic\s+)?/, '')
    .trim();
  const topic = MINISTRY_BEFORE.exec(plain)?.[1] ?? MINISTRY_OF.exec(plain)?.[1];
  if (!topic) return null;
  const kind = MINISTRY_TOPICS.find(([re]) => re.test(topic.trim()))?.[1];
  return kind ? `ministry ${kind}${country ? ` ${country}` : ''}` : null;
}

/**
 * A fragment that names a kind of body, not one body: "OSCE Mission", "OSCE Office", "the Police":
 * only an organisation's acronym and heads, no country and no place. "OSCE Secretariat" (one body)
 * and "Supreme Court" are not fragments.
 */
export function isGenericName(name: string): boolean {
  return remembered(GENERIC, name, readGeneric);
}

function readGeneric(name: string): boolean {
  const bare = name.replace(BRACKETS, '');
  if (findCountryMentions(bare).length > 0) return false;
  const tokens = nameTokens(bare).filter((t) => !isFunctionWord(t));
  if (tokens.length === 0) return false;
  const last = tokens[tokens.length - 1]!.replace(/['’]s$/, '');
  return tokens.every((t) => isOwnerAcronym(t.replace(/['’]s$/, '')) || HEAD_WORDS.has(t.replace(/['’]s$/, ''))) && HEAD_WORDS.has(last) && !KINDS_NAMED_ONCE.has(last);
}

/** A ministry named by its kind alone ("Interior Ministry", "Ministry of Internal Affairs"): every country has one. */
export function isMinistryKind(name: string): boolean {
  const key = ministryKey(name);
  return key !== null && key.split(' ').length === 2;
}

// Heads that name one body even with an owner alone ("OSCE Secretariat", "EU Programme" is rare but
// one thing): never a fragment.
const KINDS_NAMED_ONCE: ReadonlySet<string> = new Set(['Secretariat', 'Programme', 'Program', 'Team', 'Network', 'Alliance', 'Parliament']);

/**
 * The specific body of the same release that a fragment stands for: one whose words hold all the
 * fragment's ("OSCE Mission" → "OSCE Mission to Skopje") or, for a ministry, one of the same kind
 * ("Interior Ministry" → "Ministry of Interior of the Republic of North Macedonia"). Undefined when
 * none or more than one could be meant.
 */
export function specificFor(fragment: string, names: readonly string[]): string | undefined {
  const ministry = ministryKey(fragment);
  const own = new Set(words(fragment.replace(BRACKETS, '')).split(' ').filter((w) => !isFunctionWord(w)));
  const candidates = names.filter((n) => {
    if (n === fragment || isGenericName(n)) return false;
    const other = ministryKey(n);
    if (ministry && other) return other.startsWith(ministry);
    const theirs = new Set(words(n).split(' '));
    return [...own].every((w) => theirs.has(w));
  });
  return candidates.length === 1 ? candidates[0] : undefined;
}
