import { bodySentences } from '../../../src/pipeline/extract/body-sentences.ts';
import { splitSentences, type Sentence } from '../../../src/pipeline/text/sentences.ts';

/** The body sentences of a release whose first line is its title. */
export function bodyOf(text: string): Sentence[] {
  return bodySentences(splitSentences(text), text.indexOf('\n') === -1 ? 0 : text.indexOf('\n'));
}

/** The span of the first occurrence of `part` in `text` (fails loudly when absent). */
export function spanOf(text: string, part: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(part, from);
  if (start === -1) throw new Error(`'${part}' not in text`);
  return { start, end: start + part.length };
}
