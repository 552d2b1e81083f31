// Number words as releases spell counts and durations ("Twenty police officers", "a four-day seminar").
const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};

const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, dozen: 12 };

/** Regex source for a number written in digits or words ("60", "1,200", "1200", "Twenty", "twenty-five",
 * "one hundred"). Callers decide whether a four-digit number is a year. */
export const NUMBER_PATTERN =
  '\\d{1,3}(?:,\\d{3})+|\\d{1,6}|' +
  `(?:(?:${Object.keys(TENS).join('|')})(?:[- ](?:${Object.keys(UNITS).slice(0, 9).join('|')}))?|` +
  `${Object.keys(UNITS).join('|')})(?: (?:${Object.keys(SCALES).join('|')}))?|a dozen|a hundred`;

/** "60" → 60, "1,200" → 1200, "Twenty-five" → 25, "two dozen" → 24, "a hundred" → 100; undefined when
 * not a number. */
export function parseNumber(written: string): number | undefined {
  const text = written.trim().toLowerCase();
  if (/^(?:\d{1,3}(?:,\d{3})+|\d+)$/.test(text)) return Number(text.replace(/,/g, ''));
  const words = text.split(/[\s-]+/);
  let total = 0;
  let seen = false;
  for (const word of words) {
    if (word === 'a' && !seen) {
      total = 1;
      seen = true;
    } else if (word in UNITS || word in TENS) {
      total += UNITS[word] ?? TENS[word] ?? 0;
      seen = true;
    } else if (word in SCALES && seen) {
      total *= SCALES[word]!;
    } else {
      return undefined;
    }
  }
  return seen && total > 0 ? total : undefined;
}
