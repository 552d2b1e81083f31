import { addDays, isoDate, weekdayOf } from './calendar.ts';
import type { Period } from './date-anchor.ts';

/**
 * The days a stretch word covers, counted from the publication day (weeks run Monday to Sunday):
 * "last week" in a release of Monday 20 December 2004 → 13–19 December; "last month" → the whole
 * previous month; "earlier this month" → the 1st to the day before. Null when the stretch is empty
 * ("earlier this week" on a Monday).
 */
export function periodDays(period: Period, published: string): { from: string; to: string } | null {
  const monday = addDays(published, -((weekdayOf(published) + 6) % 7));
  const firstOfMonth = `${published.slice(0, 8)}01`;
  const yesterday = addDays(published, -1);
  switch (period) {
    case 'last week':
      return { from: addDays(monday, -7), to: addDays(monday, -1) };
    case 'this week':
      return { from: monday, to: addDays(monday, 6) };
    case 'earlier this week':
      return monday <= yesterday ? { from: monday, to: yesterday } : null;
    case 'last month': {
      const lastOfPrevious = addDays(firstOfMonth, -1);
      return { from: isoDate(Number(lastOfPrevious.slice(0, 4)), Number(lastOfPrevious.slice(5, 7)), 1)!, to: lastOfPrevious };
    }
    case 'earlier this month':
      return firstOfMonth <= yesterday ? { from: firstOfMonth, to: yesterday } : null;
  }
}
