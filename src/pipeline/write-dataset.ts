import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { AtlasEvent, Dataset } from '../schema/dataset.ts';
import { correctionsJsonSchema, datasetJsonSchema } from './json-schema.ts';

/** "public/data/dataset.json" → "public/data/dataset.schema.json": the JSON Schema goes beside the dataset. */
export function schemaFileFor(outFile: string): string {
  return join(dirname(outFile), `${basename(outFile).replace(/\.json$/i, '')}.schema.json`);
}

/**
 * Writes the dataset and its JSON Schema, each atomically: to a temporary file in the same folder,
 * then renamed over the target, so a reader (or a failed run) never sees half a file. Throws on
 * failure after removing its temporary file; the previous dataset, if any, is left as it was.
 */
export function writeDataset(outFile: string, dataset: Dataset, eventJson?: ReadonlyMap<AtlasEvent, string>): void {
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileAtomic(schemaFileFor(outFile), `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
  writeFileAtomic(join(dirname(outFile), 'corrections.schema.json'), `${JSON.stringify(correctionsJsonSchema(), null, 2)}\n`);
  writeFileAtomic(outFile, `${stringifyWithEvents(dataset, eventJson)}\n`);
}

/**
 * JSON.stringify(value) for a value holding `events` (the dataset, a chunk of the app's files), with
 * each event's JSON taken from `eventJson` where the build already has it (from the extraction
 * cache): the same text, without serialising 10,000 unchanged events again.
 */
export function stringifyWithEvents(value: { events: readonly AtlasEvent[] }, eventJson?: ReadonlyMap<AtlasEvent, string>): string {
  if (!eventJson || eventJson.size === 0) return JSON.stringify(value);
  const { events } = value;
  // The spread keeps `events` where it was, so the text is the same as JSON.stringify(value).
  const head = JSON.stringify({ ...value, events: [] });
  const at = head.indexOf('"events":[]') + '"events":['.length;
  return `${head.slice(0, at)}${events.map((e) => eventJson.get(e) ?? JSON.stringify(e)).join(',')}${head.slice(at)}`;
}

export function writeFileAtomic(file: string, contents: string): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, contents, 'utf8');
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
