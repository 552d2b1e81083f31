import { findCountry, findCountryMentions } from '../lexicon/countries.ts';
import { HEAD_WORDS, TITLE_WORDS } from '../lexicon/organization-words.ts';
import { findOrganizationMentions } from './organization-mentions.ts';
import { remembered } from '../text/remembered.ts';

export interface NamedPerson {
  name: string;
  /** The role as written, a title before the name first ("Ambassador, Head of the OSCE Centre"). */
  role: string | null;
  start: number;
  end: number;
}

const PRONOUN = /^(?:he|she|they|He|She|They)$/;
// Honorifics and ranks stand before a name and are never part of it ("Mr Tom Mboya", "Brigadier-General
// Sitiveni Qiliho", "Maj. Gen. Deng", "Judge Aminata Diallo", "Senator Mary Okoth").
const HONORIFIC =
  /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Sheikh|H\.?E|Gen|Maj|Col|Lt|Capt|Sgt|Cpl|Brig|Cdr|Adm|Insp|Supt|Brigadier|Brigadier-General|Brig-Gen|Major-General|Lieutenant-General|Lieutenant-Colonel|Lt-Col|Maj-Gen|Lt-Gen|Colonel|Commissioner|Superintendent|Sergeant|Corporal|Admiral|Commodore|Detective|Constable|Judge|Justice|Magistrate|Prosecutor|Attorney|Hon|Honourable|Honorable|Rev|Reverend|Senator|Mayor|Governor|Councillor|Councilor)\.?$/;
// A particle inside a name: "Piet de Groot", "Jan van der Berg", "Hassan bin Said", "Luis da Silva".
const PARTICLE = /^(?:de|del|della|der|den|di|da|das|do|dos|du|la|le|van|von|ten|ter|bin|binti|ibn|al|el)$/;
// A middle initial: "Gary D. Robbins".
const INITIAL = /^\p{Lu}\.$/u;
// "Zarudna", "McCullough", "O'Brien", "Jean-Luc"; not an acronym ("ATU").
const NAME_WORD = /^\p{Lu}(?=[\p{L}\p{M}'’-]*\p{Ll})[\p{L}\p{M}'’]+(?:-\p{Lu}?[\p{L}\p{M}'’]+)*$/u;
const NOT_NAME_WORDS = new Set(['The', 'This', 'That', 'These', 'It', 'Its', 'We', 'Our', 'An', 'A', 'In', 'On', 'At']);

const isNameWord = (w: string): boolean =>
  NAME_WORD.test(w) && !TITLE_WORDS.has(w) && !HEAD_WORDS.has(w) && !NOT_NAME_WORDS.has(w) && !HONORIFIC.test(w) && !findCountry(w);

/**
 * Reads who an attribution names: "Ambassador Natalia Zarudna, Head of the OSCE Centre" →
 * Natalia Zarudna, "Ambassador, Head of the OSCE Centre"; "Political Officer at the OSCE Office in
 * Astana Colin McCullough" → Colin McCullough, "Political Officer at the OSCE Office in Astana";
 * "Canada's Ambassador to Ukraine, Abina Dann" → Abina Dann, "Canada's Ambassador to Ukraine".
 * `offset` is where `clause` starts in the text. "he"/"she" → 'pronoun'.
 */
export function parseAttribution(clause: string, offset: number): NamedPerson | 'pronoun' | null {
  const trimmed = clause.replace(/[\s,:]+$/, '');
  const lead = trimmed.length - trimmed.trimStart().length;
  const body = trimmed.trimStart();
  if (PRONOUN.test(body)) return 'pronoun';
  const parts = splitParts(body, offset + lead);
  for (let i = 0; i < parts.length; i++) {
    const found = nameAtEnd(parts[i]!.text);
    if (!found) continue;
    // A part before the name that sets the scene ("While addressing participants, X said") is no role.
    const others = parts
      .filter((p, k) => k !== i && !(k < i && SCENE.test(p.text)))
      .map((p) => p.text.replace(/^(?:the|an?)\s+/i, '').replace(PASSIVE_BY, ''));
    const roles = [found.before, ...others].map(cleanRole).filter((r) => r !== '');
    const start = parts[i]!.start + found.at;
    return { name: found.name, role: roles.length > 0 ? roles.join(', ') : null, start, end: start + found.name.length };
  }
  return nameFirst(parts);
}

// "Mohammad Nasim Safi from Afghan Border Police", "Teguh Ungsiadi specialist of his Ministry": a
// name that opens a part, followed by "from"/"of"/"at" or a word in lower case, the rest its role.
function nameFirst(parts: readonly { text: string; start: number }[]): NamedPerson | null {
  for (const [i, part] of parts.entries()) {
    const m = /^(\p{Lu}\S*(?:\s+\p{Lu}\S*){1,2})\s+(?=from\s|of\s|at\s|\p{Ll})/u.exec(part.text);
    const words = m?.[1]?.split(/\s+/) ?? [];
    if (!m || !words.every(isNameWord) || findCountryMentions(m[1]!).length > 0) continue;
    const roles = [part.text.slice(m[0].length), ...parts.filter((_, k) => k !== i && !(k < i && SCENE.test(parts[k]!.text))).map((p) => p.text)]
      .map(cleanRole)
      .filter((r) => r !== '');
    return { name: m[1]!, role: roles.length > 0 ? roles.join(', ') : null, start: part.start, end: part.start + m[1]!.length };
  }
  return null;
}

const SCENE = /^(?:While|When|During|Speaking|Addressing|Opening|Closing|In|At|On|After|Before|According|As)\b/;
// "The course was opened by the Head of X, Y": the role is what follows "by".
const PASSIVE_BY = /^.*\b(?:was|were|is|are|been)\s+\p{L}+\s+by\s+(?:the\s+)?/u;

// A role reads whole: no honorific left after it ("Head of the Office Mr."), no dangling "the" or
// "from" where a comma cut it ("trainer from the").
function cleanRole(role: string): string {
  let r = role.trim();
  for (;;) {
    const next = r
      .replace(/(?:^|\s+)(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?$/, '')
      .replace(/\s+(?:the|of|from|at|in|to|for|and|with|by|a|an)$/i, '')
      .replace(/[\s,;:–—-]+$/, '')
      .trim();
    if (next === r) return r;
    r = next;
  }
}

function splitParts(body: string, offset: number): { text: string; start: number }[] {
  const parts: { text: string; start: number }[] = [];
  let from = 0;
  for (const comma of body.matchAll(/,\s*/g)) {
    parts.push({ text: body.slice(from, comma.index), start: offset + from });
    from = comma.index + comma[0].length;
  }
  parts.push({ text: body.slice(from), start: offset + from });
  return parts.filter((p) => p.text !== '');
}

/**
 * Where the last body named in `part` ends (0 when none), remembered by text: the same parts of an
 * attribution are read by several readers of a release (appositions, the words before and after a
 * quote), and reading bodies is dear. Pure, so bounded by clearing when full.
 */
const bodiesEnd = remembered((part) => Math.max(0, ...findOrganizationMentions(part).map((m) => m.end)));

// A person's name closes the part: two or three name words after any title or body's name.
function nameAtEnd(part: string): { name: string; before: string; at: number } | null {
  const words = [...part.matchAll(/\S+/g)];
  // Read only when some words could be a name: most parts have none, and reading bodies is dear.
  let orgEnd: number | undefined;
  for (const size of [4, 3, 2]) {
    const chosen = words.slice(-size);
    const inner = chosen.slice(1, -1);
    const ends = [chosen[0], chosen[chosen.length - 1]];
    if (chosen.length < size || !ends.every((w) => w && isNameWord(w[0])) || !inner.every((w) => isNameWord(w[0]) || INITIAL.test(w[0]) || PARTICLE.test(w[0]))) continue;
    // Four words only with an initial or a particle ("Gary D. Robbins" is three, "Jan van der Berg" four).
    if (size === 4 && !inner.some((w) => INITIAL.test(w[0]) || PARTICLE.test(w[0]))) continue;
    // "Sri Lanka", "Costa Rica": a country is not a person.
    if (findCountryMentions(chosen.map((w) => w[0]).join(' ')).length > 0) continue;
    const at = chosen[0]!.index;
    orgEnd ??= bodiesEnd(part);
    if (at < orgEnd) continue;
    const before = part.slice(0, at).trim();
    return { name: chosen.map((w) => w[0]).join(' '), before, at };
  }
  return null;
}
