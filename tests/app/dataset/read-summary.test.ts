import { describe, expect, it } from 'vitest';
import { buildIndexes, decodeSummary } from '../../../src/app/dataset/build-indexes.ts';
import { readSummary } from '../../../src/app/dataset/read-summary.ts';
import { encodeAppFiles } from '../../../src/pipeline/app-files/encode-app-files.ts';
import { Summary } from '../../../src/schema/app-files.ts';
import { binaryLayout, encodeSummaryFiles } from '../../../src/schema/summary-binary.ts';
import { seedDataset } from '../fixtures/seed-dataset.ts';

const summary = encodeAppFiles(seedDataset()).summary;

/** The summary's two files as the app receives them: the JSON through text, the binary as its own buffer. */
function received() {
  const { text, binary } = encodeSummaryFiles(summary);
  return { json: JSON.parse(JSON.stringify(text)) as Record<string, unknown> & typeof text, buffer: binary.slice().buffer };
}

/** The problems readSummary names once `change` has edited the received files. */
function problems(change: (files: ReturnType<typeof received>, at: (slot: string) => { offset: number; data: DataView }) => void): string[] {
  const files = received();
  const { slots } = binaryLayout(files.json.count, files.json.binary.items);
  change(files, (slot) => ({ offset: slots.get(slot)!.offset, data: new DataView(files.buffer) }));
  const read = readSummary(files.json, files.buffer);
  return read.ok ? [] : read.problems;
}

describe('readSummary', () => {
  it('reads what the JSON summary holds: the same columns, rows and indexes', () => {
    const { json, buffer } = received();
    const read = readSummary(json, buffer);
    if (!read.ok) throw new Error(read.problems.join('; '));
    const fromJson = decodeSummary(Summary.parse(JSON.parse(JSON.stringify(summary))));
    expect(read.summary).toEqual(fromJson);
    // The rows are views of the file's bytes, not copies.
    expect(read.summary.venueRows.items.buffer).toBe(buffer);
    expect(read.summary.countryRows.roles.buffer).toBe(buffer);
    expect(buildIndexes(read.summary).eventAt).toEqual(buildIndexes(fromJson).eventAt);
  });

  it('names the column and the row of a value out of its range', () => {
    expect(problems((_, at) => (({ data, offset }) => data.setInt8(offset + 1, 99))(at('kind')))).toEqual(['kind.1: expected a position in KINDS, got 99']);
    expect(problems((_, at) => (({ data, offset }) => data.setInt32(offset, 99, true))(at('startDate')))).toEqual([`startDate.0: expected a position below ${summary.dates.length} (dates) or -1 (none), got 99`]);
    expect(problems((_, at) => (({ data, offset }) => data.setInt32(offset + 4, -2, true))(at('endDate')))).toEqual([`endDate.1: expected a position below ${summary.dates.length} (dates) or -1 (none), got -2`]);
    expect(problems((_, at) => (({ data, offset }) => data.setInt32(offset, 0, true))(at('participantCount')))).toEqual(['participantCount.0: expected a count or -1 (none), got 0']);
    expect(problems((_, at) => (({ data, offset }) => data.setInt32(offset, -3, true))(at('countryRows.items')))).toEqual(['countryRows.items.0: expected a position of 0 or more, got -3']);
    expect(problems((_, at) => (({ data, offset }) => data.setInt32(offset + 4, 77, true))(at('venueRows.items')))).toEqual([`venueRows.items.1: expected a position below ${summary.venues.length}, got 77`]);
    expect(problems((_, at) => (({ data, offset }) => data.setUint8(offset, 16))(at('countryRows.roles')))).toEqual(['countryRows.roles.0: expected role bits from 1 to 15, got 16']);
  });

  it('checks the whole as the JSON summary’s schema does: rows, pairs of columns, the events’ order', () => {
    expect(problems((_, at) => (({ data, offset }) => data.setInt32(offset + 4, 99, true))(at('topicRows.start')))).toContain('topicRows.start.2: expected values that never decrease');
    // An event with a count but no qualifier.
    expect(problems((_, at) => (({ data, offset }) => data.setInt8(offset + 1, -1))(at('participantQualifier')))).toEqual(['participantQualifier.1: expected a qualifier exactly where there is a participant count']);
    const swapStarts = ({ data, offset }: { data: DataView; offset: number }) => {
      const [first, second] = [data.getInt32(offset, true), data.getInt32(offset + 4, true)];
      data.setInt32(offset, second, true);
      data.setInt32(offset + 4, first, true);
    };
    expect(problems((_, at) => swapStarts(at('startDate')))).toEqual(['id.1: expected events in order: by start (or publication) date, then id, undated last, each id once']);
  });

  it('refuses a JSON that breaks its schema, and a binary of the wrong size or of another build', () => {
    expect(problems(({ json }) => ((json.venues as { lat: unknown }[])[0]!.lat = 'north'))).toEqual(['venues.0.lat: Invalid input: expected number, received string']);
    expect(problems(({ json }) => (json.binary.items.topicRows += 1))).toEqual([expect.stringMatching(/^summary\.bin: expected \d+ bytes \(for 2 events and the rows' items\), got \d+$/)]);
    expect(problems(({ json }) => (json.binary.check = '00000000'))).toEqual([expect.stringMatching(/^summary\.bin: written by another build than the JSON \(check [0-9a-f]{8}, expected 00000000\)/)]);
    const { json } = received();
    expect(readSummary(json, new ArrayBuffer(3)).ok).toBe(false);
  });
});
