// IsoDate's test (src/schema/dataset.ts) as a plain predicate: a summary's date columns hold 600,000
// dates at 100,000 events, and checking each through zod (or hashing each into a set of dates
// already seen) was a sixth of the app's first view. Accepts exactly what IsoDate accepts
// (tests/schema/is-iso-date.test.ts compares them).

const DIGIT_0 = 48;
const HYPHEN = 45;

/** The number written by the ASCII digits of `s` in [from, to), or -1 if any is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - DIGIT_0;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `YYYY-MM-DD` naming a real calendar day, as IsoDate accepts it. */
export function isIsoDate(v: unknown): v is string {
  if (typeof v !== 'string' || v.length !== 10 || v.charCodeAt(4) !== HYPHEN || v.charCodeAt(7) !== HYPHEN) return false;
  const y = digits(v, 0, 4);
  const m = digits(v, 5, 7);
  const d = digits(v, 8, 10);
  // IsoDate goes through Date.UTC, which reads years 0–99 as 1900–1999, so it never accepts them.
  if (y < 100 || m < 1 || m > 12 || d < 1) return false;
  return d <= (m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m - 1]!);
}

/** A nullable IsoDate's test: null, or a date as isIsoDate accepts it. */
export const isIsoDateOrNull = (v: unknown): boolean => v === null || isIsoDate(v);
