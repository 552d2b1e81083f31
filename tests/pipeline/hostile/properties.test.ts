// Properties of the whole build step over hostile input: arbitrary bytes and mutated releases go
// through buildDataset with the real gazetteer and extractor. Whatever comes in, every seed is
// accounted for once, the dataset passes the app's parser and every span points into its text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, Span } from '../../../src/schema/dataset.ts';
import { parseDataset } from '../../../src/schema/parse-dataset.ts';
import { buildDataset, type BuildOptions, type SeedFile } from '../../../src/pipeline/build-dataset.ts';
import type { Gazetteer } from '../../../src/pipeline/gazetteer/place.ts';
import { loadGazetteer } from '../../../src/pipeline/gazetteer/load-gazetteer.ts';

const NOW = new Date('2024-05-06T07:08:09.000Z');
const RELEASES = ['seeds', 'tests/fixtures/releases'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8')),
);

let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = loadGazetteer();
});

function spansIn(value: unknown, found: Span[] = []): Span[] {
  if (Array.isArray(value)) {
    for (const item of value) spansIn(item, found);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).filter((k) => k !== 'release' && k !== 'sentence');
    if (typeof record.start === 'number' && typeof record.end === 'number' && keys.length === 2) {
      found.push(record as Span);
    }
    for (const [key, child] of Object.entries(record)) if (key !== 'source' && key !== 'reports' && key !== 'sentence') spansIn(child, found);
  }
  return found;
}

/**
 * The properties every build must have, whatever its input. buildDataset turns a throw (or an
 * event the schema refuses) into that seed's rejection, "bug: …", so no other seed is lost; such
 * a rejection is a failure here, or this harness would accept every bug as a rejected seed.
 */
function checkBuild(files: readonly SeedFile[], extract?: BuildOptions['extract']): Dataset {
  const dataset = buildDataset(files, { gazetteer, now: NOW, extract });
  // A release is an event, a report of one (see src/pipeline/reports) or a rejection: once.
  const outcomes = [...dataset.events.flatMap((e) => [e.source.file, ...(e.reports ?? []).map((r) => r.file)]), ...dataset.rejected.map((r) => r.file)];
  expect(outcomes.length).toBe(files.length);
  expect(outcomes.sort()).toEqual(files.map((f) => f.name).sort());
  const parsed = parseDataset(JSON.parse(JSON.stringify(dataset)));
  expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  for (const event of dataset.events) {
    for (const span of spansIn(event)) {
      expect(span.start).toBeLessThanOrEqual(span.end);
      const text = span.release ? event.reports![span.release - 1]!.text : event.source.text;
      expect(span.end).toBeLessThanOrEqual(text.length);
    }
  }
  for (const rejected of dataset.rejected) {
    expect(rejected.reason).toContain(rejected.file);
    expect(rejected.reason).not.toMatch(/^bug: |a bug in the extractor/);
  }
  return dataset;
}

// Unique names that the build step treats as seeds; odd characters included, never a path.
const seedName = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
  .filter((s) => !/[/\\\0]/.test(s))
  .map((s) => `${s}.txt`);

function withNames<T>(contents: fc.Arbitrary<T>, max: number): fc.Arbitrary<Array<{ name: string; contents: T }>> {
  return fc.uniqueArray(fc.record({ name: seedName, contents }), { minLength: 1, maxLength: max, selector: (f) => f.name });
}

// Things releases should not contain, but files do: control characters, direction marks, huge
// numbers and dates that are not dates.
const GARBAGE = [
  '\u0000', '\u0007', '\u001b[31m', '\u200f', '\u202e', '\u2066', '\ufeff', '\ud800', '\u0301',
  '99999999999999999999999', '-1', '1e309', 'NaN', '0 officers', '99999999999 days',
  '31 February 2015', '32 January 2015', '0 May 0000', 'February 30, 2016', '2015-13-45', '29 February 2100',
  'from 9 to 2 May', 'since 31 April 2014', ' in ', '“', '”', '–', '\n', '\n\n\n', '\r', '\t',
  'ALMATY, Kazakhstan, 3 November 2014 –', '![x](javascript:alert(1))', '![](https://img.example/a.png)', '<script>x</script>',
];

const insertion = fc.oneof(
  fc.constantFrom(...GARBAGE),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
);

type Mutation =
  | { op: 'delete' | 'duplicate'; line: number }
  | { op: 'shuffle'; seed: number }
  | { op: 'insert'; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('shuffle' as const), seed: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: insertion }),
);

function mutate(text: string, m: Mutation): string {
  if (m.op === 'insert') {
    const at = m.at % (text.length + 1);
    return text.slice(0, at) + m.text + text.slice(at);
  }
  const lines = text.split('\n');
  if (m.op === 'shuffle') {
    // A fixed permutation per seed: the run stays reproducible from fast-check's seed.
    return lines
      .map((line, i) => ({ line, key: ((i + 1) * 2654435761 + m.seed) % 4294967296 }))
      .sort((a, b) => a.key - b.key)
      .map((x) => x.line)
      .join('\n');
  }
  const at = m.line % lines.length;
  return lines.flatMap((l, i) => (i !== at ? [l] : m.op === 'delete' ? [] : [l, l])).join('\n');
}

const encoding = fc.constantFrom<BufferEncoding>('utf8', 'utf16le', 'latin1');

const mutatedRelease = fc
  .record({ release: fc.constantFrom(...RELEASES), mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }), encoding })
  .map(({ release, mutations, encoding: enc }) => Buffer.from(mutations.reduce(mutate, release), enc));

describe('buildDataset on hostile input (real extractor and gazetteer)', () => {
  it('arbitrary bytes: never throws, every file accounted for once, a valid dataset', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 600 }),
      fc.string({ unit: 'binary', maxLength: 300 }).map((s) => new Uint8Array(Buffer.from(s, 'utf8'))),
      fc.string({ unit: 'binary', maxLength: 300 }).map((s) => new Uint8Array(Buffer.from(s, 'utf16le'))),
    );
    fc.assert(
      fc.property(withNames(bytes, 4), (files) => {
        checkBuild(files.map(({ name, contents }) => ({ name, bytes: contents })));
      }),
      { numRuns: 150 },
    );
  });

  it('mutated releases: never throws, every file accounted for once, a valid dataset, spans within the text', () => {
    let events = 0;
    let files = 0;
    fc.assert(
      fc.property(withNames(mutatedRelease, 4), (seeds) => {
        const dataset = checkBuild(seeds.map(({ name, contents }) => ({ name, bytes: contents })));
        events += dataset.events.length;
        files += seeds.length;
      }),
      { numRuns: 300 },
    );
    // Mutations keep most releases readable, so the event path (and its spans) is what is exercised.
    expect(events).toBeGreaterThan(files / 3);
  });

  it('the properties can fail: an extractor that throws is caught, not accepted as a rejected seed', () => {
    const [release] = RELEASES;
    const throwing = () => {
      throw new TypeError('boom');
    };
    expect(() => checkBuild([{ name: 'a.txt', bytes: Buffer.from(release!) }], throwing)).toThrow(/bug: building a\.txt threw "boom"/);
  });

  it('the properties can fail: a span past the text is caught', () => {
    const [release] = RELEASES;
    const dataset = checkBuild([{ name: 'a.txt', bytes: Buffer.from(release!) }]);
    const event = dataset.events[0]!;
    const broken = { ...event, provenance: { ...event.provenance, title: { start: 0, end: event.source.text.length + 1 } } };
    expect(spansIn(broken).some((s) => s.end > event.source.text.length)).toBe(true);
  });
});
