import { describe, expect, it } from 'vitest';
import { distinctSearchTerms, endsInWord, foldTerm, searchTerms, typoAllowance } from '../../src/schema/search-terms.ts';

/** The rule as a regular expression: a word is a run of letters, marks and digits. */
const reference = (text: string) => (text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map(foldTerm);

describe('searchTerms', () => {
  it('splits on spaces, punctuation and symbols, keeping letters, marks and digits together', () => {
    expect(searchTerms('Ust-Kamenogorsk, 3 November 2014 – the OSCE Centre (OCA) said:')).toEqual(['ust', 'kamenogorsk', '3', 'november', '2014', 'the', 'osce', 'centre', 'oca', 'said']);
    expect(searchTerms("Gur'yev\tC++ $40/km² 𝐀𝐁 Mëdjugorje")).toEqual(['gur', 'yev', 'c', '40', 'km²', '𝐀𝐁'.toLowerCase(), 'medjugorje']);
    expect(searchTerms('')).toEqual([]);
    expect(searchTerms(' ,; ')).toEqual([]);
  });

  it('agrees with the rule on text of every kind of character', () => {
    const alphabet = ['a', 'Z', '7', ' ', '-', "'", '’', 'é', 'e\u0301', 'Ж', '中', '😀', '𝐀', '\t', '\n', '²', '_', '«', 'ß', 'Ø'];
    let seed = 11;
    const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (let t = 0; t < 300; t++) {
      const text = Array.from({ length: Math.floor(rand() * 30) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      expect(searchTerms(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });

  it('gives each term once, in the order searchTerms first gives it (distinctSearchTerms)', () => {
    expect(distinctSearchTerms('The OSCE and the Öskemen office; OSCE, Oskemen, the end')).toEqual(['the', 'osce', 'and', 'oskemen', 'office', 'end']);
    const alphabet = ['a', 'A', 'b', ' ', ' ', 'é', 'E', 'e\u0301', 'ß'];
    let seed = 7;
    const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (let t = 0; t < 200; t++) {
      const text = Array.from({ length: Math.floor(rand() * 40) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      expect(distinctSearchTerms(text), JSON.stringify(text)).toEqual([...new Set(searchTerms(text))]);
    }
  });

  it('folds case, diacritics and letters NFD keeps whole', () => {
    expect(searchTerms('Öskemen ŁÓDŹ Straße Ærø')).toEqual(['oskemen', 'lodz', 'strasse', 'aero']);
  });

  it('says whether the last word is still being typed', () => {
    expect(endsInWord('kazak')).toBe(true);
    expect(endsInWord('kazak ')).toBe(false);
    expect(endsInWord('Kazakhstan,')).toBe(false);
    expect(endsInWord('')).toBe(false);
  });

  it('allows no typo in a short word, one in a middling one, two in a long one', () => {
    expect(['Iran', 'Iraq', 'Oslo'].map(typoAllowance)).toEqual([0, 0, 0]);
    expect(['Minsk', 'kazakstan'].map(typoAllowance)).toEqual([1, 1]);
    expect(['kamenogorsk'].map(typoAllowance)).toEqual([2]);
  });
});
