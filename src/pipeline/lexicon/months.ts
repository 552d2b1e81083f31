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

// Each name's month number, read for every date mention of every release.
const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));

/** "Sep" / "September" / "sept." → 9; undefined for anything else. */
export function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase();
  return MONTH_NUMBERS.get(key.endsWith('.') ? key.slice(0, -1) : key);
}

/** Regex source matching a weekday's full name ("Monday" … "Sunday"), as releases write it before a day. */
export const WEEKDAY_PATTERN = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
