import type { Role } from '../../schema/dataset.ts';
import { NUMBER_PATTERN } from '../lexicon/numbers.ts';
import { lastLinkWord } from '../text/last-link-word.ts';

// "20 from ", "ten of them from ", "6 came from ": a share of the people counted before, then their origin.
const SHARE_FROM = new RegExp(String.raw`(?:^|[\s:;,(])(?:${NUMBER_PATTERN})\s+(?:of\s+(?:them|whom)\s+)?(?:(?:came|come|were|are)\s+)?from\s+(?:the\s+)?$`, 'iu');

const MAX_GAP = 40;
const MONEY = /[$€£]|\b(?:grants?|fund(?:s|ing)?|budget|euros?|dollars?|EUR|USD|contribution)\b/iu;

/**
 * A country after a share of the people the sentence counted: "30 judges: 20 from Albania and 10
 * from Kosovo", "30 judges, of whom 6 from Kosovo". The number stands for the people noun, so the
 * country takes the role that noun has where it stands (`roleOfPeople` reads it, given the offset in
 * `before` just after the last people noun before the share). undefined when the country does not
 * follow a share.
 */
export function shareOrigin(before: string, lastPeopleEnd: (upTo: string) => number | null, roleOfPeople: (offset: number) => Role | null): Role | null | undefined {
  // Tried only where the last word before the country ends in "from" (SHARE_FROM scans all of `before` for a start).
  const share = lastLinkWord(before).endsWith('from') ? SHARE_FROM.exec(before) : null;
  if (!share) return undefined;
  const end = lastPeopleEnd(before.slice(0, share.index));
  // The share follows its people closely ("30 judges: 20 from", "30 judges, of whom 6 from"), not a sum of money ("a grant of 50,000 from").
  if (end === null || share.index - end > MAX_GAP || MONEY.test(before.slice(end, share.index + share[0].length))) return undefined;
  return roleOfPeople(end) ?? undefined;
}
