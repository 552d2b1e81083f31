// Month names as releases write them: full, three-letter and "Sept" abbreviations, with or without a dot.
const MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

/** Regex source matching any month name or abbreviation (longest first, so "June" beats "Jun"). */
export const MONTH_PATTERN = MONTHS.flat()
  .sort((a, b) => b.length - a.length)
  .map((m) => m[0]!.toUpperCase() + m.slice(1))
  .join('|');

/** "Sep" / "September" / "sept." → 9; undefined for anything else. */
export function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, '');
  const index = MONTHS.findIndex((names) => names.includes(key));
  return index === -1 ? undefined : index + 1;
}
