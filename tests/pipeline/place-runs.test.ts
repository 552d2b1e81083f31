import { describe, expect, it } from 'vitest';
import { placeRuns, RUN_PATTERN } from '../../src/pipeline/extract/place-runs.ts';

// What the expression finds, each run parted at white space: what the hand reading must equal.
function expected(text: string): { at: number; end: number; words: { text: string; at: number }[] }[] {
  return [...text.matchAll(new RegExp(RUN_PATTERN, 'gu'))].map((m) => ({
    at: m.index,
    end: m.index + m[0].length,
    words: [...m[0].matchAll(/\S+/gu)].map((w) => ({ text: w[0], at: m.index + w.index })),
  }));
}

describe('placeRuns', () => {
  it('reads each run of capitalised words with its connectors', () => {
    expect(placeRuns('held in Dar es Salaam at the Police Academy of Kandy, not of the town').map((r) => r.words.map((w) => w.text))).toEqual([
      ['Dar', 'es', 'Salaam'],
      ['Police', 'Academy', 'of', 'Kandy'],
    ]);
  });

  it('reads what the expression reads, astral letters, marks, odd spaces and dangling connectors included', () => {
    const pieces = ['a', 'Z', 'É', 'é', 'e\u0301', '\u0301', '\u{1D400}', '\u{10400}', '\ud800', '’', "'", '-', ',', ' ', '  ', '\u00a0', '\t', '\n', 'of ', 'del ', 'dell ', 'de', 'es', ' Of ', '1'];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    for (let k = 0; k < 5000; k++) {
      let text = '';
      for (let p = next(14); p >= 0; p--) text += pieces[next(pieces.length)]!;
      expect(placeRuns(text), JSON.stringify(text)).toEqual(expected(text));
    }
  });
});
