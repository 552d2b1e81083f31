import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusFiles } from '../../../bench/gen/corpus-files.ts';
import { generateCorpus } from '../../../bench/gen/generate-corpus.ts';
import { buildVenuePool } from '../../../bench/gen/venue-pool.ts';
import { buildDataset } from '../../../src/pipeline/build-dataset.ts';
import { Annotations } from '../../../src/pipeline/eval/annotation.ts';
import { scoreRelease, type Field } from '../../../src/pipeline/eval/score.ts';
import { loadGazetteer, readGeoNamesRows } from '../../../src/pipeline/gazetteer/load-gazetteer.ts';

// Fields the extractor is known to get wrong on generated releases, with the reason. Empty means
// every field of every release must be right.
const KNOWN_EXCEPTIONS: readonly { field: Field; why: string }[] = [];

const dir = mkdtempSync(join(tmpdir(), 'atlas-gen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extraction on generated releases', () => {
  it('reads every fact of 50 generated releases right, as the eval scorer judges them', () => {
    mkdirSync(join(dir, 'releases'));
    for (const [path, content] of corpusFiles(generateCorpus(50, 2026, buildVenuePool(readGeoNamesRows())))) {
      writeFileSync(join(dir, path), content);
    }
    const annotations = Annotations.parse(JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')));
    const files = annotations.map((a) => ({ name: a.file, bytes: readFileSync(join(dir, 'releases', a.file)) }));
    const dataset = buildDataset(files, { gazetteer: loadGazetteer(), now: new Date(0) });

    expect(dataset.rejected).toEqual([]);
    const wrong = annotations.flatMap((a) => {
      // A release that tells of an event another release told first is scored against that event.
      const event = dataset.events.find((e) => e.source.file === a.file || (e.reports ?? []).some((r) => r.file === a.file)) ?? null;
      return scoreRelease(a, event)
        .fields.filter((f) => !f.ok && !KNOWN_EXCEPTIONS.some((k) => k.field === f.field))
        .map((f) => `${a.file} ${f.field}: expected ${f.expected}, got ${f.got}`);
    });
    expect(wrong).toEqual([]);
  });
});
