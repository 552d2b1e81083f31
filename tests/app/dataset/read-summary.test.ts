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

/** One array of the received binary, read and written as its type says. */
interface Array_ {
  type: string;
  get(k: number): number;
  set(k: number, value: number): void;
}

/** The problems readSummary names once `change` has edited the received files. */
function problems(change: (files: ReturnType<typeof received>, at: (slot: string) => Array_) => void): string[] {
  const files = received();
  const { slots } = binaryLayout(files.json.count, files.json.binary.items, files.json.binary.types);
  const data = new DataView(files.buffer);
  const at = (name: string): Array_ => {
    const { type, offset } = slots.get(name)!;
    const bytes = { i32: 4, i16: 2, u16: 2, i8: 1, u8: 1 }[type];
    const get = { i32: data.getInt32, i16: data.getInt16, u16: data.getUint16, i8: data.getInt8, u8: data.getUint8 }[type].bind(data);
    const set = { i32: data.setInt32, i16: data.setInt16, u16: data.setUint16, i8: data.setInt8, u8: data.setUint8 }[type].bind(data);
    return { type, get: (k) => get(offset + k * bytes, true), set: (k, value) => set(offset + k * bytes, value, true) };
  };
  change(files, at);
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
    // Arrays as wide in the file as in the app are views of the file's bytes, not copies.
    expect(read.summary.kind.buffer).toBe(buffer);
    expect(read.summary.countryRows.roles.buffer).toBe(buffer);
    expect(buildIndexes(read.summary).eventAt).toEqual(buildIndexes(fromJson).eventAt);
  });

  it('gives each array the narrowest type its values fit', () => {
    const { json } = received();
    expect(json.binary.types).toMatchObject({ startDate: 'i16', participantCount: 'i16', 'countryRows.items': 'u8', 'countryRows.sizes': 'u8' });
  });

  it('names the column and the row of a value out of its range', () => {
    expect(problems((_, at) => at('kind').set(1, 99))).toEqual(['kind.1: expected a position in KINDS, got 99']);
    expect(problems((_, at) => at('startDate').set(0, 99))).toEqual([`startDate.0: expected a position below ${summary.dates.length} (dates) or -1 (none), got 99`]);
    expect(problems((_, at) => at('endDate').set(1, -2))).toEqual([`endDate.1: expected a position below ${summary.dates.length} (dates) or -1 (none), got -2`]);
    expect(problems((_, at) => at('participantCount').set(0, 0))).toEqual(['participantCount.0: expected a count or -1 (none), got 0']);
    expect(problems((_, at) => at('countryRows.items').set(0, 200))).toEqual([`countryRows.items.0: expected a position below ${summary.countries.length}, got 200`]);
    expect(problems((_, at) => at('venueRows.items').set(1, 77))).toEqual([`venueRows.items.1: expected a position below ${summary.venues.length}, got 77`]);
    expect(problems((_, at) => at('countryRows.roles').set(0, 16))).toEqual(['countryRows.roles.0: expected role bits from 1 to 15, got 16']);
  });

  it('refuses negative positions and sizes where the writer chose 32 bits', () => {
    const { text, binary } = encodeSummaryFiles(summary);
    const wide = { ...text, binary: { ...text.binary, types: { ...text.binary.types, 'countryRows.items': 'i32' as const, 'topicRows.sizes': 'i32' as const } } };
    const { slots, byteLength } = binaryLayout(wide.count, wide.binary.items, wide.binary.types);
    // The same values, laid out again with the two arrays 32 bits wide.
    const { slots: was } = binaryLayout(text.count, text.binary.items, text.binary.types);
    const buffer = new ArrayBuffer(byteLength);
    const [from, to] = [new DataView(binary.buffer), new DataView(buffer)];
    for (let k = 0; k < 16; k++) to.setUint8(k, from.getUint8(k));
    const read = (name: string, k: number) => ({ i32: () => from.getInt32(was.get(name)!.offset + 4 * k, true), i16: () => from.getInt16(was.get(name)!.offset + 2 * k, true), u16: () => from.getUint16(was.get(name)!.offset + 2 * k, true), i8: () => from.getInt8(was.get(name)!.offset + k), u8: () => from.getUint8(was.get(name)!.offset + k) })[was.get(name)!.type]();
    for (const [name, slot] of slots) {
      for (let k = 0; k < slot.length; k++) {
        const v = read(name, k);
        if (slot.type === 'i32') to.setInt32(slot.offset + 4 * k, v, true);
        else if (slot.type === 'i16') to.setInt16(slot.offset + 2 * k, v, true);
        else if (slot.type === 'u16') to.setUint16(slot.offset + 2 * k, v, true);
        else if (slot.type === 'i8') to.setInt8(slot.offset + k, v);
        else to.setUint8(slot.offset + k, v);
      }
    }
    const json = JSON.parse(JSON.stringify(wide)) as typeof wide;
    expect(readSummary(json, buffer).ok).toBe(true);
    to.setInt32(slots.get('countryRows.items')!.offset, -3, true);
    to.setInt32(slots.get('topicRows.sizes')!.offset, -1, true);
    const result = readSummary(json, buffer);
    expect(result.ok ? [] : result.problems).toEqual([
      'countryRows.items.0: expected a position of 0 or more, got -3',
      expect.stringMatching(/^topicRows\.sizes\.0: expected sizes of 0 or more adding up to \d+ \(items\), got -1 to a total of -1$/),
    ]);
  });

  it('checks the whole as the JSON summary’s schema does: rows, pairs of columns, the events’ order', () => {
    expect(problems((_, at) => at('topicRows.sizes').set(0, 99))).toEqual([expect.stringMatching(/^topicRows\.sizes\.0: expected sizes of 0 or more adding up to \d+ \(items\), got 99 to a total of 99$/)]);
    expect(problems((_, at) => at('topicRows.sizes').set(0, 0))).toEqual([expect.stringMatching(/^topicRows\.start: expected to run from 0 to \d+ \(items\)$/)]);
    // An event with a count but no qualifier.
    expect(problems((_, at) => at('participantQualifier').set(1, -1))).toEqual(['participantQualifier.1: expected a qualifier exactly where there is a participant count']);
    expect(
      problems((_, at) => {
        const starts = at('startDate');
        const [first, second] = [starts.get(0), starts.get(1)];
        starts.set(0, second);
        starts.set(1, first);
      }),
    ).toEqual(['id.1: expected events in order: by start (or publication) date, then id, undated last, each id once']);
  });

  it('refuses a JSON that breaks its schema, and a binary of the wrong size or of another build', () => {
    expect(problems(({ json }) => ((json.venues as { lat: unknown }[])[0]!.lat = 'north'))).toEqual(['venues.0.lat: Invalid input: expected number, received string']);
    expect(problems(({ json }) => (json.binary.items.topicRows += 1))).toEqual([expect.stringMatching(/^summary\.bin: expected \d+ bytes \(for 2 events and the rows' items\), got \d+$/)]);
    expect(problems(({ json }) => (json.binary.check = '00000000'))).toEqual([expect.stringMatching(/^summary\.bin: written by another build than the JSON \(check [0-9a-f]{8}, expected 00000000\)/)]);
    const { json } = received();
    expect(readSummary(json, new ArrayBuffer(3)).ok).toBe(false);
  });
});
