import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/schema/dataset.ts';
import { makeEvent } from '../fixtures/make-event.ts';
import { schemaFileFor, writeDataset, writeFileAtomic } from '../../src/pipeline/output/write-dataset.ts';

const DATASET: Dataset = { schemaVersion: 2, generatedAt: '2024-01-01T00:00:00.000Z', events: [], rejected: [] };

describe('writeDataset', () => {
  it('writes the dataset and its JSON Schema beside it, creating the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-write-'));
    const out = join(dir, 'nested', 'dataset.json');
    writeDataset(out, DATASET);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(DATASET);
    const schema = JSON.parse(readFileSync(join(dir, 'nested', 'dataset.schema.json'), 'utf8'));
    expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'Event Atlas dataset', type: 'object' });
    expect(schema.required).toEqual(['schemaVersion', 'generatedAt', 'events', 'rejected']);
    expect(readdirSync(join(dir, 'nested')).sort()).toEqual(['corrections.schema.json', 'dataset.json', 'dataset.schema.json']);
  });

  it('writes what JSON.stringify gives, and where each event is, when events come as bytes (some as an earlier file had them)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'atlas-write-')), 'dataset.json');
    const events = [makeEvent('a', { title: 'Café – “one”' }), makeEvent('b')];
    const dataset: Dataset = { ...DATASET, events, rejected: [{ file: 'x.txt', reason: 'empty', line: 1, duplicateOf: null }], warnings: ['w'] };
    // The first event's bytes in pieces, cut inside a character of two bytes, as the writer may give them.
    const first = Buffer.from(JSON.stringify(events[0]));
    const cut = first.indexOf('Caf') + 4;
    const written = writeDataset(out, dataset, [[first.subarray(0, cut), first.subarray(cut, cut + 3), first.subarray(cut + 3)], Buffer.from(JSON.stringify(events[1]))]);
    const bytes = readFileSync(out);
    expect(bytes.toString('utf8')).toBe(`${JSON.stringify(dataset)}\n`);
    expect([0, 1].map((i) => JSON.parse(bytes.subarray(written.ranges[2 * i], written.ranges[2 * i + 1]).toString('utf8')))).toEqual(events);
    expect(written.stamp).toEqual({ size: bytes.length, mtimeMs: statSync(out).mtimeMs, ino: statSync(out).ino });
  });

  it('names the schema after the dataset file', () => {
    expect(schemaFileFor('public/data/dataset.json')).toBe(join('public/data', 'dataset.schema.json'));
    expect(schemaFileFor('/x/other.JSON')).toBe('/x/other.schema.json');
    expect(schemaFileFor('out')).toBe('out.schema.json');
  });
});

describe('writeFileAtomic', () => {
  it('replaces the file by renaming a new one over it, never by rewriting it in place', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-atomic-'));
    const file = join(dir, 'd.json');
    writeFileSync(file, 'old');
    const before = statSync(file).ino;
    writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).ino).not.toBe(before);
    expect(readdirSync(dir)).toEqual(['d.json']);
  });

  it('throws and leaves no temporary file when it cannot replace the target', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-atomic-'));
    // A non-empty folder where the file should go: the rename fails.
    mkdirSync(join(dir, 'd.json'));
    writeFileSync(join(dir, 'd.json', 'keep'), 'x');
    expect(() => writeFileAtomic(join(dir, 'd.json'), 'new')).toThrow();
    expect(readdirSync(dir)).toEqual(['d.json']);
    expect(readdirSync(join(dir, 'd.json'))).toEqual(['keep']);
  });
});
