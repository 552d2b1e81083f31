import { MONTH_PATTERN } from '../lexicon/months.ts';
import { isSpace } from '../text/code-point-class.ts';

/**
 * A date expression tried only where a match can start. Every match of such an expression holds a
 * month name, and what stands before its first one is matched by the part of the source before the
 * first month group (days, "the", "to", dashes, white space), which has no month name in it (no
 * capital letter). So a match starts at a month name or in the run of such characters just before
 * one: the expression is tried there only (sticky), not at every character of the release.
 */
export interface MonthWindow {
  sticky: RegExp;
  /** The characters the part before the first month group can match (null: the month comes first). */
  lead: ReadonlySet<number> | null;
}

const FIRST_MONTH = `(${MONTH_PATTERN})`;

/**
 * The window of a global expression every match of which holds the month group (in each of its
 * alternatives, for one with several: the caller vouches for that). Throws for a source whose part
 * before the first month group is not only literal characters, \s, \d and \b, with case as written.
 */
export function monthWindow(re: RegExp): MonthWindow {
  const at = re.source.indexOf(FIRST_MONTH);
  const lead = re.source.slice(0, at);
  // Else the set below would not hold every character the lead can match (or the lead could hold a month).
  if (at < 0 || re.flags !== 'g' || /\\[^sdb]|\.|\[\^|[A-Z]/.test(lead)) throw new Error(`/${re.source}/: no month window`);
  const chars = new Set<number>();
  // Every character of the source (syntax too, harmlessly), the digits of \d; white space is asked of isSpace.
  for (let i = 0; i < lead.length; i++) chars.add(lead.charCodeAt(i));
  for (let c = 0x30; c <= 0x39; c++) chars.add(c);
  return { sticky: new RegExp(re.source, 'y'), lead: lead === '' ? null : chars };
}

// Where a month name starts, as the month group reads it (case as written); no month name starts
// inside another (only its first letter is a capital), so the scan finds every one.
const MONTH_START = new RegExp(MONTH_PATTERN, 'g');
// The last text's month names: the date readers ask of one release in turn.
let lastText: string | null = null;
let lastStarts: readonly number[] = [];

function monthStarts(text: string): readonly number[] {
  if (text !== lastText) {
    const starts: number[] = [];
    MONTH_START.lastIndex = 0;
    for (let m = MONTH_START.exec(text); m !== null; m = MONTH_START.exec(text)) starts.push(m.index);
    MONTH_START.lastIndex = 0;
    lastStarts = starts;
    lastText = text;
  }
  return lastStarts;
}

/**
 * The matches allMatches(re, text) finds, in order, trying the expression only where one can start:
 * from each month name back over the run of characters its lead can match. The windows are in text
 * order and apart (each ends at a capital letter no lead matches), so the first match in the first
 * window after the last match is the leftmost one, as a global expression finds it.
 */
export function monthMatches({ sticky, lead }: MonthWindow, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const month of monthStarts(text)) {
    if (month < from) continue;
    let start = month;
    if (lead !== null) while (start > from && (lead.has(text.charCodeAt(start - 1)) || isSpace(text.charCodeAt(start - 1)))) start--;
    for (let at = start; at <= month; at++) {
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (m !== null) {
        out.push(m);
        from = at + m[0].length;
        break;
      }
    }
  }
  sticky.lastIndex = 0;
  return out;
}
