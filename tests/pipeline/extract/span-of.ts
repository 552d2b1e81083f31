import type { Span } from '../../../src/schema/dataset.ts';

/** The span of the n-th (0-based) occurrence of `part` in `text`; throws if absent so a test cannot pass vacuously. */
export function spanOf(text: string, part: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(part, start + 1);
  if (start < 0) throw new Error(`"${part}" not in text`);
  return { start, end: start + part.length };
}
