import { describe, expect, it } from 'vitest';
import { withSpanSentences } from '../../src/pipeline/text/span-sentences.ts';
import { spanSentences } from '../../src/vocabulary/span-sentence.ts';

describe('the sentence around a span', () => {
  const text = 'Title\nFirst one here. Second, with 30 officers. Third.';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

  it('is the sentence the build step placed the span in, each once, in text order', () => {
    const { spans } = withSpanSentences({ spans: [at('30 officers'), at('Second'), at('Title'), at('Third')] }, text);
    expect(spanSentences(text, spans.slice(0, 2))).toBe('Second, with 30 officers.');
    expect(spanSentences(text, [spans[3], spans[2]])).toBe('Title … Third.');
    expect(spanSentences(text, [null])).toBe('');
  });

  it('is the span itself when the build placed it in no sentence', () => {
    expect(spanSentences(text, [at('30 officers')])).toBe('30 officers');
  });

  it('leaves a span into another release alone, and copies rather than changes', () => {
    const other = { start: 0, end: 5, release: 1 };
    const event = { provenance: { title: at('Title') }, reports: [other] };
    const placed = withSpanSentences(event, text);
    expect(placed.provenance.title).toEqual({ ...at('Title'), sentence: { start: 0, end: 5 } });
    expect(placed.reports[0]).toEqual(other);
    expect(event.provenance.title).toEqual(at('Title'));
  });

  it('copies what holds a span, keys in their order, and keeps what holds none as it is', () => {
    const evidence = [{ feature: 'title', weight: 1 }];
    const event = { id: 'e', decisions: [{ fact: 'count', candidates: [{ span: at('30 officers'), evidence }] }], warnings: ['w'], n: 3 };
    const placed = withSpanSentences(event, text);
    expect(Object.keys(placed)).toEqual(['id', 'decisions', 'warnings', 'n']);
    expect(placed.decisions[0]!.candidates[0]!.span).toEqual({ ...at('30 officers'), sentence: { start: 22, end: 47 } });
    expect(placed.decisions[0]).not.toBe(event.decisions[0]);
    expect(placed.decisions[0]!.candidates[0]!.evidence).toBe(evidence);
    expect(placed.warnings).toBe(event.warnings);
    expect(event.decisions[0]!.candidates[0]!.span).toEqual(at('30 officers'));
  });
});
