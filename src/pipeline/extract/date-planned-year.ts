import { MONTH_PATTERN, monthNumber } from '../lexicon/months.ts';
import { allMatches } from '../text/all-matches.ts';
import { isoDate } from './calendar.ts';

/** The year a yearless day of the event takes from a later, dated plan, and the words that give it. */
export interface PlannedYear {
  year: number;
  /** "plans to follow up … in January 2018". */
  words: string;
}

// "plans to follow up with a training of trainers in January 2018", "the final event is due to take
// place in Yaoundé in March 2019": a step still ahead, with its month and year.
const PLANNED = new RegExp(
  `\\b(?:plans? to|planned|will|is due to|are due to|is scheduled to|are scheduled to|is expected to)\\b[^.!?\\n]{0,100}?\\b(${MONTH_PATTERN})\\.?\\s+((?:19|20)\\d\\d)\\b`,
  'giu',
);
// "A workshop in Abidjan was held in March 2018": a step already taken, with its month and year.
const HELD = new RegExp(`\\b(?:was|were)\\s+(?:held|organi[sz]ed|conducted)\\b[^.!?\\n]{0,60}?\\b(${MONTH_PATTERN})\\.?\\s+((?:19|20)\\d\\d)\\b`, 'giu');

/**
 * For a release with no publication date whose event's days have no year ("two courses on December
 * 11-20"): a later step the text dates ahead of it ("plans to follow up … in January 2018") puts the
 * event in the last such days before it (December 2017). A dated earlier step ("was held in March
 * 2018") must lie before the event, else nothing is derived; two plans that disagree derive nothing.
 */
export function plannedYear(text: string, month: number, day: number): PlannedYear | null {
  const years = allMatches(PLANNED, text).flatMap((m) => {
    const ahead = isoDate(Number(m[2]), monthNumber(m[1]!) ?? 0, 1);
    if (!ahead) return [];
    const year = Number(m[2]);
    const sameYear = isoDate(year, month, day);
    return [{ year: sameYear && sameYear < ahead ? year : year - 1, words: m[0] }];
  });
  const distinct = new Set(years.map((y) => y.year));
  const found = years[0];
  if (!found || distinct.size !== 1) return null;
  const event = isoDate(found.year, month, day);
  const before = allMatches(HELD, text).some((m) => {
    const earlier = isoDate(Number(m[2]), monthNumber(m[1]!) ?? 0, 1);
    return earlier !== null && event !== null && earlier > event;
  });
  return before || !event ? null : found;
}
