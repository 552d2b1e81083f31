// The global setup's half of built-datasets.ts: each dataset made by the build step itself
// (buildDataset) from our own fixture releases, never copied by hand.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset, type SeedFile } from '../../../src/pipeline/build-dataset.ts';
import { loadGazetteer } from '../../../src/pipeline/gazetteer/load-gazetteer.ts';
import { datasetFile, FORUM, TOLD, type DatasetName } from './built-datasets.ts';

const read = (dir: string, names: readonly string[]): SeedFile[] => names.map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
const REPORTS = 'tests/fixtures/reports/releases';

/** Each dataset: its releases and the day the build takes as today. */
const SETS: Record<DatasetName, () => { files: SeedFile[]; now: string }> = {
  /** tests/fixtures/releases: towns, regions, a country only, a venue not found, "last week", no year. */
  fixtures: () => ({ files: read('tests/fixtures/releases', readdirSync('tests/fixtures/releases').filter((f) => f.endsWith('.txt')).sort()), now: '2024-01-01T00:00:00.000Z' }),
  /** An announcement, its report and the report republished under another title (tests/fixtures/reports). */
  told: () => ({ files: read(REPORTS, TOLD), now: '2025-01-01T00:00:00.000Z' }),
  /** The same three, and an event of its own beside them (tests/fixtures/report-rules). */
  toldAndForum: () => ({ files: [...read(REPORTS, TOLD), ...read('tests/fixtures/report-rules', [FORUM])], now: '2025-01-01T00:00:00.000Z' }),
};

/** Builds every dataset with one gazetteer into `dir`. */
export function buildDatasets(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const gazetteer = loadGazetteer();
  for (const [name, set] of Object.entries(SETS) as [DatasetName, (typeof SETS)[DatasetName]][]) {
    const { files, now } = set();
    writeFileSync(datasetFile(dir, name), JSON.stringify(buildDataset(files, { gazetteer, now: new Date(now) })));
  }
}
