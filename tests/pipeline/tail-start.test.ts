import { describe, expect, it } from 'vitest';
import { tailStart } from '../../src/pipeline/text/tail-start.ts';
import { HEAD_OF_BEFORE, MET_WITH_BEFORE, TOPIC_OF } from '../../src/pipeline/lexicon/role-words.ts';

describe('tailStart', () => {
  it('finds where the last runs of non-space characters begin', () => {
    const text = 'Officers  from the\u00a0Ministry of ';
    expect(text.slice(tailStart(text, 0, text.length, 1))).toBe('of ');
    expect(text.slice(tailStart(text, 0, text.length, 2))).toBe('Ministry of ');
    expect(text.slice(tailStart(text, 0, text.length, 3))).toBe('the\u00a0Ministry of ');
    expect(tailStart(text, 0, text.length, 9)).toBe(0);
  });

  it('stays inside the stretch it is given', () => {
    const text = 'xx aa bb cc yy';
    expect(text.slice(tailStart(text, 3, 12, 2), 12)).toBe('bb cc ');
    expect(tailStart(text, 3, 11, 5)).toBe(3);
    expect(tailStart(text, 5, 5, 1)).toBe(5);
  });

  it('gives an end-anchored expression the same answer on the tail as on the whole stretch', () => {
    // Each expression's matches span at most `runs` runs of non-space characters.
    const cases: [RegExp, number][] = [
      [TOPIC_OF, 3],
      [MET_WITH_BEFORE, 5],
      [HEAD_OF_BEFORE, 4],
    ];
    const words = ['the', 'of', 'with', 'met', 'senior', 'director', 'general', 'related', 'to', 'practices', 'both', 'x-of', ',', 'Director-General'];
    const spaces = [' ', '  ', '\u00a0', '\n'];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    let matched = 0;
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let w = next(8); w >= 0; w--) text += words[next(words.length)]! + spaces[next(spaces.length)]!;
      for (const [re, runs] of cases) {
        const whole = re.test(text);
        if (whole) matched++;
        expect(re.test(text.slice(tailStart(text, 0, text.length, runs))), `${re.source.slice(0, 20)} on "${text}"`).toBe(whole);
      }
    }
    // The generated texts do reach the matches, not only the misses.
    expect(matched).toBeGreaterThan(50);
  });
});
