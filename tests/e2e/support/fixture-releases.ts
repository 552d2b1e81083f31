// The app's files for our own fixture releases (tests/fixtures/releases/*.txt), made by the build
// step itself (buildDataset in the global setup, then the real encoder): towns, regions, a country
// only, a venue not found, "last week", no year. The browser is then served these instead of the
// seeds' files.
import type { Page } from 'playwright-core';
import type { Dataset } from '../../../src/schema/dataset.ts';
import { builtDataset } from './built-datasets.ts';
import { serveAppFiles } from './serve-app-files.ts';

/** The fixture releases through the build step. */
export function fixtureDataset(): Dataset {
  return builtDataset('fixtures');
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
