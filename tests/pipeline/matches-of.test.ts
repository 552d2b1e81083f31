import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../src/pipeline/text/matches-of.ts';

// What matchAll gives, as plain values: each match's text, index and groups.
const plain = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => ({ all: [...m], index: m.index, groups: m.groups }));

describe('matchesOf', () => {
  it('gives every match that matchAll gives, captures and named groups included', () => {
    const re = /\b(?<body>[A-Z]{2,})\s+(?:and|or)\s+/g;
    const text = 'OSCE and UNODC or IOM and the EU';
    expect(plain(matchesOf(re, text))).toEqual(plain(text.matchAll(re)));
    expect(matchesOf(re, text).map((m) => m.groups!['body'])).toEqual(['OSCE', 'UNODC', 'IOM']);
  });

  it('moves past empty matches as matchAll does, a whole astral character under the u flag', () => {
    for (const re of [/x*/g, /x*/gu, /(?=\p{L})/gu, /\b/g]) {
      for (const text of ['', 'axxb', '\u{1D400}x\u{1D401}', '\ud800x']) expect(plain(matchesOf(re, text)), `${re} on ${JSON.stringify(text)}`).toEqual(plain(text.matchAll(re)));
    }
  });

  it('starts where the expression stands, as matchAll does, and leaves it there', () => {
    const re = /\d+/g;
    re.lastIndex = 4;
    expect(matchesOf(re, '12 34 56').map((m) => m[0])).toEqual([...'12 34 56'.matchAll(re)].map((m) => m[0]));
    expect(matchesOf(re, '12 34 56').map((m) => m[0])).toEqual(['4', '56']);
    expect(re.lastIndex).toBe(4);
  });

  it('refuses an expression that is not global, as matchAll does', () => {
    expect(() => matchesOf(/a/, 'a')).toThrow(TypeError);
  });
});
