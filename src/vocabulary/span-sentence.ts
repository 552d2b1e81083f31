import type { Span } from '../schema/dataset.ts';

/**
 * The sentence a span lies in, as the build step split the release (`Span.sentence`): never split
 * again here, so "The U.S. Embassy and Dr. Smith trained 30 officers" stays one sentence. A span
 * the build did not place in a sentence reads as its own words.
 */
export function spanSentence(text: string, span: Span): string {
  const range = span.sentence ?? span;
  return text.slice(range.start, range.end).trim();
}

/** The sentences of the spans, each once, in text order, joined by " … "; empty for no span. */
export function spanSentences(text: string, spans: readonly (Span | null | undefined)[]): string {
  const found: string[] = [];
  const sorted = spans.filter((s): s is Span => !!s && (s.release ?? 0) === 0).sort((a, b) => a.start - b.start);
  for (const span of sorted) {
    const sentence = spanSentence(text, span);
    if (sentence && !found.includes(sentence)) found.push(sentence);
  }
  return found.join(' … ');
}
