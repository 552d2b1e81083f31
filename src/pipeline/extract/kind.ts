import type { Kind, Span } from '../../schema/dataset.ts';
import { KIND_PHRASES } from '../lexicon/kinds.ts';

export interface KindMatch {
  kind: Kind;
  span: Span;
}

const PHRASES = [...KIND_PHRASES].sort((a, b) => b[0].length - a[0].length);
// Plurals name the kind too ("a series of workshops").
const KIND_RE = new RegExp(`\\b(?:${PHRASES.map(([p]) => p.replace(/[-\s]/g, '[-\\s]')).join('|')})s?\\b`, 'gi');

// Each phrase as a match is compared with it (hyphens as spaces), the first of PHRASES kept: looked up,
// not found by rewriting every phrase for every match.
const BY_WRITTEN = new Map<string, (typeof PHRASES)[number]>();
for (const entry of PHRASES) {
  const written = entry[0].replace(/-/g, ' ');
  if (!BY_WRITTEN.has(written)) BY_WRITTEN.set(written, entry);
}

/**
 * The kind of event from the first passage that names one, passages in the order given (the caller
 * passes the first body sentence, then the title, then the next sentences). Within a passage the
 * leftmost phrase wins and, at one position, the longest: "training seminar" → seminar.
 */
export function extractKind(passages: readonly { text: string; start: number }[]): KindMatch | null {
  for (const passage of passages) {
    for (const match of passage.text.matchAll(KIND_RE)) {
      const written = match[0].toLowerCase().replace(/[-\s]+/g, ' ').replace(/s$/, '');
      const entry = BY_WRITTEN.get(written);
      if (!entry || isVerbUse(passage.text, match.index, written)) continue;
      const start = passage.start + match.index;
      return { kind: entry[1], span: { start, end: start + match[0].length } };
    }
  }
  return null;
}

// "meeting the needs", "to exercise their rights", "of course": the words are not events there.
function isVerbUse(text: string, at: number, written: string): boolean {
  const before = text.slice(Math.max(0, at - 12), at).toLowerCase();
  if (written === 'course' && /\bof\s+$/.test(before)) return true;
  if (written === 'meeting' || written === 'exercise') {
    const after = text.slice(at + written.length, at + written.length + 12).toLowerCase();
    return /^\s+(?:the|their|its|his|her|our|these|those|this|international|all)\b/.test(after) || /\bto\s+$/.test(before);
  }
  return false;
}
