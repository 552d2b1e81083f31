import { z } from 'zod';
import { Dataset } from '../schema/dataset.ts';

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
