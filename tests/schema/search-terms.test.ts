import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { endsInWord, foldTerm, searchTerms, typoAllowance } from '../../src/schema/search-terms.ts';

describe('searchTerms', () => {
  it('splits where MiniSearch’s own tokenizer splits', () => {
    const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
    const samples = [
      'Ust-Kamenogorsk, 3 November 2014 – the OSCE Centre in Astana (OCA) said:',
      '“Co-operation”\tacross borders…\nnew line\u00a0non-breaking; semi: colon / slash',
      "Secretariat's Action against Terrorism Unit — 25–28 May",
    ];
    for (const text of samples) expect(searchTerms(text)).toEqual(tokenize(text).filter((t) => t !== '').map(foldTerm));
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
