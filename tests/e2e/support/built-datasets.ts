// The datasets the journeys serve that the build step makes from our own fixture releases, built
// once per run in the global setup (one gazetteer load for all) and written beside the run's other
// outputs; each test file reads the one it needs instead of loading the gazetteer and extracting
// again. Built by buildDataset itself, never copied by hand.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { buildDataset, type SeedFile } from '../../../src/pipeline/build-dataset.ts';
import { loadGazetteer } from '../../../src/pipeline/gazetteer/load-gazetteer.ts';
import type { Dataset } from '../../../src/schema/dataset.ts';

const read = (dir: string, names: readonly string[]): SeedFile[] => names.map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
const REPORTS = 'tests/fixtures/reports/releases';
const TOLD = ['e00-announcement.txt', 'e00-report.txt', 'e00-republished.txt'];

/** Each dataset: its releases and the day the build takes as today. */
const SETS = {
  /** tests/fixtures/releases: towns, regions, a country only, a venue not found, "last week", no year. */
  fixtures: () => ({ files: read('tests/fixtures/releases', readdirSync('tests/fixtures/releases').filter((f) => f.endsWith('.txt')).sort()), now: '2024-01-01T00:00:00.000Z' }),
  /** An announcement, its report and the report republished under another title (tests/fixtures/reports). */
  told: () => ({ files: read(REPORTS, TOLD), now: '2025-01-01T00:00:00.000Z' }),
  /** The same three, and an event of its own beside them (tests/fixtures/report-rules). */
  toldAndForum: () => ({ files: [...read(REPORTS, TOLD), ...read('tests/fixtures/report-rules', ['bishkek-water-forum.txt'])], now: '2025-01-01T00:00:00.000Z' }),
} as const;
export type DatasetName = keyof typeof SETS;

declare module 'vitest' {
  export interface ProvidedContext {
    datasetsDir: string;
  }
}

/** Global setup: builds every dataset with one gazetteer into `dir`. */
export function buildDatasets(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const gazetteer = loadGazetteer();
  for (const [name, set] of Object.entries(SETS)) {
    const { files, now } = set();
    writeFileSync(join(dir, `${name}.json`), JSON.stringify(buildDataset(files, { gazetteer, now: new Date(now) })));
  }
}

const cache = new Map<DatasetName, Dataset>();

/** The dataset the global setup built from `name`'s releases. */
export function builtDataset(name: DatasetName): Dataset {
  let dataset = cache.get(name);
  if (!dataset) {
    dataset = JSON.parse(readFileSync(resolve(inject('datasetsDir'), `${name}.json`), 'utf8')) as Dataset;
    cache.set(name, dataset);
  }
  return dataset;
}
