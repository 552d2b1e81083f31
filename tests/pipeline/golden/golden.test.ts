import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEvent } from '../../../src/pipeline/extract/extract-event.ts';
import { loadGazetteer } from '../../../src/pipeline/gazetteer/load-gazetteer.ts';
import { readSeed } from '../../../src/pipeline/formats/read-seed.ts';

// Golden files: each release's whole extraction result, checked in and reviewed by hand. A missing
// golden fails under CI=true; elsewhere it is written (review it before committing). UPDATE_GOLDEN=1
// rewrites them all after an intended change.
const CASES = [
  ...releasesIn('seeds').map((file) => [file, join('tests/pipeline/golden/seeds', `${basename(file, '.txt')}.expected.json`)]),
  ...releasesIn('tests/fixtures/releases').map((file) => [file, file.replace(/\.txt$/, '.expected.json')]),
] as const;

function releasesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f));
}

describe('golden extraction', () => {
  const gazetteer = loadGazetteer();

  it.each(CASES)('%s', (file, goldenFile) => {
    const read = readSeed(readFileSync(file), basename(file));
    if (!read.ok) throw new Error(read.reason);
    const result = extractEvent(read.text, { file: basename(file), gazetteer });
    if (!existsSync(goldenFile) || process.env.UPDATE_GOLDEN === '1') {
      if (process.env.CI === 'true') throw new Error(`missing golden ${goldenFile}: run the tests without CI=true and review it`);
      writeFileSync(goldenFile, `${JSON.stringify(result, null, 2)}\n`);
      console.warn(`wrote ${goldenFile}: review it by hand`);
    }
    expect(result).toEqual(JSON.parse(readFileSync(goldenFile, 'utf8')));
  });
});
