import { z } from 'zod';
import { CorrectionsFile } from '../../schema/corrections.ts';
import { Dataset } from '../../schema/dataset.ts';

/**
 * The dataset contract as JSON Schema (draft 2020-12), for people and tools outside TypeScript.
 * Generated from the zod schema, so it cannot drift; refinements zod cannot express in JSON
 * Schema (a date that exists, end ≥ start) are checked only by the zod schema itself.
 */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Dataset, { io: 'output', unrepresentable: 'any' }),
    title: 'Event Atlas dataset',
  };
}

/** seeds/corrections.yaml as JSON Schema, for completion in editors (yaml-language-server's `$schema` comment). */
export function correctionsJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(CorrectionsFile, { io: 'input', unrepresentable: 'any' }),
    title: 'Event Atlas corrections (seeds/corrections.yaml)',
  };
}
