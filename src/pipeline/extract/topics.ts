import type { Span, Topic } from '../../schema/dataset.ts';
import { TOPICS } from '../lexicon/topics.ts';

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

const WORD = /[\p{L}\p{N}]+/gu;

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

/**
 * Every topic of the vocabulary whose trigger phrases occur in the text, each with all the spans
 * where one matched ("drug trafficking" ×3 → one topic, three spans), in vocabulary order.
 */
export function extractTopics(text: string): Topic[] {
  // Where each topic's phrases may start, in text order (one pass over the words, no per-topic sort).
  const startsOf: number[][] = [];
  WORD.lastIndex = 0;
  for (let w = WORD.exec(text); w !== null; w = WORD.exec(text)) {
    const topics = OPENERS.get(w[0].toLowerCase());
    if (topics) for (const k of topics) (startsOf[k] ??= []).push(w.index);
  }
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
