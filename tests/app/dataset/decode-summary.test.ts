import { describe, expect, it } from 'vitest';
import { buildIndexes, decodeSummary } from '../../../src/app/dataset/build-indexes.ts';
import { encodeAppFiles } from '../../../src/pipeline/app-files/encode-app-files.ts';
import { Summary } from '../../../src/schema/app-files.ts';
import { seedDataset } from '../fixtures/seed-dataset.ts';

// Each call a fresh summary through JSON, as the app receives it. (That equal dates then share one
// string is not visible from JavaScript: bench/app/heap.ts measures it.)
const received = () => JSON.parse(JSON.stringify(encodeAppFiles(seedDataset()).summary)) as ReturnType<typeof encodeAppFiles>['summary'];

describe('decodeSummary', () => {
  it('keeps every column’s values, its rows as typed arrays', () => {
    // The rows as the schema's check reads them from the file's strings.
    const summary = Summary.parse(received());
    const decoded = decodeSummary(Summary.parse(received()));
    for (const column of ['dates', 'startDate', 'endDate', 'publishedDate', 'approximateFrom', 'approximateTo', 'timelineDay', 'id', 'title'] as const) expect(decoded[column]).toEqual(summary[column]);
    for (const rows of ['venueRows', 'placeRows', 'countryPlaceRows', 'countryRows', 'organizerRows', 'topicRows'] as const) {
      expect(decoded[rows].start).toBeInstanceOf(Int32Array);
      expect(decoded[rows].start).toEqual(summary[rows].start);
      expect(decoded[rows].items).toEqual(summary[rows].items);
    }
    expect(decoded.countryRows.roles).toBeInstanceOf(Uint8Array);
    expect(Array.from(decoded.countryRows.roles)).toEqual(Array.from(summary.countryRows.roles));
  });

  it('leaves a decoded summary as it is, and the indexes read the same from either', () => {
    const decoded = decodeSummary(received());
    expect(decodeSummary(decoded)).toBe(decoded);
    const fromRaw = buildIndexes(received());
    const fromDecoded = buildIndexes(decoded);
    expect(fromDecoded.eventAt).toEqual(fromRaw.eventAt);
    expect(Array.from(fromDecoded.timelineDays)).toEqual(Array.from(fromRaw.timelineDays));
  });

  it('gives each event its dates from the table of dates', () => {
    const summary = received();
    const ix = buildIndexes(summary);
    const dateAt = (at: number | null | undefined) => (at === null || at === undefined ? null : summary.dates[at]);
    ix.eventAt.forEach((e, i) => {
      expect([e.startDate, e.endDate, e.publishedDate]).toEqual([dateAt(summary.startDate[i]), dateAt(summary.endDate[i]), dateAt(summary.publishedDate[i])]);
      if (e.approximate) expect(e.approximate).toEqual({ from: dateAt(summary.approximateFrom[i]), to: dateAt(summary.approximateTo[i]) });
    });
    expect(ix.eventAt.some((e) => e.startDate !== null)).toBe(true);
  });
});

