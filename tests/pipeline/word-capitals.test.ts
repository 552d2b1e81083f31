import { describe, expect, it } from 'vitest';
import { nextWordCapital, wordCapitalMatches } from '../../src/pipeline/text/word-capitals.ts';
import { lastLinkWord, ALSO_FROM_THE } from '../../src/pipeline/text/last-link-word.ts';
import { HEAD_OF_BEFORE, EMBASSY_BEFORE, ORIGIN_LINK } from '../../src/pipeline/lexicon/role-words.ts';

// Random texts from pieces that try the edges: capitals beyond ASCII and beyond the BMP, a lone
// surrogate, hyphens and apostrophes before a capital, digits, white space of several kinds.
function randomTexts(pieces: readonly string[], count: number, seed = 11): string[] {
  const next = (n: number): number => {
    seed = (seed * 48271) % 2147483647;
    return seed % n;
  };
  const texts: string[] = [];
  for (let k = 0; k < count; k++) {
    let text = '';
    for (let w = next(12); w >= 0; w--) text += pieces[next(pieces.length)]!;
    texts.push(text);
  }
  return texts;
}

const CAPITAL_PIECES = ['OSCE', 'Office', ' ', '\t', '-', '(', "'", '’', 'x', '1', 'É', 'ǅ', '𝐀', '𝐚', '\ud835', 'ab', 'UNDP', ' in ', 'Nestor', ' held'];

describe('nextWordCapital', () => {
  it('finds the capitals that open a word, past letters, numbers and the characters asked', () => {
    expect(nextWordCapital('the OSCE Office', 0)).toBe(4);
    expect(nextWordCapital('the OSCE Office', 5)).toBe(9);
    expect(nextWordCapital('McKinley', 1)).toBe(-1);
    expect(nextWordCapital('x-Ray', 0)).toBe(2);
    expect(nextWordCapital('x-Ray', 0, '-')).toBe(-1);
    expect(nextWordCapital('𝐚𝐀 É', 0)).toBe(5);
  });

  it('finds where the look-behind and a capital let an expression start, as the expression does', () => {
    const global = /(?<![\p{L}\p{N}(’'-])\p{Lu}/gu;
    for (const text of randomTexts(CAPITAL_PIECES, 3000)) {
      const starts = [...text.matchAll(global)].map((m) => m.index);
      const found: number[] = [];
      for (let at = nextWordCapital(text, 0, "(’'-"); at !== -1; at = nextWordCapital(text, at + (text.codePointAt(at)! > 0xffff ? 2 : 1), "(’'-")) found.push(at);
      expect(found).toEqual(starts);
    }
  });
});

describe('wordCapitalMatches', () => {
  it('finds what the expression with the g flag finds', () => {
    const source = String.raw`(?<![\p{L}\p{N}(’'-])(\p{Lu}{3,})((?:[ \t]+\p{Lu}\p{Ll}+){1,2})(?=[ \t]+\p{Ll})`;
    const global = new RegExp(source, 'gu');
    const sticky = new RegExp(source, 'uy');
    for (const text of randomTexts(CAPITAL_PIECES, 3000, 5)) {
      const expected = [...text.matchAll(global)].map((m) => [m.index, m[0], m[1], m[2]]);
      expect(wordCapitalMatches(sticky, text, "(’'-").map((m) => [m.index, m[0], m[1], m[2]])).toEqual(expected);
    }
  });
});

describe('lastLinkWord', () => {
  it('reads the last word before white space, past a last "the" or the words asked', () => {
    expect(lastLinkWord('the Director of the ')).toBe('of');
    expect(lastLinkWord('officers from ')).toBe('from');
    expect(lastLinkWord('officers from')).toBe('');
    expect(lastLinkWord('came from UNODC and also from the ', ALSO_FROM_THE)).toBe('and');
    expect(lastLinkWord('the ')).toBe('the');
  });

  it('never says no where an expression ending in its link word matches', () => {
    const words = ['director', 'of', 'the', 'The', 'embassy', 'Embassy', 'came', 'from', 'x-of', 'thE', ','];
    const pieces = [...words.map((w) => `${w} `), ...words.map((w) => `${w}\u00a0`), ...words, '\n'];
    const cases: [RegExp, string[]][] = [
      [HEAD_OF_BEFORE, ['of']],
      [EMBASSY_BEFORE, ['of']],
      [ORIGIN_LINK, ['from']],
    ];
    let matched = 0;
    for (const text of randomTexts(pieces, 5000, 3)) {
      for (const [re, links] of cases) {
        if (!re.test(text)) continue;
        matched++;
        expect(links.some((l) => lastLinkWord(text).endsWith(l))).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(20);
  });
});
