// The datasets the journeys serve that the build step makes from our own fixture releases: built
// once per run by the global setup (build-datasets.ts, one gazetteer load for all) and written beside
// the run's other outputs; a test file reads the one it needs. This side imports nothing of the
// build step, so a test file does not load it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inject } from 'vitest';
import type { Dataset } from '../../../src/schema/dataset.ts';

/** What each is made of: build-datasets.ts. */
export type DatasetName = 'fixtures' | 'told' | 'toldAndForum';

/** The event told three times (tests/fixtures/reports): before, after, and republished. */
export const TOLD = ['e00-announcement.txt', 'e00-report.txt', 'e00-republished.txt'] as const;
/** The event of its own beside them in 'toldAndForum' (tests/fixtures/report-rules). */
export const FORUM = 'bishkek-water-forum.txt';

declare module 'vitest' {
  export interface ProvidedContext {
    datasetsDir: string;
  }
}

export const datasetFile = (dir: string, name: DatasetName) => resolve(dir, `${name}.json`);

const cache = new Map<DatasetName, Dataset>();

/** The dataset the global setup built from `name`'s releases. */
export function builtDataset(name: DatasetName): Dataset {
  let dataset = cache.get(name);
  if (!dataset) {
    dataset = JSON.parse(readFileSync(datasetFile(inject('datasetsDir'), name), 'utf8')) as Dataset;
    cache.set(name, dataset);
  }
  return dataset;
}
