import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Dataset } from '../schema/dataset.ts';
import { datasetJsonSchema } from './json-schema.ts';

/** "public/data/dataset.json" → "public/data/dataset.schema.json": the JSON Schema goes beside the dataset. */
export function schemaFileFor(outFile: string): string {
  return join(dirname(outFile), `${basename(outFile).replace(/\.json$/i, '')}.schema.json`);
}

/**
 * Writes the dataset and its JSON Schema, each atomically: to a temporary file in the same folder,
 * then renamed over the target, so a reader (or a failed run) never sees half a file. Throws on
 * failure after removing its temporary file; the previous dataset, if any, is left as it was.
 */
export function writeDataset(outFile: string, dataset: Dataset): void {
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileAtomic(schemaFileFor(outFile), `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
  writeFileAtomic(outFile, `${JSON.stringify(dataset)}\n`);
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
