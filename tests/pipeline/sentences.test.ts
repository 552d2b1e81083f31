import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/pipeline/text/sentences.ts';

describe('splitSentences', () => {
  it('splits on line breaks and sentence stops, keeping spans that point into the text', () => {
    const text = 'Title line\nIt began today. The U.S. Embassy helped! Did it?\n\n"Yes," he said.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => [s.text, s.line])).toEqual([
      ['Title line', 1],
      ['It began today.', 2],
      ['The U.S. Embassy helped!', 2],
      ['Did it?', 2],
      ['"Yes," he said.', 4],
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split after an initial or a title', () => {
    expect(splitSentences('Dr. Smith and J. Doe met. Then they left.').map((s) => s.text)).toEqual([
      'Dr. Smith and J. Doe met.',
      'Then they left.',
    ]);
  });

  it('reads an abbreviation as a whole word, however long the sentence before it', () => {
    // "Sept." and "Prof." are abbreviations; "Dept." and "AMr." are not ("Mr" inside a longer word).
    const text = 'A long course for the officers of the border service ended in Sept. Then Prof. Lee spoke to the Dept. Later AMr. Kim left.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'A long course for the officers of the border service ended in Sept. Then Prof. Lee spoke to the Dept.',
      'Later AMr.',
      'Kim left.',
    ]);
  });
});
