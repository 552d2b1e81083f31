import type { Span, Topic } from '../../schema/dataset.ts';
import { TOPICS } from '../lexicon/topics.ts';

const fold = (s: string): string => s.toLowerCase().replace(/’/g, "'");

// A phrase's first word: a phrase can occur only where a word of the text is exactly that word.
const firstWord = (phrase: string): string => /^[\p{L}\p{N}]*/u.exec(fold(phrase))![0];

const MATCHERS = TOPICS.map((topic) => ({
  topic,
  firstWords: [...topic.triggers].map(firstWord),
  re: new RegExp(
    `(?<![\\p{L}\\p{N}-])(?:${[...topic.triggers]
      .sort((a, b) => b.length - a.length)
      .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[’']/g, "['’]"))
      .join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  ),
}));

/**
 * Every topic of the vocabulary whose trigger phrases occur in the text, each with all the spans
 * where one matched ("drug trafficking" ×3 → one topic, three spans), in vocabulary order.
 */
export function extractTopics(text: string): Topic[] {
  // Most topics do not occur in a release: their regexes are skipped when no word could start a phrase.
  const words = new Set(fold(text).split(/[^\p{L}\p{N}]+/u));
  return MATCHERS.flatMap(({ topic, firstWords, re }) => {
    if (!firstWords.some((w) => words.has(w))) return [];
    const spans: Span[] = [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    return spans.length ? [{ id: topic.id, label: topic.label, spans }] : [];
  });
}
