import type { Span, Topic } from '../../schema/dataset.ts';
import { TOPICS } from '../lexicon/topics.ts';
import { classOf, LETTER_OR_NUMBER } from '../text/code-point-class.ts';

const fold = (s: string): string => s.toLowerCase().replace(/’/g, "'");

// A phrase's first word: a phrase can start only where a word of the text is exactly that word.
const firstWord = (phrase: string): string => /^[\p{L}\p{N}]*/u.exec(fold(phrase))![0];

const MATCHERS = TOPICS.map((topic) => {
  const source = [...topic.triggers]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[’']/g, "['’]"))
    .join('|');
  return {
    topic,
    firstWords: [...new Set(topic.triggers.map(firstWord))],
    // Sticky: tried only at the starts of the words that can begin a phrase, not at every character.
    re: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${source})(?![\\p{L}\\p{N}])`, 'iuy'),
  };
});

// For each word that can open a phrase (lower case), the topics (indices in MATCHERS) it can open:
// the text's other words, most of them, are passed over without being kept.
const OPENERS = new Map<string, number[]>();
MATCHERS.forEach(({ firstWords }, k) => {
  for (const w of firstWords) {
    const topics = OPENERS.get(w);
    if (topics) topics.push(k);
    else OPENERS.set(w, [k]);
  }
});

// The openers by a hash of their letters, for words of ASCII letters and digits (nearly all of a
// release): such a word is looked up without cutting it out of the text and lower-casing it.
const hashStep = (h: number, lower: number): number => (Math.imul(h, 31) + lower) | 0;
const OPENERS_BY_HASH = new Map<number, { word: string; topics: number[] }[]>();
for (const [word, topics] of OPENERS) {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  const same = OPENERS_BY_HASH.get(h);
  if (same) same.push({ word, topics });
  else OPENERS_BY_HASH.set(h, [{ word, topics }]);
}

// The topics a word can open: text[start, end) holds ASCII letters and digits only, `hash` those lower-cased.
function asciiOpener(text: string, start: number, end: number, hash: number): number[] | undefined {
  const same = OPENERS_BY_HASH.get(hash);
  if (same === undefined) return undefined;
  for (const { word, topics } of same) {
    if (word.length !== end - start) continue;
    let i = 0;
    while (i < word.length && (text.charCodeAt(start + i) | (isAsciiUpper(text.charCodeAt(start + i)) ? 32 : 0)) === word.charCodeAt(i)) i++;
    if (i === word.length) return topics;
  }
  return undefined;
}

const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
const isAsciiLetterOrDigit = (c: number): boolean => (c >= 97 && c <= 122) || isAsciiUpper(c) || (c >= 48 && c <= 57);

/**
 * Each word of the text (a run of [\p{L}\p{N}]) that can open a phrase, with the topics it can open,
 * in text order. Read by hand: a /[\p{L}\p{N}]+/gu match and a lower-cased copy of every word cost
 * more than the rest of extractTopics.
 */
function forEachOpener(text: string, visit: (start: number, topics: number[]) => void): void {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 128 && !isAsciiLetterOrDigit(c)) {
      i++;
      continue;
    }
    const cp = c < 128 ? c : text.codePointAt(i)!;
    if (c >= 128 && (classOf(cp) & LETTER_OR_NUMBER) === 0) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    // A word: its end, and whether it is ASCII throughout (then its hash is that of its lower case).
    const start = i;
    let ascii = true;
    let hash = 0;
    while (i < text.length) {
      const d = text.charCodeAt(i);
      if (d < 128) {
        if (!isAsciiLetterOrDigit(d)) break;
        hash = hashStep(hash, isAsciiUpper(d) ? d | 32 : d);
        i++;
        continue;
      }
      const dp = text.codePointAt(i)!;
      if ((classOf(dp) & LETTER_OR_NUMBER) === 0) break;
      ascii = false;
      i += dp > 0xffff ? 2 : 1;
    }
    const topics = ascii ? asciiOpener(text, start, i, hash) : OPENERS.get(text.slice(start, i).toLowerCase());
    if (topics) visit(start, topics);
  }
}

/**
 * Every topic of the vocabulary whose trigger phrases occur in the text, each with all the spans
 * where one matched ("drug trafficking" ×3 → one topic, three spans), in vocabulary order.
 */
export function extractTopics(text: string): Topic[] {
  // Where each topic's phrases may start, in text order (one pass over the words, no per-topic sort).
  const startsOf: number[][] = [];
  forEachOpener(text, (start, topics) => {
    for (const k of topics) (startsOf[k] ??= []).push(start);
  });
  const found: Topic[] = [];
  MATCHERS.forEach(({ topic, re }, k) => {
    const starts = startsOf[k];
    if (starts === undefined) return;
    const spans: Span[] = [];
    for (const at of starts) {
      // Matches of one topic do not overlap, as with matchAll.
      if (spans.length > 0 && at < spans[spans.length - 1]!.end) continue;
      re.lastIndex = at;
      const m = re.exec(text);
      if (m) spans.push({ start: m.index, end: m.index + m[0].length });
    }
    if (spans.length) found.push({ id: topic.id, label: topic.label, spans });
  });
  return found;
}
