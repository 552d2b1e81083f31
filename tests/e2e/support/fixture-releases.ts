// The app's files for our own fixture releases (tests/fixtures/releases/*.txt), made by the build
// step itself (buildDataset, then the real encoder): towns, regions, a country only, a venue not
// found, "last week", no year. The browser is then served these instead of the seeds' files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildDataset } from '../../../src/pipeline/build-dataset.ts';
import { loadGazetteer } from '../../../src/pipeline/gazetteer/load-gazetteer.ts';
import type { Dataset } from '../../../src/schema/dataset.ts';
import { serveAppFiles } from './serve-app-files.ts';

const DIR = join('tests', 'fixtures', 'releases');

let built: Dataset | undefined;

/** The fixture releases through the build step (once per test file: the gazetteer takes a while). */
export function fixtureDataset(): Dataset {
  built ??= buildDataset(
    readdirSync(DIR).filter((f) => f.endsWith('.txt')).map((name) => ({ name, bytes: readFileSync(join(DIR, name)) })),
    { gazetteer: loadGazetteer(), now: new Date('2024-01-01T00:00:00.000Z') },
  );
  return built;
}

/** The id the build gave the release in `file`. */
export function fixtureEvent(file: string) {
  const event = fixtureDataset().events.find((e) => e.source.file === file);
  if (!event) throw new Error(`no event built from ${file}`);
  return event;
}

/** Answers the app's data requests with the fixture releases' files (or those of `dataset`). */
export async function serveFixtureReleases(page: Page, dataset: Dataset = fixtureDataset()): Promise<void> {
  await serveAppFiles(page, dataset);
}
