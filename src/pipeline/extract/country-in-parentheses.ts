import type { Role } from '../../schema/dataset.ts';
import { namedAsTeachers } from './named-as-teachers.ts';

// The parenthesis the country (or the list it opens) stands in: "… Rossi (", "25 officers (".
const OPENS_PARENTHESIS = /\(\s*$/;
// A person's name right before it, with an optional title: "Prof. Anna Rossi ", "Judge Lot Moroka ", "Dr Kim ".
const PERSON_BEFORE =
  /(?:\b(?:Prof|Dr|Mr|Mrs|Ms|Judge|Justice|Col|Gen|Maj|Capt|Lt|Sgt|Insp|Ambassador)\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s*$/u;

/**
 * A country in parentheses after the people it is said of: "Lecturers: Prof. Anna Rossi (Italy),
 * Dr Jean Dupont (France)", "Participants: 25 officers (Ruritania, Freedonia)". Programmes and
 * lists in the genre give a person's or a group's country this way, and the parenthesis cuts the
 * link the other readings look for. Evidence: the words before the parenthesis (people noun or
 * person's name) and what the sentence lists them as. Decision: a people noun takes the role it
 * has there (`roleAt`, read as if the country stood at the parenthesis; `isPeople` tells a people
 * noun, and a place or a body before the parenthesis gives nothing); a person's name takes the
 * teachers' role when the sentence opens with its teachers (named-as-teachers.ts), else none.
 * undefined when the country is not in such a parenthesis.
 */
export function parenthesisedRole(before: string, isPeople: (word: string) => boolean, roleAt: (offset: number) => Role | null): Role | null | undefined {
  const open = OPENS_PARENTHESIS.exec(before);
  if (!open) return undefined;
  const upTo = before.slice(0, open.index);
  const person = PERSON_BEFORE.exec(upTo);
  if (person) return namedAsTeachers(upTo.slice(0, person.index)) ? 'expert' : undefined;
  // Only the people right before it: "the School in Holesov (Czech Republic)" places a body, whoever the sentence is about.
  const last = /([\p{L}-]+)\s*$/u.exec(upTo)?.[1];
  return last !== undefined && isPeople(last) ? (roleAt(open.index) ?? undefined) : undefined;
}
