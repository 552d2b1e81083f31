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

/**
 * Every topic of the vocabulary whose trigger phrases occur in the text, each with all the spans
 * where one matched ("drug trafficking" ×3 → one topic, three spans), in vocabulary order.
 */
export function extractTopics(text: string): Topic[] {
  const wordStarts = new Map<string, number[]>();
  for (const w of text.matchAll(WORD)) {
    const key = w[0].toLowerCase();
    const starts = wordStarts.get(key);
    if (starts) starts.push(w.index);
    else wordStarts.set(key, [w.index]);
  }
  return MATCHERS.flatMap(({ topic, firstWords, re }) => {
    const starts = firstWords.flatMap((w) => wordStarts.get(w) ?? []).sort((a, b) => a - b);
    const spans: Span[] = [];
    for (const at of starts) {
      // Matches of one topic do not overlap, as with matchAll.
      if (spans.length > 0 && at < spans[spans.length - 1]!.end) continue;
      re.lastIndex = at;
      const m = re.exec(text);
      if (m) spans.push({ start: m.index, end: m.index + m[0].length });
    }
    return spans.length ? [{ id: topic.id, label: topic.label, spans }] : [];
  });
}
