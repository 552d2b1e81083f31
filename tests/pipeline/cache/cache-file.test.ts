import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCacheFile, saveCacheFile } from '../../../src/pipeline/cache/cache-file.ts';
import { MemoryExtractCache } from '../../../src/pipeline/cache/extract-cache.ts';

const HEADER = 'event-atlas extract cache v1';
const file = () => join(mkdtempSync(join(tmpdir(), 'atlas-cache-file-')), 'extract.jsonl');
const result = (title: string) => JSON.stringify({ ok: true, event: { title, note: 'Café – “quoted”' } });

describe('loadCacheFile', () => {
  it('reads results (decoded only when asked for, later lines winning) and places', () => {
    const path = file();
    writeFileSync(path, `${HEADER}\nr\ta\t${result('A')}\nr\tb\t${result('B')}\ng\tAlmaty\u0001KZ\t{"lat":43.25}\nr\ta\t${result('A2')}\n`);
    const { results, places } = loadCacheFile(path, 'v1');
    expect([results.size, results.has('a'), results.has('c')]).toEqual([2, true, false]);
    expect(results.get('a')).toBe(result('A2'));
    expect(results.get('b')).toBe(result('B'));
    expect(places.get('Almaty\u0001KZ')).toEqual({ lat: 43.25 });
  });

  it('is empty for a missing file or one from another extractor version', () => {
    const path = file();
    expect(loadCacheFile(path, 'v1').results.size).toBe(0);
    writeFileSync(path, `${HEADER}\nr\ta\t${result('A')}\n`);
    expect(loadCacheFile(path, 'v2').results.size).toBe(0);
  });

  it('skips a damaged line and keeps the others: a torn last line, an entry appended onto a torn one, a broken place', () => {
    const path = file();
    const torn = `r\tx\t${result('X').slice(0, 20)}`;
    writeFileSync(path, `${HEADER}\n${torn}r\ty\t${result('Y')}\nr\tb\t${result('B')}\ng\tbad\t{"lat":\nr\tz\t${result('Z').slice(0, 20)}`);
    const { results, places } = loadCacheFile(path, 'v1');
    expect([...results.keys()]).toEqual(['b']);
    expect(results.get('b')).toBe(result('B'));
    expect(places.size).toBe(0);
  });

  it('appends after a torn last line on a line of its own, so what it adds is read back', () => {
    const path = file();
    writeFileSync(path, `${HEADER}\nr\ta\t${result('A')}\n`);
    appendFileSync(path, `r\tx\t${result('X').slice(0, 20)}`);
    const stored = loadCacheFile(path, 'v1');
    saveCacheFile(path, 'v1', { results: stored.results, used: new Set(['a', 'n']), places: new Map() }, { results: new Map([['n', result('N')]]), places: new Map() }, 0, false);
    expect(readFileSync(path, 'utf8').endsWith(`\nr\tn\t${result('N')}\n`)).toBe(true);
    // The torn result is now a line of its own, still not JSON: the build extracts that release again.
    const again = loadCacheFile(path, 'v1').results;
    expect([again.get('a'), again.get('n')]).toEqual([result('A'), result('N')]);
  });

  it('rewrites the file with only what is in use when stale results are more than a fifth of it', () => {
    const path = file();
    writeFileSync(path, `${HEADER}\n${['a', 'b', 'c', 'd', 'e', 'f'].map((k) => `r\t${k}\t${result(k)}`).join('\n')}\n`);
    const stored = loadCacheFile(path, 'v1');
    saveCacheFile(path, 'v1', { results: stored.results, used: new Set(['a', 'b', 'c', 'd', 'n']), places: new Map() }, { results: new Map([['n', result('N')]]), places: new Map() }, 2, false);
    expect([...loadCacheFile(path, 'v1').results.keys()]).toEqual(['a', 'b', 'c', 'd', 'n']);
  });
});

describe('MemoryExtractCache', () => {
  const stored = () => new Map([['a', result('A')], ['b', result('B')], ['c', 'damaged']]);

  it('counts as from the cache each stored result used as it was, read or only held', () => {
    const cache = new MemoryExtractCache(stored());
    expect(cache.get('a')).toBe(result('A'));
    expect(cache.get('a')).toBe(result('A'));
    expect(cache.holds('b')).toBe(true);
    expect(cache.holds('zz')).toBe(false);
    expect([cache.hits, cache.stale, [...cache.used]]).toEqual([2, 1, ['a', 'b']]);
  });

  it('does not count a stored result that had to be extracted again (a damaged one)', () => {
    const cache = new MemoryExtractCache(stored());
    expect(cache.get('c')).toBe('damaged');
    cache.set('c', result('C'));
    expect([cache.hits, cache.get('c'), cache.added.size]).toEqual([0, result('C'), 1]);
  });
});
