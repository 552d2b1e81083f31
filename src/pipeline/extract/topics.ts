import type { Span, Topic } from '../../schema/dataset.ts';
import { TOPICS } from '../lexicon/topics.ts';

const fold = (s: string): string => s.toLowerCase().replace(/’/g, "'");

const MATCHERS = TOPICS.map((topic) => ({
  topic,
  // Literal phrases: a topic none of whose phrases occurs in the folded text needs no regex run.
  phrases: [...topic.triggers].map(fold),
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
  const folded = fold(text);
  return MATCHERS.flatMap(({ topic, phrases, re }) => {
    if (!phrases.some((p) => folded.includes(p))) return [];
    const spans: Span[] = [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    return spans.length ? [{ id: topic.id, label: topic.label, spans }] : [];
  });
}
