import { describe, expect, it } from 'vitest';
import { caseless, foldsPlainly, pick } from '../../src/pipeline/text/case-fold.ts';

describe('caseless expressions', () => {
  it('finds the same matches in both forms in a text that folds plainly', () => {
    const re = caseless(String.raw`\b(?:posted|stationed)\b[^.;:]{0,20}?\bin\b[^.;:]{0,10}$`, 'i');
    const texts = ['Officers POSTED to the border in ', 'Stationed – “near” Dushanbe, in the ', 'posted. In ', 'Ségou stationed in ', ''];
    for (const text of texts) {
      expect(foldsPlainly(text)).toBe(true);
      expect(re.plain.exec(text)?.[0]).toBe(re.unicode.exec(text)?.[0]);
    }
  });

  it('keeps the u form for the code units on which the two part', () => {
    // ſ folds to "s" and the Kelvin sign to "k" under u only; a surrogate pair is one character under u.
    const re = caseless('posted|kit');
    expect(re.unicode.test('poſted')).toBe(true);
    expect(re.plain.test('poſted')).toBe(false);
    expect(re.unicode.test('\u212Ait')).toBe(true);
    expect(re.plain.test('\u212Ait')).toBe(false);
    for (const text of ['poſted', '\u212Ait', 'a 😀 b', '\uD800']) {
      expect(foldsPlainly(text)).toBe(false);
      expect(pick(re, foldsPlainly(text))).toBe(re.unicode);
    }
    const counted = caseless('^a[^.]{2}b$');
    expect(counted.unicode.test('a😀xb')).toBe(true);
    expect(counted.plain.test('a😀xb')).toBe(false);
  });

  it('refuses a source that needs the u flag to mean what it says', () => {
    expect(() => caseless(String.raw`\p{Lu}`)).toThrow(/needs the u flag/);
    expect(() => caseless('caf\u00e9')).toThrow(/needs the u flag/);
    expect(() => caseless(String.raw`\u{1F600}`)).toThrow(/needs the u flag/);
    expect(caseless('a|b', 'gi').plain.flags).toBe('gi');
  });
});
