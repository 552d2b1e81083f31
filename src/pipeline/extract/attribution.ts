import { findCountry } from '../lexicon/countries.ts';
import { HEAD_WORDS, TITLE_WORDS } from '../lexicon/organization-words.ts';
import { findOrganizationMentions } from './organization-mentions.ts';

export interface NamedPerson {
  name: string;
  /** The role as written, a title before the name first ("Ambassador, Head of the OSCE Centre"). */
  role: string | null;
  start: number;
  end: number;
}

const PRONOUN = /^(?:he|she|they|He|She|They)$/;
// "Zarudna", "McCullough", "O'Brien", "Jean-Luc"; not an acronym ("ATU").
const NAME_WORD = /^\p{Lu}(?=[\p{L}\p{M}'’-]*\p{Ll})[\p{L}\p{M}'’]+(?:-\p{Lu}?[\p{L}\p{M}'’]+)*$/u;
const NOT_NAME_WORDS = new Set(['The', 'This', 'That', 'These', 'It', 'Its', 'We', 'Our', 'An', 'A', 'In', 'On', 'At']);

const isNameWord = (w: string): boolean =>
  NAME_WORD.test(w) && !TITLE_WORDS.has(w) && !HEAD_WORDS.has(w) && !NOT_NAME_WORDS.has(w) && !findCountry(w);

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
    const others = parts.filter((_, k) => k !== i).map((p) => p.text.replace(/^(?:the|an?)\s+/i, ''));
    const roles = [found.before, ...others].map((r) => r.trim()).filter((r) => r !== '');
    const start = parts[i]!.start + found.at;
    return { name: found.name, role: roles.length > 0 ? roles.join(', ') : null, start, end: start + found.name.length };
  }
  return null;
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

// A person's name closes the part: two or three name words after any title or body's name.
function nameAtEnd(part: string): { name: string; before: string; at: number } | null {
  const words = [...part.matchAll(/\S+/g)];
  const orgEnd = Math.max(0, ...findOrganizationMentions(part).map((m) => m.end));
  for (const size of [3, 2]) {
    const chosen = words.slice(-size);
    if (chosen.length < size || !chosen.every((w) => isNameWord(w[0]))) continue;
    const at = chosen[0]!.index;
    if (at < orgEnd) continue;
    const before = part.slice(0, at).trim();
    return { name: chosen.map((w) => w[0]).join(' '), before, at };
  }
  return null;
}
