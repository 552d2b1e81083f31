import { describe, expect, it } from 'vitest';
import { extractTopics } from '../../../src/pipeline/extract/topics.ts';
import { spanOf } from './helpers.ts';

describe('extractTopics', () => {
  it('gives each matched topic every span where a trigger occurred', () => {
    const text = 'Drug trafficking and precursors: customs officers on drug trafficking and anti-drug work.';
    expect(extractTopics(text)).toEqual([
      {
        id: 'drug-trafficking',
        label: 'Drug trafficking',
        spans: [spanOf(text, 'Drug trafficking'), spanOf(text, 'drug trafficking'), spanOf(text, 'anti-drug')],
      },
      { id: 'drug-precursors', label: 'Drug precursors', spans: [spanOf(text, 'precursors')] },
      { id: 'customs', label: 'Customs', spans: [spanOf(text, 'customs')] },
    ]);
  });

  it('matches whole words only and finds nothing in unrelated text', () => {
    expect(extractTopics('The customsary policed report.')).toEqual([]);
  });

  it('reads words in any case and words with letters beyond ASCII whole', () => {
    // "customsé" and "𝐀customs" are single words (letters on both sides), not "customs".
    expect(extractTopics('Ñandú customsé 𝐀customs CUSTOMS')).toEqual([
      { id: 'customs', label: 'Customs', spans: [{ start: 25, end: 32 }] },
    ]);
  });

  it('tells human trafficking from drug trafficking', () => {
    const ids = extractTopics('A course on trafficking in human beings and victim identification.').map((t) => t.id);
    expect(ids).toEqual(['human-trafficking']);
  });
});
