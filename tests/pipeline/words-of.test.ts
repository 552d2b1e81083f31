import { describe, expect, it } from 'vitest';
import { wordEnd, wordStart, wordsOf } from '../../src/pipeline/text/words-of.ts';

// The expression the role readers split words with, which the hand reading must equal.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|[^\s\p{L}\p{N}]/gu;

describe('wordsOf', () => {
  it('splits a sentence into words and single marks', () => {
    expect(wordsOf('Officers from Bosnia-Herzegovina’s police (BiH), 12 of them.')).toEqual([
      'Officers', 'from', 'Bosnia-Herzegovina’s', 'police', '(', 'BiH', ')', ',', '12', 'of', 'them', '.',
    ]);
  });

  it('reads what the expression reads, astral letters, marks and odd spaces included', () => {
    const pieces = ['a', 'É', 'e\u0301', '\u{1D7D9}', '\u{10400}', '\ud800', '’', "'", '-', '—', '(', '١٢', 'ｔ', ' ', '\u00a0', '\t', '\u2028', '\n'];
    let seed = 11;
    const next = (n: number): number => {
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    for (let k = 0; k < 2000; k++) {
      let text = '';
      for (let p = next(12); p >= 0; p--) text += pieces[next(pieces.length)]!;
      expect(wordsOf(text), JSON.stringify(text)).toEqual([...text.matchAll(WORD)].map((m) => m[0]));
    }
  });

  it('finds a word from any place, as the expression does from its lastIndex', () => {
    const text = '  the OSCE’s  trainers-to-be ';
    expect(wordStart(text, 0)).toBe(2);
    expect(text.slice(wordStart(text, 5), wordEnd(text, wordStart(text, 5)))).toBe('OSCE’s');
    expect(text.slice(14, wordEnd(text, 14))).toBe('trainers-to-be');
    expect(wordStart(text, 28)).toBe(-1);
  });
});
