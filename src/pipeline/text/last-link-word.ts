import { isSpace } from './code-point-class.ts';

// The optional words an expression may hold after its link word ("of the ", "from also the "), each
// skipped to reach it: in any order and any number of times, so more than the expression allows, never less.
export const THE: ReadonlySet<string> = new Set(['the']);
export const ALSO_FROM_THE: ReadonlySet<string> = new Set(['also', 'from', 'the']);

/**
 * The word an expression ending in "<link word>\s+(?:the\s+)?$" ("director of the ", "Mission to ",
 * "in the ") would end its link word with: the last run of non-space characters of `before`, or the
 * one before the last words of `skipped` (in any case), lower-cased; '' where `before` does not end in
 * white space. Every match of such an expression ends this word with one of its link words, so the
 * expression, which tries every position of the stretch for a start, is tried only where the word does.
 */
export function lastLinkWord(before: string, skipped: ReadonlySet<string> = THE): string {
  let end = before.length;
  while (end > 0 && isSpace(before.charCodeAt(end - 1))) end--;
  if (end === before.length) return '';
  let start = end;
  while (start > 0 && !isSpace(before.charCodeAt(start - 1))) start--;
  const word = before.slice(start, end).toLowerCase();
  if (!skipped.has(word) || start === 0) return word;
  return lastLinkWord(before.slice(0, start), skipped);
}
