import { beforeAll, describe, expect, it } from 'vitest';
import { corpusFiles } from '../../../bench/gen/corpus-files.ts';
import { generateCorpus } from '../../../bench/gen/generate-corpus.ts';
import { buildVenuePool, type VenuePool } from '../../../bench/gen/venue-pool.ts';
import { readGeoNamesRows } from '../../../src/pipeline/gazetteer/load-gazetteer.ts';
import { Annotations } from '../../../src/pipeline/eval/annotation.ts';

let pool: VenuePool;
beforeAll(() => {
  pool = buildVenuePool(readGeoNamesRows());
});

describe('generateCorpus', () => {
  it('writes byte-identical files for the same seed', () => {
    expect(corpusFiles(generateCorpus(40, 11, pool))).toEqual(corpusFiles(generateCorpus(40, 11, pool)));
  });

  it('writes other releases for another seed', () => {
    const a = generateCorpus(40, 11, pool).map((r) => r.text);
    const b = generateCorpus(40, 12, pool).map((r) => r.text);
    expect(a.filter((text, i) => text === b[i])).toEqual([]);
  });

  it('gives release i the same text whatever the corpus size', () => {
    expect(generateCorpus(5, 3, pool)).toEqual(generateCorpus(20, 3, pool).slice(0, 5));
  });

  it('writes expected.json in the annotation format the scorer reads', () => {
    const files = corpusFiles(generateCorpus(20, 4, pool));
    const expected = JSON.parse(files.at(-1)![1]) as unknown[];
    expect(Annotations.safeParse(expected).success).toBe(true);
    expect(new Set(files.slice(0, -1).map(([path]) => path)).size).toBe(20);
  });

  it('varies the genre: datelines with and without a country, ranges, counts in words, quotes, images', () => {
    const texts = generateCorpus(200, 9, pool).map((r) => r.text).join('\n');
    expect(texts).toMatch(/^[A-ZÀ-Ž -]+, \d{1,2} \w+ \d{4} [–—-] /mu);
    expect(texts).toMatch(/^[A-ZÀ-Ž -]+, [A-Z][a-z ]+, /mu);
    expect(texts).toMatch(/ from \d{1,2} (?:\w+ )?to \d{1,2} \w+\./);
    expect(texts).toMatch(/\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)? /i);
    expect(texts).toMatch(/\b(?:two|three|four|five)-day\b/);
    expect(texts).toMatch(/“[^”]+,” said /);
    expect(texts).toMatch(/^!\[[^\]]*\]\(https:\/\//m);
  });
});
